package io.smp.engine.output;

import io.smp.engine.SmpException;
import io.smp.engine.image.RgbImage;
import io.smp.engine.segment.Box;
import io.smp.engine.segment.Segmentation;
import io.smp.engine.segment.View;

import java.util.List;

/**
 * Hides who the client is for marketing use: a solid bar across the eyes, placed from the eyes found or, failing
 * that, from the face box (eyes sit at about 25 to 50% of a face box's height). Top and back views show no face
 * and are left as they are. A front or side view in which neither eyes nor a face were found is refused rather
 * than published unhidden.
 */
public final class Anonymizer {
    static final int BAR_RGB = 0x1E1E1E;

    private Anonymizer() {
    }

    /** The box to cover, in upright photo pixels, or null when the view shows no face. */
    public static Box eyeBar(Segmentation s, int width, int height) {
        List<Box> eyes = s.eyes();
        Box bar;
        if (s.face().isPresent()) {
            Box f = s.face().get();
            int top, bottom;
            if (!eyes.isEmpty()) {
                top = eyes.stream().mapToInt(Box::y).min().orElseThrow();
                bottom = eyes.stream().mapToInt(e -> e.y() + e.height()).max().orElseThrow();
                int pad = Math.max(2, (bottom - top) / 3);
                top -= pad;
                bottom += pad;
            } else {
                top = f.y() + (int) Math.round(f.height() * 0.20);
                bottom = f.y() + (int) Math.round(f.height() * 0.52);
            }
            int padX = f.width() / 10;
            bar = new Box(f.x() - padX, top, f.width() + 2 * padX, bottom - top);
        } else if (!eyes.isEmpty()) {
            int x0 = eyes.stream().mapToInt(Box::x).min().orElseThrow();
            int x1 = eyes.stream().mapToInt(e -> e.x() + e.width()).max().orElseThrow();
            int y0 = eyes.stream().mapToInt(Box::y).min().orElseThrow();
            int y1 = eyes.stream().mapToInt(e -> e.y() + e.height()).max().orElseThrow();
            int padX = (x1 - x0) / 3, padY = Math.max(2, (y1 - y0) / 3);
            bar = new Box(x0 - padX, y0 - padY, x1 - x0 + 2 * padX, y1 - y0 + 2 * padY);
        } else if (s.view() == View.TOP || s.view() == View.BACK) {
            return null;
        } else {
            throw new SmpException(SmpException.Kind.BAD_INPUT, "--anonymize: this is a " + s.view().id()
                    + " view but no eyes or face were found to hide; crop the face out of the photo or leave out --anonymize");
        }
        int x0 = Math.max(0, bar.x()), y0 = Math.max(0, bar.y());
        int x1 = Math.min(width, bar.x() + bar.width()), y1 = Math.min(height, bar.y() + bar.height());
        return new Box(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0));
    }

    /** A copy of the image with the bar drawn; the image itself when there is nothing to hide. */
    public static RgbImage apply(RgbImage image, Box bar) {
        if (bar == null || bar.width() == 0 || bar.height() == 0) return image;
        byte[] px = image.copyPixels();
        int w = image.width();
        for (int y = bar.y(); y < bar.y() + bar.height(); y++) {
            for (int x = bar.x(); x < bar.x() + bar.width(); x++) {
                int i = (y * w + x) * 3;
                px[i] = (byte) (BAR_RGB >> 16);
                px[i + 1] = (byte) (BAR_RGB >> 8);
                px[i + 2] = (byte) BAR_RGB;
            }
        }
        return RgbImage.wrap(image.width(), image.height(), px);
    }
}
