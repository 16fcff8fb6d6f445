package io.smp.engine.output;

import io.smp.engine.cv.Mats;
import io.smp.engine.cv.Native;
import io.smp.engine.cv.OpenCv;
import io.smp.engine.image.RgbImage;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

import java.util.List;

/**
 * Before and after side by side, each captioned, the after marked as a simulation. Panels are scaled so their
 * long side is at most {@value #MAX_PANEL} px. Text uses OpenCV's built-in Hershey font, so no system fonts are needed.
 */
public final class Compare {
    static final int MAX_PANEL = 2048;

    private Compare() {
    }

    /**
     * @param captionLines settings shown under the panels (e.g. "buzz, 80 dots/cm2, 0.15 mm, healed")
     * @param mark         whether to stamp "Simulated preview" on the after panel
     */
    public static RgbImage render(RgbImage before, RgbImage after, List<String> captionLines, boolean mark) {
        OpenCv.load();
        double f = Math.min(1.0, MAX_PANEL / (double) Math.max(before.width(), before.height()));
        int pw = (int) Math.round(before.width() * f), ph = (int) Math.round(before.height() * f);
        int gap = Math.max(6, pw / 100);
        double textScale = Math.max(0.5, pw / 900.0);
        int line = (int) Math.round(34 * textScale);
        int header = line + gap * 2;
        int footer = captionLines.isEmpty() ? 0 : captionLines.size() * line + gap * 2;
        int w = pw * 2 + gap * 3, h = ph + header + footer + gap;
        try (Native<Mat> canvas = Native.of(new Mat(h, w, CvType.CV_8UC3, new Scalar(245, 245, 245)));
             Native<Mat> bs = Native.of(Mats.bgr(Downscale.to(before, pw, ph)));
             Native<Mat> as = Native.of(Mats.bgr(Downscale.to(after, pw, ph)))) {
            try (Native<Mat> left = Native.of(canvas.get().submat(new Rect(gap, header, pw, ph)));
                 Native<Mat> right = Native.of(canvas.get().submat(new Rect(gap * 2 + pw, header, pw, ph)))) {
                bs.get().copyTo(left.get());
                as.get().copyTo(right.get());
            }
            Scalar ink = new Scalar(40, 40, 40);
            text(canvas.get(), "Before", gap, header - gap, textScale, ink);
            text(canvas.get(), "After (simulation)", gap * 2 + pw, header - gap, textScale, ink);
            int y = header + ph + gap + line - gap / 2;
            for (String c : captionLines) {
                text(canvas.get(), c, gap, y, textScale * 0.8, ink);
                y += line;
            }
            if (mark) Watermark.stamp(canvas.get(), new Rect(gap * 2 + pw, header, pw, ph));
            return Mats.toRgbImage(canvas.get());
        }
    }

    static void text(Mat m, String s, int x, int baselineY, double scale, Scalar colour) {
        Imgproc.putText(m, s, new Point(x, baselineY), Imgproc.FONT_HERSHEY_SIMPLEX, scale, colour,
                Math.max(1, (int) Math.round(scale * 1.6)), Imgproc.LINE_AA);
    }
}
