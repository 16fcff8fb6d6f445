package io.smp.engine.cv;

import io.smp.engine.image.LabelMap;
import io.smp.engine.image.RgbImage;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/**
 * Conversions between the engine's plain-Java images and OpenCV {@link Mat}s. Every Mat returned here is owned
 * by the caller, who releases it (use {@link Native} with try-with-resources).
 */
public final class Mats {
    private Mats() {
    }

    /** A new 8UC3 Mat in BGR order (OpenCV's convention) holding a copy of the image. */
    public static Mat bgr(RgbImage image) {
        OpenCv.load();
        Mat rgb = new Mat(image.height(), image.width(), CvType.CV_8UC3);
        rgb.put(0, 0, RgbImage.internalPixels(image));
        Imgproc.cvtColor(rgb, rgb, Imgproc.COLOR_RGB2BGR);
        return rgb;
    }

    /** A copy of an 8UC3 BGR Mat as an RgbImage. */
    public static RgbImage toRgbImage(Mat bgr) {
        if (bgr.type() != CvType.CV_8UC3) throw new IllegalArgumentException("expected CV_8UC3, got " + CvType.typeToString(bgr.type()));
        try (Native<Mat> rgb = Native.of(new Mat())) {
            Imgproc.cvtColor(bgr, rgb.get(), Imgproc.COLOR_BGR2RGB);
            Mat m = rgb.get().isContinuous() ? rgb.get() : rgb.get().clone();
            byte[] data = new byte[(int) (m.total() * 3)];
            m.get(0, 0, data);
            if (m != rgb.get()) m.release();
            return RgbImage.wrap(bgr.cols(), bgr.rows(), data);
        }
    }

    /** A new 8UC1 Mat holding a copy of the labels. */
    public static Mat labels(LabelMap map) {
        OpenCv.load();
        Mat m = new Mat(map.height(), map.width(), CvType.CV_8UC1);
        m.put(0, 0, LabelMap.internalLabels(map));
        return m;
    }

    /** The bytes of an 8UC1 Mat, row-major. */
    public static byte[] bytes(Mat gray) {
        if (gray.type() != CvType.CV_8UC1) throw new IllegalArgumentException("expected CV_8UC1, got " + CvType.typeToString(gray.type()));
        Mat m = gray.isContinuous() ? gray : gray.clone();
        byte[] data = new byte[(int) m.total()];
        m.get(0, 0, data);
        if (m != gray) m.release();
        return data;
    }

    /** A new 8UC1 Mat from row-major bytes (copied). */
    public static Mat gray(int width, int height, byte[] data) {
        OpenCv.load();
        Mat m = new Mat(height, width, CvType.CV_8UC1);
        m.put(0, 0, data);
        return m;
    }
}
