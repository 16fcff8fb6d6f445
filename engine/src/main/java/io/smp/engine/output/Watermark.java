package io.smp.engine.output;

import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/** The small "Simulated preview" mark in the corner of a panel: white text on a translucent dark band. */
final class Watermark {
    static final String TEXT = "Simulated preview";

    private Watermark() {
    }

    static void stamp(Mat canvas, Rect panel) {
        double scale = Math.max(0.45, panel.width / 1400.0);
        int thick = Math.max(1, (int) Math.round(scale * 1.5));
        int[] base = new int[1];
        Size ts = Imgproc.getTextSize(TEXT, Imgproc.FONT_HERSHEY_SIMPLEX, scale, thick, base);
        int pad = (int) Math.round(8 * scale) + 2;
        int bw = (int) ts.width + 2 * pad, bh = (int) ts.height + base[0] + 2 * pad;
        Rect band = new Rect(panel.x + panel.width - bw - pad, panel.y + panel.height - bh - pad, bw, bh);
        try (var roi = io.smp.engine.cv.Native.of(canvas.submat(band))) {
            org.opencv.core.Core.addWeighted(roi.get(), 0.45, roi.get(), 0, 0, roi.get());
        }
        Imgproc.putText(canvas, TEXT, new Point(band.x + pad, band.y + pad + ts.height), Imgproc.FONT_HERSHEY_SIMPLEX, scale,
                new Scalar(255, 255, 255), thick, Imgproc.LINE_AA);
    }
}
