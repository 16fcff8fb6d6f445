package io.smp.engine.synth;

import io.smp.engine.image.LabelMap;
import io.smp.engine.image.RgbImage;
import io.smp.engine.segment.View;

import java.util.List;
import java.util.Locale;

/**
 * Deterministic generator of synthetic head photos with exact ground-truth label maps and scale.
 * The project's sample photos and its unit tests both come from here; no real photograph is ever shipped.
 *
 * <p>Each photo is drawn per pixel from simple geometry in centimetres (a head is about 15 cm wide, the pupils
 * 6.3 cm apart), so the label of every pixel and the pixels per centimetre are known exactly. Textures (skin
 * grain, hair strands, a wall) come from seeded value noise, so the same arguments give the same bytes.
 */
public final class SyntheticHeads {

    /** The kinds of photo a consultant takes that the generator can draw. */
    public enum Kind {
        /** Top-down view of an advanced bald head with a horseshoe fringe at the sides and back (Norwood 6). */
        TOP_BALD("top-bald", View.TOP),
        /** Frontal portrait with a receding hairline: bare scalp above the forehead, hair at the sides. */
        FRONT_RECEDING("front-receding", View.FRONT),
        /** Top-down view of a full head of hair with diffuse thinning and a bare patch at the crown. */
        CROWN_THINNING("crown-thinning", View.TOP);

        final String id;
        final View view;

        Kind(String id, View view) {
            this.id = id;
            this.view = view;
        }

        public String id() {
            return id;
        }
    }

    private SyntheticHeads() {
    }

    /** The sample set shipped under samples/photos: every kind in every tone, at the default size. */
    public static List<SyntheticPhoto> sampleSet() {
        List<SyntheticPhoto> out = new java.util.ArrayList<>();
        for (Kind k : Kind.values()) {
            for (SkinTone t : SkinTone.values()) out.add(generate(k, t, 1.0, 1));
        }
        return out;
    }

    /**
     * Draws one photo.
     *
     * @param sizeFactor 1.0 gives the sample size (about 1200 px on the long side); 0.5 half of it, 3.0 about 12 MP
     * @param seed       texture seed; the geometry does not depend on it
     */
    public static SyntheticPhoto generate(Kind kind, SkinTone tone, double sizeFactor, long seed) {
        if (!(sizeFactor > 0.05 && sizeFactor <= 8)) throw new IllegalArgumentException("sizeFactor out of range: " + sizeFactor);
        Canvas c = switch (kind) {
            case TOP_BALD, CROWN_THINNING -> new Canvas(round(1200 * sizeFactor), round(1200 * sizeFactor), 55 * sizeFactor);
            case FRONT_RECEDING -> new Canvas(round(1000 * sizeFactor), round(1250 * sizeFactor), 32 * sizeFactor);
        };
        Noise noise = new Noise(seed * 7919 + kind.ordinal() * 31 + tone.ordinal());
        switch (kind) {
            case TOP_BALD -> drawTop(c, tone, noise, false);
            case CROWN_THINNING -> drawTop(c, tone, noise, true);
            case FRONT_RECEDING -> drawFront(c, tone, noise);
        }
        String name = kind.id + "-" + tone.name().toLowerCase(Locale.ROOT);
        return new SyntheticPhoto(name, c.photo(), LabelMap.wrap(c.w, c.h, c.labels), c.ppc, kind.view);
    }

    private static int round(double v) {
        return (int) Math.round(v);
    }

    /** Pixel buffers plus the scale; coordinates in cm are converted with ppc. */
    private static final class Canvas {
        final int w;
        final int h;
        final double ppc;
        final float[] rgb;
        final byte[] labels;

        Canvas(int w, int h, double ppc) {
            this.w = w;
            this.h = h;
            this.ppc = ppc;
            this.rgb = new float[w * h * 3];
            this.labels = new byte[w * h];
        }

        void set(int x, int y, int label, double r, double g, double b) {
            int i = y * w + x;
            labels[i] = (byte) label;
            rgb[i * 3] = (float) r;
            rgb[i * 3 + 1] = (float) g;
            rgb[i * 3 + 2] = (float) b;
        }

        /** Light optical blur (3x3 binomial) so edges look photographed, not drawn; labels stay exact. */
        RgbImage photo() {
            byte[] out = new byte[w * h * 3];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    for (int ch = 0; ch < 3; ch++) {
                        double s = 0, n = 0;
                        for (int dy = -1; dy <= 1; dy++) {
                            int yy = Math.min(h - 1, Math.max(0, y + dy));
                            for (int dx = -1; dx <= 1; dx++) {
                                int xx = Math.min(w - 1, Math.max(0, x + dx));
                                double k = (dx == 0 ? 2 : 1) * (dy == 0 ? 2 : 1);
                                s += k * rgb[(yy * w + xx) * 3 + ch];
                                n += k;
                            }
                        }
                        out[(y * w + x) * 3 + ch] = (byte) Math.max(0, Math.min(255, Math.round(s / n)));
                    }
                }
            }
            return RgbImage.wrap(w, h, out);
        }
    }

    private static double r(int rgb) { return (rgb >> 16) & 0xFF; }

    private static double g(int rgb) { return (rgb >> 8) & 0xFF; }

    private static double b(int rgb) { return rgb & 0xFF; }

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static double smooth(double e0, double e1, double v) {
        double t = clamp01((v - e0) / (e1 - e0));
        return t * t * (3 - 2 * t);
    }

    /** Wall behind the client: a soft vertical gradient with blotches. */
    private static double[] wall(Canvas c, Noise n, int x, int y) {
        double t = y / (double) c.h;
        double blot = n.fractal(x / 90.0, y / 90.0);
        double base = 200 - 45 * t + 18 * (blot - 0.5);
        return new double[]{base * 0.97, base * 0.95, base * 0.90};
    }

    /**
     * Lit skin on an ellipsoid: lambert plus a specular highlight (bald scalps shine) plus fine grain.
     * (nx, ny) is the position inside the ellipse, -1..1 on each axis.
     */
    private static double[] skin(SkinTone tone, Noise n, int x, int y, double nx, double ny, double shine) {
        double rr = Math.min(0.999, nx * nx + ny * ny);
        double nz = Math.sqrt(1 - rr);
        // light from above-left, camera on +z
        double lx = -0.35, ly = -0.45, lz = 0.82;
        double lambert = Math.max(0, nx * lx + ny * ly + nz * lz);
        double hx = lx, hy = ly, hz = lz + 1;
        double hn = Math.sqrt(hx * hx + hy * hy + hz * hz);
        double spec = Math.pow(Math.max(0, (nx * hx + ny * hy + nz * hz) / hn), 60) * shine;
        double grain = 1 + 0.05 * (n.value(x / 2.3, y / 2.3) - 0.5) + 0.04 * (n.value(x / 11.0, y / 11.0) - 0.5);
        double k = (0.42 + 0.70 * lambert) * grain;
        int s = tone.skin;
        return new double[]{r(s) * k + 255 * spec, g(s) * k + 240 * spec, b(s) * k + 225 * spec};
    }

    /**
     * Hair over skin: strands run along the flow direction (dirX, dirY); coverage 0..1 is how much of the skin
     * the hair hides (dense hair ~0.95, thinning ~0.4).
     */
    private static double[] hair(SkinTone tone, Noise n, int x, int y, double dirX, double dirY, double coverage,
                                 double[] skinBelow, double ppc) {
        double along = (x * dirX + y * dirY) / (ppc * 0.35);
        double across = (-x * dirY + y * dirX) / Math.max(1.8, ppc * 0.03);
        double strand = n.value(along, across);
        double clump = n.value(x / (ppc * 0.6), y / (ppc * 0.6));
        // a pixel shows hair where the strand pattern falls under the local coverage, skin between strands
        double local = smooth(strand - 0.12, strand + 0.12, coverage * (0.8 + 0.4 * clump));
        double shade = 0.75 + 0.6 * strand;
        int hc = tone.hair;
        double[] out = new double[3];
        double[] hairRgb = {r(hc) * shade + 6, g(hc) * shade + 5, b(hc) * shade + 4};
        for (int i = 0; i < 3; i++) out[i] = skinBelow[i] * (1 - local) + hairRgb[i] * local;
        return out;
    }

    private static void drawTop(Canvas c, SkinTone tone, Noise n, boolean thinning) {
        double ppc = c.ppc;
        double cx = c.w / 2.0, cy = c.h / 2.0 + 0.3 * ppc;
        double rx = 7.5 * ppc, ry = 9.5 * ppc;
        double crownX = cx, crownY = cy + 0.35 * ry;
        for (int y = 0; y < c.h; y++) {
            for (int x = 0; x < c.w; x++) {
                double nx = (x - cx) / rx, ny = (y - cy) / ry;
                double rr = nx * nx + ny * ny;
                // ears stick out at the sides, a little behind the middle
                double ex = (Math.abs(x - cx) - rx * 0.97) / (0.7 * ppc), ey = (y - (cy + 0.08 * ry)) / (2.9 * ppc);
                boolean ear = ex * ex + ey * ey <= 1 && rr > 0.9;
                if (rr > 1 && !ear) {
                    // shoulders (clothes) below/behind the head, wall elsewhere
                    double sx = (x - cx) / (21 * ppc), sy = (y - (cy + 4 * ppc)) / (9 * ppc);
                    if (sx * sx + sy * sy <= 1) {
                        double t = n.fractal(x / 40.0, y / 40.0);
                        c.set(x, y, LabelMap.BACKGROUND, 52 + 30 * t, 70 + 30 * t, 98 + 28 * t);
                    } else {
                        double[] wl = wall(c, n, x, y);
                        c.set(x, y, LabelMap.BACKGROUND, wl[0] * 0.75, wl[1] * 0.72, wl[2] * 0.66);
                    }
                    continue;
                }
                if (ear) {
                    double[] sk = skin(tone, n, x, y, Math.signum(x - cx) * 0.8, ey * 0.6, 0.1);
                    c.set(x, y, LabelMap.SKIN, sk[0] * 0.9, sk[1] * 0.86, sk[2] * 0.86);
                    continue;
                }
                double[] sk = skin(tone, n, x, y, nx, ny, thinning ? 0.15 : 0.45);
                double rad = Math.sqrt(rr);
                double dx = x - crownX, dy = y - crownY;
                double dl = Math.max(1e-6, Math.hypot(dx, dy));
                double dirX = dx / dl, dirY = dy / dl;
                if (!thinning) {
                    // horseshoe fringe: absent at the front (top of the image), widest at the back
                    double theta = Math.atan2(y - cy, x - cx);
                    double t = (1 + Math.sin(theta)) / 2; // 0 front, 1 back
                    double edge = 1.06 - 0.40 * Math.pow(t, 0.8) + 0.035 * (n.value(theta * 9, 3.3) - 0.5);
                    if (rad > edge) {
                        double cov = 0.55 + 0.40 * smooth(edge, edge + 0.03, rad);
                        double[] hr = hair(tone, n, x, y, dirX, dirY, cov, sk, ppc);
                        c.set(x, y, LabelMap.HAIR, hr[0], hr[1], hr[2]);
                    } else {
                        c.set(x, y, LabelMap.SCALP, sk[0], sk[1], sk[2]);
                    }
                } else {
                    // crown: bare centre, thinning ring, dense hair around; irregular edges
                    double cxn = (x - crownX) / (3.6 * ppc), cyn = (y - crownY) / (4.2 * ppc);
                    double cr = Math.sqrt(cxn * cxn + cyn * cyn);
                    double wobble = 0.12 * (n.value(Math.atan2(cyn, cxn) * 4 + 11, 1.7) - 0.5);
                    if (cr < 0.38 + wobble) {
                        double[] hr = hair(tone, n, x, y, dirX, dirY, 0.06, sk, ppc);
                        c.set(x, y, LabelMap.SCALP, hr[0], hr[1], hr[2]);
                    } else if (cr < 1.0 + wobble) {
                        double[] hr = hair(tone, n, x, y, dirX, dirY, 0.38, sk, ppc);
                        c.set(x, y, LabelMap.THINNING, hr[0], hr[1], hr[2]);
                    } else {
                        double[] hr = hair(tone, n, x, y, dirX, dirY, 0.96, sk, ppc);
                        c.set(x, y, LabelMap.HAIR, hr[0], hr[1], hr[2]);
                    }
                }
            }
        }
    }

    private static void drawFront(Canvas c, SkinTone tone, Noise n) {
        double ppc = c.ppc;
        double cx = c.w / 2.0;
        double yTop = 3.0 * ppc;
        double craniumCy = yTop + 10.0 * ppc, craniumRx = 7.8 * ppc, craniumRy = 10.0 * ppc;
        double jawCy = yTop + 13.5 * ppc, jawRx = 6.7 * ppc, jawRy = 9.5 * ppc;
        double eyeY = yTop + 11.5 * ppc, eyeDx = 3.15 * ppc;
        double browY = eyeY - 1.5 * ppc;
        for (int y = 0; y < c.h; y++) {
            for (int x = 0; x < c.w; x++) {
                double dx = x - cx;
                double cnx = dx / craniumRx, cny = (y - craniumCy) / craniumRy;
                double jnx = dx / jawRx, jny = (y - jawCy) / jawRy;
                boolean cranium = cnx * cnx + cny * cny <= 1;
                boolean jaw = jnx * jnx + jny * jny <= 1;
                double enx = (Math.abs(dx) - 7.5 * ppc) / (1.3 * ppc), eny = (y - (eyeY + 2.0 * ppc)) / (3.0 * ppc);
                boolean ear = enx * enx + eny * eny <= 1;
                boolean neck = Math.abs(dx) < 5.2 * ppc && y > jawCy && y < yTop + 30 * ppc;
                double shx = dx / (19 * ppc), shy = (y - (yTop + 38 * ppc)) / (10 * ppc);
                boolean shirt = shx * shx + shy * shy <= 1 || y > yTop + 30 * ppc;
                if (!(cranium || jaw || ear || neck)) {
                    if (shirt) {
                        double t = n.fractal(x / 50.0, y / 50.0);
                        c.set(x, y, LabelMap.BACKGROUND, 150 + 40 * t, 45 + 20 * t, 40 + 15 * t);
                    } else {
                        double[] wl = wall(c, n, x, y);
                        c.set(x, y, LabelMap.BACKGROUND, wl[0] * 0.8, wl[1] * 0.86, wl[2] * 0.92);
                    }
                    continue;
                }
                if (!(cranium || jaw)) {
                    // ears and neck: skin, the neck in the jaw's shadow
                    double k = neck && !ear ? 0.72 - 0.15 * smooth(jawCy, jawCy + 4 * ppc, y) : 0.88;
                    double[] sk = skin(tone, n, x, y, Math.max(-0.9, Math.min(0.9, dx / (8.5 * ppc))), 0.2, 0.05);
                    c.set(x, y, LabelMap.SKIN, sk[0] * k, sk[1] * k, sk[2] * k);
                    continue;
                }
                // shading on the head as one ellipsoid spanning cranium and jaw
                double hnx = dx / craniumRx, hny = (y - (yTop + 12 * ppc)) / (13.5 * ppc);
                double[] sk = skin(tone, n, x, y, hnx * 0.95, hny * 0.9, 0.35);
                // hair at the temples and sides, above the ears; receded on top
                double side = Math.abs(dx) / craniumRx;
                double hairTop = yTop + (5.5 + 2.0 * (n.value(y / (0.8 * ppc), 5) - 0.5)) * ppc;
                boolean sideHair = cranium && side > 0.80 - 0.08 * n.value(y / (1.2 * ppc), 9)
                        && y > hairTop && y < eyeY + 1.2 * ppc;
                // designed hairline: about 8 cm above the brows on the head (6.5 cm projected), corners higher
                double u = dx / (5.0 * ppc);
                double hairlineY = browY - (6.5 + 1.4 * u * u) * ppc;
                if (sideHair) {
                    double dirY = 1, dirX = 0.25 * Math.signum(dx);
                    double[] hr = hair(tone, n, x, y, dirX, dirY, 0.95, sk, ppc);
                    c.set(x, y, LabelMap.HAIR, hr[0], hr[1], hr[2]);
                } else if (y < hairlineY) {
                    c.set(x, y, LabelMap.SCALP, sk[0], sk[1], sk[2]);
                } else {
                    double[] px = face(c, tone, n, x, y, cx, eyeY, eyeDx, browY, sk);
                    c.set(x, y, LabelMap.SKIN, px[0], px[1], px[2]);
                }
            }
        }
    }

    /** Eyes, brows, nose shading and lips on the face skin; all labelled skin (as face-parsing counts them). */
    private static double[] face(Canvas c, SkinTone tone, Noise n, int x, int y, double cx, double eyeY, double eyeDx,
                                 double browY, double[] sk) {
        double ppc = c.ppc;
        double dx = x - cx;
        double adx = Math.abs(dx);
        // eyes: sclera shaded toward the corners, iris and pupil, and a band of lashes along the upper lid's margin
        // that hides the iris's top; a darker socket around
        double ex = (adx - eyeDx) / (1.45 * ppc), ey = (y - eyeY) / (0.55 * ppc);
        double er = ex * ex + ey * ey;
        if (er <= 1) {
            if (ey < 0 && er > 0.6) return new double[]{28, 22, 20};
            double ir = Math.hypot(adx - eyeDx, y - eyeY) / ppc;
            if (ir < 0.22) return new double[]{12, 10, 10};
            if (ir < 0.55) return new double[]{70, 48, 32};
            double shade = 1 - 0.35 * ex * ex - 0.15 * Math.max(0, -ey);
            return new double[]{200 * shade, 192 * shade, 184 * shade};
        }
        double socket = Math.exp(-((adx - eyeDx) * (adx - eyeDx) / (2.2 * ppc * ppc) + (y - eyeY) * (y - eyeY) / (1.1 * ppc * ppc)));
        double k = 1 - 0.28 * socket;
        // brows: arcs above the eyes
        double bx = (adx - 3.1 * ppc) / (2.0 * ppc);
        double by = (y - (browY - 0.25 * ppc * (1 - bx * bx))) / (0.28 * ppc);
        if (Math.abs(bx) <= 1 && Math.abs(by) <= 1 - 0.4 * Math.abs(bx)) {
            double[] hr = hair(tone, n, x, y, 1, 0.1, 0.85, sk, ppc);
            return hr;
        }
        // nose: a shadow line along one side and nostrils
        double noseY0 = eyeY + 0.5 * ppc, noseY1 = eyeY + 4.7 * ppc;
        if (y > noseY0 && y < noseY1) {
            double side = Math.exp(-Math.pow((dx - 0.9 * ppc) / (0.35 * ppc), 2)) * smooth(noseY0, noseY1, y);
            k *= 1 - 0.22 * side;
            double nost = Math.exp(-(Math.pow((adx - 0.7 * ppc) / (0.35 * ppc), 2) + Math.pow((y - (noseY1 - 0.3 * ppc)) / (0.2 * ppc), 2)));
            k *= 1 - 0.5 * nost;
        }
        // mouth: lips
        double mx = dx / (2.5 * ppc), my = (y - (eyeY + 7.0 * ppc)) / (0.55 * ppc);
        if (mx * mx + my * my <= 1) {
            double lip = Math.abs(my) < 0.12 ? 0.45 : 0.8;
            return new double[]{sk[0] * lip * 0.95 + 30 * lip, sk[1] * lip * 0.62, sk[2] * lip * 0.62};
        }
        return new double[]{sk[0] * k, sk[1] * k, sk[2] * k};
    }
}
