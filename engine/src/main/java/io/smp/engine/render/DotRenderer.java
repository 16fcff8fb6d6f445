package io.smp.engine.render;

import io.smp.engine.image.RgbImage;
import io.smp.engine.place.Dot;

import java.util.List;

/**
 * Renders pigment dots onto a photo, returning a new image (the input is never modified).
 *
 * <p>Each dot deposits pigment in proportion to its area: a dot smaller than a pixel spreads its area over the
 * pixels around its centre (bilinear weights that sum to one) instead of becoming a whole dark pixel, so the tone
 * of a treated area does not depend on the photo's resolution. Larger dots are discs with an anti-aliased, softened
 * edge. The accumulated coverage is then applied as a multiply with the ink colour, keeping the photo's own
 * lighting, highlights and texture.
 */
public final class DotRenderer {
    private DotRenderer() {
    }

    /**
     * @param opacity how much a fully covered pixel takes the ink's colour (0..1; 0.85 typical for healed work)
     */
    public static RgbImage render(RgbImage photo, List<Dot> dots, Shade shade, double opacity) {
        int w = photo.width(), h = photo.height();
        float[] cov = coverage(dots, w, h);
        byte[] src = RgbImage.internalPixels(photo);
        byte[] out = src.clone();
        double ir = ((shade.rgb() >> 16) & 0xFF) / 255.0, ig = ((shade.rgb() >> 8) & 0xFF) / 255.0, ib = (shade.rgb() & 0xFF) / 255.0;
        for (int i = 0; i < cov.length; i++) {
            float c = cov[i];
            if (c <= 0) continue;
            double a = Math.min(1.0, c) * opacity;
            int p = i * 3;
            out[p] = mul(src[p], ir, a);
            out[p + 1] = mul(src[p + 1], ig, a);
            out[p + 2] = mul(src[p + 2], ib, a);
        }
        return RgbImage.wrap(w, h, out);
    }

    private static byte mul(byte v, double ink, double a) {
        double x = (v & 0xFF) * (1 - a + a * ink);
        return (byte) Math.max(0, Math.min(255, Math.round(x)));
    }

    /** Pigment coverage per pixel (1 = the pixel fully covered by one dot at full load). */
    static float[] coverage(List<Dot> dots, int w, int h) {
        float[] cov = new float[w * h];
        for (Dot d : dots) {
            double dia = d.diameterPx();
            double load = d.darkness();
            if (dia < 1.5) {
                double area = Math.PI * dia * dia / 4 * load;
                double fx = d.x() - 0.5, fy = d.y() - 0.5;
                int x0 = (int) Math.floor(fx), y0 = (int) Math.floor(fy);
                double tx = fx - x0, ty = fy - y0;
                add(cov, w, h, x0, y0, area * (1 - tx) * (1 - ty));
                add(cov, w, h, x0 + 1, y0, area * tx * (1 - ty));
                add(cov, w, h, x0, y0 + 1, area * (1 - tx) * ty);
                add(cov, w, h, x0 + 1, y0 + 1, area * tx * ty);
            } else {
                double rad = dia / 2;
                double soft = Math.max(0.5, 0.15 * dia);
                int x0 = (int) Math.floor(d.x() - rad - soft), x1 = (int) Math.ceil(d.x() + rad + soft);
                int y0 = (int) Math.floor(d.y() - rad - soft), y1 = (int) Math.ceil(d.y() + rad + soft);
                for (int y = Math.max(0, y0); y <= Math.min(h - 1, y1); y++) {
                    for (int x = Math.max(0, x0); x <= Math.min(w - 1, x1); x++) {
                        double dist = Math.hypot(x + 0.5 - d.x(), y + 0.5 - d.y());
                        double c = (rad + soft / 2 - dist) / soft;
                        if (c <= 0) continue;
                        cov[y * w + x] += (float) (Math.min(1, c) * load);
                    }
                }
            }
        }
        return cov;
    }

    private static void add(float[] cov, int w, int h, int x, int y, double v) {
        if (x < 0 || y < 0 || x >= w || y >= h || v <= 0) return;
        cov[y * w + x] += (float) v;
    }
}
