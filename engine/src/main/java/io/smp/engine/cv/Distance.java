package io.smp.engine.cv;

import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/** Euclidean distance transforms of pixel masks (OpenCV distanceTransform, 5x5 mask). */
public final class Distance {
    private Distance() {
    }

    /** For each pixel, the distance in pixels to the nearest pixel where {@code target} is true (0 on it). */
    public static float[] toNearest(boolean[] target, int width, int height) {
        OpenCv.load();
        byte[] b = new byte[target.length];
        boolean any = false;
        for (int i = 0; i < b.length; i++) {
            b[i] = target[i] ? 0 : (byte) 255;
            any |= target[i];
        }
        float[] out = new float[target.length];
        if (!any) {
            java.util.Arrays.fill(out, Float.POSITIVE_INFINITY);
            return out;
        }
        try (Native<Mat> m = Native.of(Mats.gray(width, height, b)); Native<Mat> d = Native.of(new Mat())) {
            Imgproc.distanceTransform(m.get(), d.get(), Imgproc.DIST_L2, Imgproc.DIST_MASK_5, CvType.CV_32F);
            d.get().get(0, 0, out);
            return out;
        }
    }
}
