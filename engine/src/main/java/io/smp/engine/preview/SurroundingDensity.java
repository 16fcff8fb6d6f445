package io.smp.engine.preview;

import io.smp.engine.cv.Distance;
import io.smp.engine.image.RgbImage;
import io.smp.engine.scale.Scale;

import java.util.OptionalDouble;

/**
 * Counts the stubble (or earlier SMP dots) around a scar so that the scar's dots match it: dark local minima, a
 * follicle's size apart, clearly darker than their surroundings, in a ring from 3 to 10 mm around the scar.
 * Needs enough resolution to see a follicle (at least {@value #MIN_PX_PER_CM} px/cm); empty otherwise or when
 * the ring holds too few to count.
 */
final class SurroundingDensity {
    static final double MIN_PX_PER_CM = 60;

    private SurroundingDensity() {
    }

    static OptionalDouble estimate(RgbImage photo, boolean[] scar, Scale scale) {
        double ppc = scale.pxPerCm();
        if (ppc < MIN_PX_PER_CM) return OptionalDouble.empty();
        int w = photo.width(), h = photo.height();
        float[] dist = Distance.toNearest(scar, w, h);
        double inner = 0.3 * ppc, outer = 1.0 * ppc;
        byte[] px = RgbImage.internalPixels(photo);
        float[] g = new float[w * h];
        for (int i = 0; i < g.length; i++) g[i] = (float) SkinVisibility.luma(px, i);
        int r = Math.max(1, (int) Math.round(0.04 * ppc));
        int win = Math.max(3, (int) Math.round(0.15 * ppc));
        double[] integral = new double[(w + 1) * (h + 1)];
        for (int y = 0; y < h; y++) {
            double row = 0;
            for (int x = 0; x < w; x++) {
                row += g[y * w + x];
                integral[(y + 1) * (w + 1) + x + 1] = integral[y * (w + 1) + x + 1] + row;
            }
        }
        long ring = 0, found = 0;
        for (int y = win; y < h - win; y++) {
            for (int x = win; x < w - win; x++) {
                int i = y * w + x;
                if (dist[i] < inner || dist[i] > outer) continue;
                ring++;
                float v = g[i];
                double mean = (integral[(y + win + 1) * (w + 1) + x + win + 1] - integral[(y - win) * (w + 1) + x + win + 1]
                        - integral[(y + win + 1) * (w + 1) + x - win] + integral[(y - win) * (w + 1) + x - win])
                        / ((2.0 * win + 1) * (2 * win + 1));
                if (v > mean * 0.9) continue;
                boolean min = true;
                for (int yy = y - r; yy <= y + r && min; yy++) {
                    for (int xx = x - r; xx <= x + r; xx++) {
                        if ((yy != y || xx != x) && g[yy * w + xx] <= v) { min = false; break; }
                    }
                }
                if (min) found++;
            }
        }
        if (found < 20 || ring == 0) return OptionalDouble.empty();
        return OptionalDouble.of(found / (ring * scale.cm2PerPixel()));
    }
}
