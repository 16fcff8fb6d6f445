package io.smp.engine.cv;

import io.smp.engine.SmpException;
import org.bytedeco.javacpp.Loader;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads OpenCV's official Java API ({@code org.opencv.*}) from the bytedeco natives on the class path.
 *
 * <p>bytedeco's own loader for {@code opencv_java} pulls in every module, highgui included, and highgui needs GTK2
 * ({@code libgtk-x11-2.0.so.0}), which servers and CI machines usually lack. We load only the libraries that
 * {@code libopencv_java} itself links against, in dependency order, so nothing with a GUI is ever mapped
 * ({@code OpenCvLoadTest} checks this against {@code /proc/self/maps}).
 *
 * <p>Loading is done once per JVM; the first call extracts the libraries into javacpp's cache
 * ({@code ~/.javacpp/cache}) which later runs reuse.
 */
public final class OpenCv {
    /** Modules of libopencv_java, dependencies before dependents. */
    private static final String[] MODULES = (
            "core imgproc flann ml photo dnn features2d imgcodecs videoio calib3d objdetect video plot "
                    + "phase_unwrapping xphoto img_hash saliency text structured_light wechat_qrcode xfeatures2d ximgproc "
                    + "aruco bgsegm bioinspired face tracking dnn_superres").split(" ");
    private static final String OPENCV_SOVERSION = "413";

    private static volatile long loadNanos = -1;

    private OpenCv() {
    }

    /** Loads the natives if not yet loaded; cheap after the first call. */
    public static void load() {
        if (loadNanos >= 0) return;
        synchronized (OpenCv.class) {
            if (loadNanos >= 0) return;
            long t0 = System.nanoTime();
            try {
                for (String resource : libraries()) {
                    Class<?> anchor = resource.startsWith("org/bytedeco/openblas")
                            ? org.bytedeco.openblas.global.openblas.class
                            : org.bytedeco.opencv.global.opencv_core.class;
                    boolean optional = resource.startsWith("org/bytedeco/openblas") && !resource.contains("openblas.");
                    if (optional && anchor.getResource("/" + resource) == null) continue;
                    File f = Loader.cacheResource(anchor, "/" + resource);
                    if (f == null) {
                        throw new SmpException(SmpException.Kind.INTERNAL,
                                "OpenCV native library " + resource + " is not on the class path for platform "
                                        + Loader.getPlatform() + "; rebuild with a supported platform profile");
                    }
                    System.load(f.getAbsolutePath());
                }
            } catch (SmpException e) {
                throw e;
            } catch (Exception | UnsatisfiedLinkError e) {
                throw new SmpException(SmpException.Kind.INTERNAL, "cannot load OpenCV natives for " + Loader.getPlatform()
                        + " (needs glibc 2.34 or later on Linux): " + e.getMessage(), e);
            }
            loadNanos = System.nanoTime() - t0;
        }
    }

    /** Nanoseconds the one-time load took in this JVM, or -1 if not loaded yet. */
    public static long loadNanos() {
        return loadNanos;
    }

    /** Class-path resource names of the libraries to load, in order, for this platform. */
    static List<String> libraries() {
        String platform = Loader.getPlatform();
        boolean mac = platform.startsWith("macosx");
        String blas = "org/bytedeco/openblas/" + platform + "/";
        String cv = "org/bytedeco/opencv/" + platform + "/";
        List<String> libs = new ArrayList<>();
        // OpenBLAS's compiler runtimes first; a platform that does not ship one (no quadmath on arm64) skips it
        if (mac) {
            libs.add(blas + "libgcc_s.1.1.dylib");
            libs.add(blas + "libquadmath.0.dylib");
            libs.add(blas + "libgfortran.5.dylib");
            libs.add(blas + "libopenblas.0.dylib");
        } else {
            libs.add(blas + "libquadmath.so.0");
            libs.add(blas + "libgfortran.so.5");
            libs.add(blas + "libopenblas.so.0");
        }
        for (String m : MODULES) {
            libs.add(cv + (mac ? "libopencv_" + m + "." + OPENCV_SOVERSION + ".dylib" : "libopencv_" + m + ".so." + OPENCV_SOVERSION));
        }
        libs.add(cv + (mac ? "libopencv_java.dylib" : "libopencv_java.so"));
        return libs;
    }
}
