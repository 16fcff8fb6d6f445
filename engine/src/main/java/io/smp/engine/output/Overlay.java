package io.smp.engine.output;

import io.smp.engine.image.LabelMap;
import io.smp.engine.image.RgbImage;

/**
 * The photo with its labels tinted and their borders outlined, for a person to check a segmentation at a glance:
 * scalp green, thinning yellow, hair blue, skin (face, ears, neck) magenta, background untouched.
 */
public final class Overlay {
    /** Tint colours per label (0xRRGGBB; background unused). */
    static final int[] TINT = {0x000000, 0xE040C0, 0x30E040, 0x3070FF, 0xFFD020};

    private Overlay() {
    }

    public static RgbImage render(RgbImage photo, LabelMap labels) {
        int w = photo.width(), h = photo.height();
        byte[] px = photo.copyPixels();
        byte[] l = LabelMap.internalLabels(labels);
        int edge = Math.max(1, Math.min(w, h) / 400);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                int lab = l[i];
                boolean border = false;
                for (int d = 1; d <= edge && !border; d++) {
                    border = (x >= d && l[i - d] != lab) || (x + d < w && l[i + d] != lab)
                            || (y >= d && l[i - d * w] != lab) || (y + d < h && l[i + d * w] != lab);
                }
                if (lab == LabelMap.BACKGROUND && !border) continue;
                int tint = lab == LabelMap.BACKGROUND ? 0xFFFFFF : TINT[lab];
                double a = border ? 0.9 : 0.35;
                for (int c = 0; c < 3; c++) {
                    int t = (tint >> (16 - 8 * c)) & 0xFF;
                    int v = px[i * 3 + c] & 0xFF;
                    px[i * 3 + c] = (byte) Math.round(v * (1 - a) + t * a);
                }
            }
        }
        return RgbImage.wrap(w, h, px);
    }
}
