package io.smp.engine.render;

import io.smp.engine.cv.Native;
import io.smp.engine.cv.OpenCv;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/** Gaussian blur of a float buffer in place, by OpenCV (separable; outside the buffer counts as zero). */
final class Blur {
    private Blur() {
    }

    /** Blurs with a Gaussian of {@code sigma}, truncated at {@code radius} pixels from the centre. */
    static void gaussian(float[] buf, int w, int h, double sigma, int radius) {
        OpenCv.load();
        try (Native<Mat> m = Native.of(new Mat(h, w, CvType.CV_32F))) {
            m.get().put(0, 0, buf);
            int k = 2 * radius + 1;
            Imgproc.GaussianBlur(m.get(), m.get(), new Size(k, k), sigma, sigma, Core.BORDER_CONSTANT);
            m.get().get(0, 0, buf);
        }
    }
}
