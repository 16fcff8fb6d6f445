package io.smp.engine.preview;

import io.smp.engine.image.LabelMap;
import io.smp.engine.image.RgbImage;

import java.util.Arrays;

/**
 * How much scalp each pixel shows, 0.1 (a hair strand in front) to 1 (bare skin), from its brightness between the
 * client's own hair and scalp. Pigment lies in the skin, so under long hair (thinning fill) it shows only between
 * the strands.
 */
final class SkinVisibility {
    static final float MIN = 0.1f;

    private SkinVisibility() {
    }

    static float[] of(RgbImage photo, LabelMap labels) {
        byte[] px = RgbImage.internalPixels(photo);
        byte[] l = LabelMap.internalLabels(labels);
        double hair = medianLuma(px, l, LabelMap.HAIR);
        double skin = medianLuma(px, l, LabelMap.SCALP);
        if (Double.isNaN(skin)) skin = medianLuma(px, l, LabelMap.SKIN);
        float[] v = new float[l.length];
        if (Double.isNaN(hair) || Double.isNaN(skin) || skin - hair < 10) {
            Arrays.fill(v, 1f);
            return v;
        }
        for (int i = 0; i < l.length; i++) {
            double t = (luma(px, i) - hair) / (skin - hair);
            v[i] = (float) Math.max(MIN, Math.min(1, t));
        }
        return v;
    }

    static double luma(byte[] px, int i) {
        return 0.299 * (px[3 * i] & 0xFF) + 0.587 * (px[3 * i + 1] & 0xFF) + 0.114 * (px[3 * i + 2] & 0xFF);
    }

    private static double medianLuma(byte[] px, byte[] l, int label) {
        int[] hist = new int[256];
        long n = 0;
        for (int i = 0; i < l.length; i++) {
            if (l[i] == label) {
                hist[(int) Math.round(luma(px, i))]++;
                n++;
            }
        }
        if (n < 50) return Double.NaN;
        long acc = 0;
        for (int v = 0; v < 256; v++) {
            acc += hist[v];
            if (acc * 2 >= n) return v;
        }
        return 255;
    }
}
