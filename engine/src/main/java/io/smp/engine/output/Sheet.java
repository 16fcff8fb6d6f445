package io.smp.engine.output;

import io.smp.engine.cv.Mats;
import io.smp.engine.cv.Native;
import io.smp.engine.cv.OpenCv;
import io.smp.engine.image.RgbImage;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;

import java.util.List;

/**
 * A grid of variations of one photo, each cell captioned with what differs, the settings they share underneath,
 * each cell marked as a simulation. Cells are scaled so their long side is at most {@value #MAX_CELL} px.
 */
public final class Sheet {
    static final int MAX_CELL = 900;

    /** One cell: a rendered variation and the caption lines under it. */
    public record Cell(RgbImage image, List<String> caption) {
        public Cell {
            caption = List.copyOf(caption);
        }
    }

    private Sheet() {
    }

    public static RgbImage render(List<Cell> cells, int columns, String title, List<String> footer, boolean mark) {
        if (cells.isEmpty()) throw new IllegalArgumentException("a sheet needs at least one cell");
        OpenCv.load();
        RgbImage first = cells.get(0).image();
        double f = Math.min(1.0, MAX_CELL / (double) Math.max(first.width(), first.height()));
        int cw = (int) Math.round(first.width() * f), ch = (int) Math.round(first.height() * f);
        int rows = (cells.size() + columns - 1) / columns;
        int gap = Math.max(8, cw / 40);
        double textScale = Math.max(0.5, cw / 900.0);
        int line = (int) Math.round(30 * textScale);
        int captionLines = cells.stream().mapToInt(c -> c.caption().size()).max().orElse(0);
        int cellH = ch + captionLines * line + gap;
        int header = line + 2 * gap;
        int footerH = footer.size() * line + gap;
        int w = columns * cw + (columns + 1) * gap;
        int h = header + rows * (cellH + gap) + footerH;
        Scalar ink = new Scalar(40, 40, 40);
        try (Native<Mat> canvas = Native.of(new Mat(h, w, CvType.CV_8UC3, new Scalar(245, 245, 245)))) {
            Compare.text(canvas.get(), title, gap, header - gap, textScale * 1.1, ink);
            for (int k = 0; k < cells.size(); k++) {
                Cell c = cells.get(k);
                int x = gap + (k % columns) * (cw + gap), y = header + (k / columns) * (cellH + gap);
                Rect panel = new Rect(x, y, cw, ch);
                try (Native<Mat> img = Native.of(Mats.bgr(Downscale.to(c.image(), cw, ch)));
                     Native<Mat> roi = Native.of(canvas.get().submat(panel))) {
                    img.get().copyTo(roi.get());
                }
                if (mark) Watermark.stamp(canvas.get(), panel);
                int ty = y + ch + line - gap / 3;
                for (String s : c.caption()) {
                    Compare.text(canvas.get(), s, x, ty, textScale * 0.8, ink);
                    ty += line;
                }
            }
            int fy = header + rows * (cellH + gap) + line - gap;
            for (String s : footer) {
                Compare.text(canvas.get(), s, gap, fy, textScale * 0.7, ink);
                fy += line;
            }
            return Mats.toRgbImage(canvas.get());
        }
    }
}
