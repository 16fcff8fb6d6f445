package io.smp.engine.output;

import io.smp.engine.cv.Mats;
import io.smp.engine.cv.Native;
import io.smp.engine.cv.OpenCv;
import io.smp.engine.image.RgbImage;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/** Area-averaged downscaling for the pictures people look at (comparisons, pages, sheets). */
public final class Downscale {
    private Downscale() {
    }

    /** The image scaled so that its long side is at most {@code maxSide}; the image itself when it is already small enough. */
    public static RgbImage fit(RgbImage image, int maxSide) {
        double f = Math.min(1.0, maxSide / (double) Math.max(image.width(), image.height()));
        if (f >= 1.0) return image;
        return to(image, (int) Math.max(1, Math.round(image.width() * f)), (int) Math.max(1, Math.round(image.height() * f)));
    }

    /** The image resized to exactly width x height (area averaging). */
    public static RgbImage to(RgbImage image, int width, int height) {
        if (image.width() == width && image.height() == height) return image;
        OpenCv.load();
        try (Native<Mat> src = Native.of(Mats.bgr(image)); Native<Mat> dst = Native.of(new Mat())) {
            Imgproc.resize(src.get(), dst.get(), new Size(width, height), 0, 0, Imgproc.INTER_AREA);
            return Mats.toRgbImage(dst.get());
        }
    }
}
