package io.smp.engine.place;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Blue-noise dot placement inside a mask at a density given in dots per pixel^2.
 *
 * <p>The mask may be a density field: a weight per pixel from 0 (no dots) to 1 (the full density). Candidates land
 * in a pixel with probability equal to its weight, and dots placed where the weight is below 1 are also finer and
 * lighter; a hairline's edge fades this way, with a few stray dots ahead of it.
 *
 * <p>Dart throwing with a minimum distance (a Poisson-disk process): candidates are drawn uniformly over the
 * mask's pixels with sub-pixel offsets and kept only when no kept dot lies closer than {@code r}. {@code r} is
 * chosen so that the process overshoots the target; a random subset of exactly {@code round(density x area)} dots
 * is then kept, so the achieved density matches the request while dots never come closer than {@code r} and never
 * form a grid. Sessions are layers of that set: session 1 the first ~30% of a random order, session 2 the next
 * 40%, session 3 the rest, so later sessions fall among the earlier dots.
 */
public final class DotPlacer {
    /** Fraction of the final dots each session has laid down by its end. */
    public static final double[] SESSION_CUMULATIVE = {0.30, 0.70, 1.00};

    private DotPlacer() {
    }

    /**
     * @param mask          row-major, true where a dot centre may go
     * @param densityPerPx2 target dots per square pixel
     * @param diameterPx    nominal dot diameter in pixels
     * @param sizeJitter    relative standard deviation of dot diameters (0.12 typical)
     */
    public static List<Dot> place(boolean[] mask, int width, int height, double densityPerPx2, double diameterPx,
                                  double sizeJitter, long seed) {
        float[] weight = new float[mask.length];
        for (int i = 0; i < mask.length; i++) weight[i] = mask[i] ? 1f : 0f;
        return place(weight, width, height, densityPerPx2, diameterPx, sizeJitter, seed);
    }

    /**
     * @param weight        row-major density field, 0..1 of the full density; dot centres only where it is above 0
     * @param densityPerPx2 full target dots per square pixel
     * @param diameterPx    nominal dot diameter in pixels
     * @param sizeJitter    relative standard deviation of dot diameters (0.12 typical)
     */
    public static List<Dot> place(float[] weight, int width, int height, double densityPerPx2, double diameterPx,
                                  double sizeJitter, long seed) {
        if (!(densityPerPx2 > 0)) throw new IllegalArgumentException("density must be positive");
        int[] cells = maskPixels(weight);
        double totalWeight = 0;
        boolean uniform = true;
        for (int c : cells) {
            totalWeight += Math.min(1f, weight[c]);
            uniform &= weight[c] >= 1f;
        }
        // each candidate's acceptance is read from the cell's own weight, kept beside it (not from the whole image)
        float[] cellWeight = uniform ? null : new float[cells.length];
        if (!uniform) for (int k = 0; k < cells.length; k++) cellWeight[k] = weight[cells[k]];
        int target = (int) Math.round(densityPerPx2 * totalWeight);
        if (target == 0) return List.of();
        SplittableRandom rnd = new SplittableRandom(seed);
        double r = Math.sqrt(0.5 / densityPerPx2);
        double[] xs = null, ys = null;
        int n = 0;
        for (int attempt = 0; attempt < 6; attempt++) {
            int capacity = (int) Math.min(Integer.MAX_VALUE - 8, (long) (target * 1.6) + 16);
            xs = new double[capacity];
            ys = new double[capacity];
            n = dartThrow(cells, cellWeight, width, height, r, (long) (6L * target * cells.length / Math.max(1, totalWeight)) + 64, rnd, xs, ys);
            if (n >= target) break;
            r *= 0.9;
        }
        // random order: the first `target` form the set, and the order assigns sessions
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = order[i]; order[i] = order[j]; order[j] = t;
        }
        int keep = Math.min(n, target);
        List<Dot> dots = new ArrayList<>(keep);
        for (int k = 0; k < keep; k++) {
            int i = order[k];
            double frac = (k + 0.5) / keep;
            int session = frac < SESSION_CUMULATIVE[0] ? 1 : frac < SESSION_CUMULATIVE[1] ? 2 : 3;
            double edge = uniform ? 1.0 : 0.75 + 0.25 * weightAt(weight, width, height, xs[i], ys[i]);
            double d = edge * diameterPx * Math.exp(sizeJitter * gaussian(rnd) - 0.5 * sizeJitter * sizeJitter);
            double dark = edge * Math.max(0.6, Math.min(1.4, 1 + 0.1 * gaussian(rnd)));
            dots.add(new Dot(xs[i], ys[i], d, dark, session));
        }
        return dots;
    }

    private static int[] maskPixels(float[] weight) {
        int c = 0;
        for (float v : weight) if (v > 0) c++;
        int[] out = new int[c];
        int k = 0;
        for (int i = 0; i < weight.length; i++) if (weight[i] > 0) out[k++] = i;
        return out;
    }

    private static double weightAt(float[] weight, int width, int height, double x, double y) {
        int px = Math.min(width - 1, (int) x), py = Math.min(height - 1, (int) y);
        return Math.min(1.0, weight[py * width + px]);
    }

    private static int dartThrow(int[] cells, float[] cellWeight, int width, int height, double r, long tries, SplittableRandom rnd,
                                 double[] xs, double[] ys) {
        double cell = r / Math.sqrt(2);
        int gw = (int) Math.ceil(width / cell) + 1, gh = (int) Math.ceil(height / cell) + 1;
        int[] grid = new int[gw * gh];
        java.util.Arrays.fill(grid, -1);
        double r2 = r * r;
        int n = 0;
        for (long t = 0; t < tries && n < xs.length; t++) {
            int k = rnd.nextInt(cells.length);
            int p = cells[k];
            if (cellWeight != null && cellWeight[k] < 1f && rnd.nextDouble() >= cellWeight[k]) continue;
            // sub-pixel offsets stay 0.005 inside their pixel, so centres written with two decimals stay in the mask
            double x = p % width + 0.005 + 0.99 * rnd.nextDouble(), y = p / width + 0.005 + 0.99 * rnd.nextDouble();
            int gx = (int) (x / cell), gy = (int) (y / cell);
            if (grid[gy * gw + gx] >= 0) continue;
            boolean ok = true;
            for (int yy = Math.max(0, gy - 2); yy <= Math.min(gh - 1, gy + 2) && ok; yy++) {
                for (int xx = Math.max(0, gx - 2); xx <= Math.min(gw - 1, gx + 2); xx++) {
                    int q = grid[yy * gw + xx];
                    if (q >= 0) {
                        double dx = xs[q] - x, dy = ys[q] - y;
                        if (dx * dx + dy * dy < r2) { ok = false; break; }
                    }
                }
            }
            if (!ok) continue;
            xs[n] = x;
            ys[n] = y;
            grid[gy * gw + gx] = n++;
        }
        return n;
    }

    private static double gaussian(SplittableRandom rnd) {
        double u = Math.max(1e-12, rnd.nextDouble()), v = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
