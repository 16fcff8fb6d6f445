package io.smp.engine.render;

import io.smp.engine.image.RgbImage;
import io.smp.engine.place.Dot;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Renders pigment dots onto a photo, returning a new image (the input is never modified).
 *
 * <p>Each dot deposits pigment in proportion to its area: a dot smaller than a pixel spreads its area over the
 * pixels around its centre (bilinear weights that sum to one) instead of becoming a whole dark pixel, so the tone
 * of a treated area does not depend on the photo's resolution. Larger dots are discs with an anti-aliased, softened
 * edge. Pigment seen through skin also darkens a soft halo around each dot (subsurface scattering), bounded to one
 * dot diameter from its centre. The accumulated coverage is applied as a multiply with the ink colour, keeping the
 * photo's own lighting, highlights and texture. Work is confined to the dots' bounding box.
 *
 * <p>Pigment under skin also scatters into a faint grey veil wider than the dots: at a finished density this veil
 * is what makes a treated scalp read as a stubble shade at arm's length (real healed results are markedly darker
 * than the untreated scalp, far more than the dots' own area would give). It follows the expected density of dots
 * (the density field, not the random dots themselves, which would make it blotchy): {@value #HAZE_INK} times the
 * dots' area per unit area, softened with a Gaussian of {@value #VEIL_SIGMA} dot spacings, kept inside the
 * treatment mask, so it fades with the density at a hairline.
 */
public final class DotRenderer {
    /** Ink in the subsurface halo, relative to the core's (pigment scattered in the dermis around each dot). */
    public static final double HALO_INK = 1.6;
    /** Halo spread as a Gaussian sigma relative to the dot diameter; the kernel stops at two sigma (one diameter). */
    public static final double HALO_SIGMA = 0.5;

    /** Ink of the veil relative to a dot's area (calibrated on ../shared/reference/real-smp: a finished default buzz-cut darkens the scalp by about 40 to 50%). */
    public static final double HAZE_INK = 60;
    /** Spread of the veil as a Gaussian sigma, relative to the mean spacing between dots. */
    public static final double VEIL_SIGMA = 1.5;

    /** Luma above which a pixel is taken as partly specular highlight, which the pigment does not darken. */
    static final double HIGHLIGHT_FROM = 205;

    /** Dots at least this wide (px) are drawn as discs; smaller ones deposit their area bilinearly. */
    static final double DISC_MIN_PX = 1.5;

    private DotRenderer() {
    }

    /** The region the dots can touch: their bounding box plus a margin, clipped to the image. */
    record Region(int x0, int y0, int w, int h) {
        static Region of(List<Dot> dots, int imgW, int imgH, int margin) {
            double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            double maxD = 0;
            for (Dot d : dots) {
                minX = Math.min(minX, d.x());
                minY = Math.min(minY, d.y());
                maxX = Math.max(maxX, d.x());
                maxY = Math.max(maxY, d.y());
                maxD = Math.max(maxD, d.diameterPx());
            }
            int m = margin + (int) Math.ceil(maxD) + 2;
            int x0 = Math.max(0, (int) Math.floor(minX) - m), y0 = Math.max(0, (int) Math.floor(minY) - m);
            int x1 = Math.min(imgW, (int) Math.ceil(maxX) + m + 1), y1 = Math.min(imgH, (int) Math.ceil(maxY) + m + 1);
            return new Region(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0));
        }
    }

    /**
     * @param opacity how much a fully covered pixel takes the ink's colour (0..1; 0.85 typical for healed work)
     */
    public static RgbImage render(RgbImage photo, List<Dot> dots, Shade shade, double opacity) {
        return render(photo, dots, shade, opacity, null, null, 0, null);
    }

    /**
     * @param opacity    how much a fully covered pixel takes the ink's colour (0..1)
     * @param veilMask   row-major, the treatment mask: where the pigment veil may show, and the only pixels that
     *                   change; null for no veil and no clipping
     * @param field      row-major expected dots per pixel^2 (the density field of the sessions rendered)
     * @param spacingPx  mean distance between neighbouring dots at the full density, px (sets the veil's spread)
     * @param visibility row-major 0..1, how much of the skin a pixel shows (hair in front of the scalp hides the
     *                   pigment); null where all of it shows
     */
    public static RgbImage render(RgbImage photo, List<Dot> dots, Shade shade, double opacity, boolean[] veilMask,
                                  float[] field, double spacingPx, float[] visibility) {
        int w = photo.width(), h = photo.height();
        byte[] src = RgbImage.internalPixels(photo);
        byte[] out = src.clone();
        if (dots.isEmpty()) return RgbImage.wrap(w, h, out);
        double meanD = dots.stream().mapToDouble(Dot::diameterPx).average().orElse(1);
        double sigma = Math.max(0.5, HALO_SIGMA * meanD);
        int haloRadius = (int) Math.ceil(2 * sigma);
        double hazeSigma = Math.max(1.0, VEIL_SIGMA * spacingPx);
        int hazeRadius = (int) Math.ceil(2 * hazeSigma);
        Region r = Region.of(dots, w, h, Math.max(haloRadius, veilMask == null ? 0 : hazeRadius));
        float[] cov = coverage(dots, r);
        addHalo(cov, dots, r, sigma, haloRadius);
        Veil veil = veilMask == null ? null : veil(field, w, dots, r, hazeSigma);
        double ir = ((shade.rgb() >> 16) & 0xFF) / 255.0, ig = ((shade.rgb() >> 8) & 0xFF) / 255.0, ib = (shade.rgb() & 0xFF) / 255.0;
        IntStream.range(0, r.h()).parallel().forEach(ry -> {
            int row = (r.y0() + ry) * w + r.x0();
            for (int rx = 0; rx < r.w(); rx++) {
                int k = ry * r.w() + rx;
                float c = cov[k];
                // with a treatment mask, nothing shows outside it: a dot at the edge is clipped, as ink stays in the skin treated
                if (veilMask != null && !veilMask[row + rx]) continue;
                double v = veil != null ? veil.at(rx, ry) : 0;
                if (c <= 0 && v <= 0) continue;
                // dots over the veil: the two absorb independently
                double a = 1 - (1 - Math.min(1.0, c) * opacity) * (1 - (1 - Math.exp(-v)) * opacity);
                if (visibility != null) a *= visibility[row + rx];
                int p0 = (row + rx) * 3;
                // a specular highlight is reflected by the skin's surface, above the pigment: it stays bright
                double luma = 0.299 * (src[p0] & 0xFF) + 0.587 * (src[p0 + 1] & 0xFF) + 0.114 * (src[p0 + 2] & 0xFF);
                if (luma > HIGHLIGHT_FROM) a *= 1 - 0.7 * Math.min(1, (luma - HIGHLIGHT_FROM) / 45);
                int p = (row + rx) * 3;
                out[p] = mul(src[p], ir, a);
                out[p + 1] = mul(src[p + 1], ig, a);
                out[p + 2] = mul(src[p + 2], ib, a);
            }
        });
        return RgbImage.wrap(w, h, out);
    }

    private static byte mul(byte v, double ink, double a) {
        double x = (v & 0xFF) * (1 - a + a * ink);
        return (byte) Math.max(0, Math.min(255, Math.round(x)));
    }

    /** Pigment coverage per pixel of the region (1 = the pixel fully covered by one dot at full load). */
    static float[] coverage(List<Dot> dots, Region r) {
        int w = r.w(), h = r.h();
        float[] cov = new float[w * h];
        for (Dot d : dots) {
            double dia = d.diameterPx();
            double load = d.darkness();
            double cx = d.x() - r.x0(), cy = d.y() - r.y0();
            if (dia < DISC_MIN_PX) {
                splat(cov, w, h, cx, cy, Math.PI * dia * dia / 4 * load);
            } else {
                double rad = dia / 2;
                double soft = Math.max(0.5, 0.35 * dia);
                int x0 = (int) Math.floor(cx - rad - soft), x1 = (int) Math.ceil(cx + rad + soft);
                int y0 = (int) Math.floor(cy - rad - soft), y1 = (int) Math.ceil(cy + rad + soft);
                for (int y = Math.max(0, y0); y <= Math.min(h - 1, y1); y++) {
                    for (int x = Math.max(0, x0); x <= Math.min(w - 1, x1); x++) {
                        double dist = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
                        double c = (rad + soft / 2 - dist) / soft;
                        if (c <= 0) continue;
                        cov[y * w + x] += (float) (Math.min(1, c) * load);
                    }
                }
            }
        }
        return cov;
    }

    /**
     * The halo's ink is splatted at the dot centres and blurred once with a truncated Gaussian, so total ink is
     * conserved (up to the truncation) and the cost does not grow with the dot count.
     */
    static void addHalo(float[] cov, List<Dot> dots, Region r, double sigma, int radius) {
        if (HALO_INK <= 0) return;
        float[] halo = new float[r.w() * r.h()];
        for (Dot d : dots) {
            double dia = d.diameterPx();
            double ink = Math.PI * dia * dia / 4 * d.darkness() * HALO_INK;
            if (dia >= DISC_MIN_PX) {
                // a disc dot is already opaque at its core: halo ink landing there would be lost, so the part that
                // falls outside the core carries it all (keeps the tone independent of resolution)
                double outside = Math.exp(-dia * dia / (8 * sigma * sigma));
                ink /= Math.max(1 / 3.0, outside);
            }
            splat(halo, r.w(), r.h(), d.x() - r.x0(), d.y() - r.y0(), ink);
        }
        Blur.gaussian(halo, r.w(), r.h(), sigma, radius);
        for (int i = 0; i < cov.length; i++) cov[i] += halo[i];
    }

    /**
     * The veil's ink over the region, on a grid coarser by {@code step} pixels (the veil is smooth at that scale):
     * the density field times the dots' mean ink, box-averaged per cell, then blurred once.
     */
    record Veil(float[] ink, int step, int gw, int gh) {
        /** Bilinear lookup at a region pixel. */
        double at(int rx, int ry) {
            double fx = (rx + 0.5) / step - 0.5, fy = (ry + 0.5) / step - 0.5;
            int x0 = Math.max(0, Math.min(gw - 1, (int) Math.floor(fx))), y0 = Math.max(0, Math.min(gh - 1, (int) Math.floor(fy)));
            int x1 = Math.min(gw - 1, x0 + 1), y1 = Math.min(gh - 1, y0 + 1);
            double tx = Math.max(0, Math.min(1, fx - x0)), ty = Math.max(0, Math.min(1, fy - y0));
            return (ink[y0 * gw + x0] * (1 - tx) + ink[y0 * gw + x1] * tx) * (1 - ty)
                    + (ink[y1 * gw + x0] * (1 - tx) + ink[y1 * gw + x1] * tx) * ty;
        }
    }

    static Veil veil(float[] field, int imgW, List<Dot> dots, Region r, double sigma) {
        double ink = dots.stream().mapToDouble(d -> Math.PI * d.diameterPx() * d.diameterPx() / 4 * d.darkness()).average().orElse(0) * HAZE_INK;
        int step = Math.max(1, (int) (sigma / 3));
        int gw = (r.w() + step - 1) / step, gh = (r.h() + step - 1) / step;
        float[] v = new float[gw * gh];
        IntStream.range(0, gh).parallel().forEach(gy -> {
            for (int gx = 0; gx < gw; gx++) {
                double sum = 0;
                int n = 0;
                for (int y = gy * step; y < Math.min(r.h(), (gy + 1) * step); y++) {
                    int row = (r.y0() + y) * imgW + r.x0();
                    for (int x = gx * step; x < Math.min(r.w(), (gx + 1) * step); x++) {
                        sum += field[row + x];
                        n++;
                    }
                }
                v[gy * gw + gx] = (float) (sum / n * ink);
            }
        });
        double s = sigma / step;
        Blur.gaussian(v, gw, gh, s, (int) Math.ceil(2 * s));
        return new Veil(v, step, gw, gh);
    }

    /** Bilinear deposit of {@code amount} at a sub-pixel position (pixel centres at +0.5). */
    private static void splat(float[] buf, int w, int h, double x, double y, double amount) {
        double fx = x - 0.5, fy = y - 0.5;
        int x0 = (int) Math.floor(fx), y0 = (int) Math.floor(fy);
        double tx = fx - x0, ty = fy - y0;
        add(buf, w, h, x0, y0, amount * (1 - tx) * (1 - ty));
        add(buf, w, h, x0 + 1, y0, amount * tx * (1 - ty));
        add(buf, w, h, x0, y0 + 1, amount * (1 - tx) * ty);
        add(buf, w, h, x0 + 1, y0 + 1, amount * tx * ty);
    }

    private static void add(float[] cov, int w, int h, int x, int y, double v) {
        if (x < 0 || y < 0 || x >= w || y >= h || v <= 0) return;
        cov[y * w + x] += (float) v;
    }
}
