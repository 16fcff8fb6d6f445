package io.smp.engine.preview;

import io.smp.engine.image.LabelMap;
import io.smp.engine.image.RgbImage;
import io.smp.engine.render.Shade;

import java.util.Arrays;

/**
 * Matches the ink to the client: the median colour of the remaining hair, pulled toward a cool grey (pigment
 * reads blue-grey under skin, never pure black), lighter for lighter hair and fairer skin.
 */
final class AutoShade {
    private AutoShade() {
    }

    static Shade match(RgbImage photo, LabelMap labels) {
        int[] hair = median(photo, labels, LabelMap.HAIR);
        int[] skin = median(photo, labels, LabelMap.SCALP);
        if (hair == null) return Shade.MEDIUM;
        double hairLum = 0.299 * hair[0] + 0.587 * hair[1] + 0.114 * hair[2];
        double skinLum = skin == null ? 160 : 0.299 * skin[0] + 0.587 * skin[1] + 0.114 * skin[2];
        // ink luminance: between the hair's and a dark cool grey, lighter on fair skin
        double target = Math.max(44, Math.min(120, 0.5 * hairLum + 0.22 * skinLum));
        double r = target * 0.94, g = target * 0.98, b = target * 1.10;
        int rgb = (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
        return new Shade("auto", rgb);
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    private static int[] median(RgbImage photo, LabelMap labels, int label) {
        byte[] l = LabelMap.internalLabels(labels);
        byte[] px = RgbImage.internalPixels(photo);
        int step = Math.max(1, l.length / 200_000);
        int n = 0;
        for (int i = 0; i < l.length; i += step) if (l[i] == label) n++;
        if (n < 50) return null;
        int[][] ch = new int[3][n];
        int k = 0;
        for (int i = 0; i < l.length && k < n; i += step) {
            if (l[i] != label) continue;
            for (int c = 0; c < 3; c++) ch[c][k] = px[i * 3 + c] & 0xFF;
            k++;
        }
        int[] out = new int[3];
        for (int c = 0; c < 3; c++) {
            Arrays.sort(ch[c]);
            out[c] = ch[c][n / 2];
        }
        return out;
    }
}
