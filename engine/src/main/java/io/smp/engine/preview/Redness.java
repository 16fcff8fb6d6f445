package io.smp.engine.preview;

import io.smp.engine.image.RgbImage;

/** Fresh work: the treated skin is reddened and slightly swollen for hours to about three days. */
final class Redness {
    private Redness() {
    }

    static RgbImage apply(RgbImage img, boolean[] treated, double strength) {
        byte[] out = img.copyPixels();
        for (int i = 0; i < treated.length; i++) {
            if (!treated[i]) continue;
            int p = i * 3;
            int r = out[p] & 0xFF, g = out[p + 1] & 0xFF, b = out[p + 2] & 0xFF;
            out[p] = (byte) Math.min(255, Math.round(r * (1 + 0.10 * strength)));
            out[p + 1] = (byte) Math.round(g * (1 - 0.18 * strength));
            out[p + 2] = (byte) Math.round(b * (1 - 0.15 * strength));
        }
        return RgbImage.wrap(img.width(), img.height(), out);
    }
}
