package io.smp.engine.preview;

import io.smp.engine.SmpException;
import io.smp.engine.cv.Distance;
import io.smp.engine.image.LabelMap;
import io.smp.engine.scale.Scale;
import io.smp.engine.segment.Box;
import io.smp.engine.segment.Segmentation;
import io.smp.engine.segment.View;

import java.util.OptionalDouble;
import java.util.SplittableRandom;

/**
 * Where dots go and how densely: a weight per pixel from 0 (none) to 1 (the full density), for a style.
 *
 * <ul>
 * <li>buzz: the top of the head behind the hairline, bare or hair-bearing (the client shaves). On front views the
 *     hairline is designed from the face: its midpoint the hairline height above the brow line, the front-temporal
 *     corners above the outer eye corners and higher than the midline by the shape's recession, a little seeded
 *     irregularity and asymmetry, then a fade over a few millimetres and a few stray dots ahead. A user-drawn
 *     hairline replaces the design. Other views, and {@code --hairline none}, fade in from the scalp's border
 *     with face, ear or neck skin.</li>
 * <li>fill: thinning hair (label 4) and small bare gaps enclosed by hair.</li>
 * <li>scar: the scar region the user gives.</li>
 * </ul>
 */
final class Treatment {
    /** Weight of the stray dots ahead of a hairline. */
    static final float STRAY_WEIGHT = 0.07f;
    /** Weight where a faded edge starts. */
    static final float EDGE_START = 0.15f;
    /** Bare patches enclosed by hair up to this size (a crown spot about 6 cm across) count as gaps for fill, cm^2. */
    static final double FILL_GAP_CM2 = 30.0;

    /** The weights and the designed hairline (per column, NaN where there is none) for reports and overlays. */
    record Result(float[] weight, double[] hairlineRows, java.util.List<String> notes) {
        Result(float[] weight, double[] hairlineRows) {
            this(weight, hairlineRows, java.util.List.of());
        }
    }

    private Treatment() {
    }

    static Result of(Segmentation seg, PreviewSettings s, Guides guides) {
        int w = seg.labels().width(), h = seg.labels().height();
        byte[] l = LabelMap.internalLabels(seg.labels());
        return switch (s.style()) {
            case BUZZ -> buzz(seg, s, guides, l, w, h);
            case FILL -> new Result(fill(l, w, h, seg.scale()), null);
            case SCAR -> {
                if (!guides.hasScar()) {
                    throw new SmpException(SmpException.Kind.BAD_SETTINGS,
                            "--style scar needs the scar's area: give --scar-mask IMAGE or --scar-polygon FILE.json");
                }
                boolean[] m = guides.scarMask(w, h);
                float[] wt = new float[m.length];
                for (int i = 0; i < m.length; i++) wt[i] = m[i] ? 1f : 0f;
                yield new Result(wt, null);
            }
        };
    }

    private static Result buzz(Segmentation seg, PreviewSettings s, Guides guides, byte[] l, int w, int h) {
        Scale scale = seg.scale();
        double ppc = scale.pxPerCm();
        Hairline shape = s.hairline();
        double[] line = null;
        Double browY = null;
        if (guides.hasHairline()) {
            line = guides.hairlineRows(w);
        } else if (shape != Hairline.NONE && seg.view() == View.FRONT && seg.face().isPresent()) {
            Face f = Face.of(seg, ppc);
            browY = f.browY;
            line = design(f, s, ppc, w);
        }
        float[] wt = new float[w * h];
        if (line != null) {
            double fade = Math.max(1, shape.fadeMm / 10 * ppc), strays = shape.straysMm / 10 * ppc;
            double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
            for (int x = 0; x < w; x++) if (!Double.isNaN(line[x])) { lo = Math.min(lo, x); hi = Math.max(hi, x); }
            // skin above the line counts as scalp only over the crown, between the temples
            double margin = 1.0 * ppc;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int i = y * w + x;
                    int lab = l[i];
                    if (lab == LabelMap.BACKGROUND) continue;
                    if (browY != null && y > browY - 0.5 * ppc) continue;
                    double ly = line[x];
                    if (Double.isNaN(ly)) {
                        // beyond the drawn or designed line's ends (the sides of the head): scalp labels only, no
                        // skin, fading in from the line's ends and from the brow level instead of starting at full
                        // weight on a straight edge
                        if (lab == LabelMap.SCALP || lab == LabelMap.HAIR || lab == LabelMap.THINNING) {
                            double edge = x < lo ? lo - x : x - hi;
                            if (browY != null) edge = Math.min(edge, browY - 0.5 * ppc - y);
                            wt[i] = edge >= fade ? 1f : (float) (EDGE_START + (1 - EDGE_START) * smooth(edge / fade));
                        }
                        continue;
                    }
                    boolean headTop = lab == LabelMap.SCALP || lab == LabelMap.HAIR || lab == LabelMap.THINNING
                            || (lab == LabelMap.SKIN && x >= lo - margin && x <= hi + margin);
                    if (!headTop) continue;
                    double above = ly - y;
                    if (above >= fade) wt[i] = 1f;
                    else if (above >= 0) wt[i] = (float) (EDGE_START + (1 - EDGE_START) * smooth(above / fade));
                    else if (above >= -strays) wt[i] = STRAY_WEIGHT;
                }
            }
            boolean any = false;
            for (float v : wt) if (v > 0) { any = true; break; }
            if (any) return new Result(wt, line);
            if (guides.hasHairline()) {
                throw new SmpException(SmpException.Kind.BAD_SETTINGS, "the hairline drawn with --hairline-file leaves no scalp behind it; check its coordinates against the photo");
            }
            Result r = unlined(seg, s, l, w, h, ppc);
            return new Result(r.weight(), null, java.util.List.of("the designed hairline fell outside the head (the face may have been misread); "
                    + "the scalp as found is treated instead: adjust --hairline-height or draw one with --hairline-file"));
        }
        return unlined(seg, s, l, w, h, ppc);
    }

    /** Buzz without a hairline: the scalp and hair as segmented, fading in from face, ear and neck skin. */
    private static Result unlined(Segmentation seg, PreviewSettings s, byte[] l, int w, int h, double ppc) {
        Hairline shape = s.hairline();
        float[] wt = new float[w * h];
        boolean[] skin = new boolean[l.length];
        for (int i = 0; i < l.length; i++) skin[i] = l[i] == LabelMap.SKIN;
        // nothing below the brows: beard, sideburns, ears and neck are never treated
        int below = h;
        OptionalDouble brow = seg.view() == View.FRONT && seg.face().isPresent()
                ? OptionalDouble.of(Face.of(seg, ppc).browY) : seg.sideEyeRow();
        if (brow.isPresent()) below = (int) Math.max(0, Math.min(h, brow.getAsDouble() - 0.5 * ppc));
        float[] toSkin = Distance.toNearest(skin, w, h);
        double fade = Math.max(1, (shape == Hairline.NONE ? Hairline.SOFT : shape).fadeMm / 10 * ppc);
        for (int i = 0; i < below * w; i++) {
            if (l[i] == LabelMap.SCALP || l[i] == LabelMap.HAIR || l[i] == LabelMap.THINNING) {
                double edge = Math.min(toSkin[i], below - i / w);
                wt[i] = edge >= fade ? 1f : (float) (EDGE_START + (1 - EDGE_START) * smooth(edge / fade));
            }
        }
        return new Result(wt, null);
    }

    /** The designed front hairline: y per column across the forehead (NaN beyond the temples). */
    static double[] design(Face f, PreviewSettings s, double ppc, int w) {
        Hairline shape = s.hairline();
        double height = s.hairlineHeight().unit() == io.smp.engine.units.Length.Unit.PX
                ? s.hairlineHeight().value() : s.hairlineHeight().toMillimetres(Scale.user(ppc)) / 10 * ppc;
        double midY = f.browY - height - shape.heightOffsetCm * ppc;
        double half = f.cornerHalfWidth;
        SplittableRandom rnd = new SplittableRandom(s.seed() * 0x9E3779B97F4A7C15L + 17);
        // asymmetry up to 2 mm, irregularity as a sum of a few seeded waves
        double tilt = (rnd.nextDouble() * 2 - 1) * 0.2 * ppc / Math.max(1, half);
        int waves = 4;
        double[] amp = new double[waves], freq = new double[waves], phase = new double[waves];
        for (int k = 0; k < waves; k++) {
            amp[k] = shape.irregularityMm / 10 * ppc / (k + 1.5);
            freq[k] = (k + 1) * (1.5 + rnd.nextDouble()) / Math.max(1, half);
            phase[k] = rnd.nextDouble() * 2 * Math.PI;
        }
        double temple = 3.0 * ppc;
        double[] ys = new double[w];
        for (int x = 0; x < w; x++) {
            double u = (x + 0.5 - f.midX);
            double au = Math.abs(u);
            double y;
            if (au <= half) {
                y = midY - shape.recessionCm * ppc * Math.pow(au / half, shape.flatness);
            } else if (au <= half + temple) {
                // the temples: from the corner down and back toward the sideburns, a rounded turn
                double t = (au - half) / temple;
                y = midY - shape.recessionCm * ppc + 2.2 * ppc * t * t;
            } else {
                ys[x] = Double.NaN;
                continue;
            }
            for (int k = 0; k < waves; k++) y += amp[k] * Math.sin(freq[k] * u + phase[k]);
            ys[x] = y + tilt * u;
        }
        return ys;
    }

    /** What the face tells about where a hairline goes. */
    record Face(double midX, double browY, double cornerHalfWidth) {
        static Face of(Segmentation seg, double ppc) {
            Box face = seg.face().orElseThrow();
            double midX = face.x() + face.width() / 2.0;
            if (seg.eyes().size() == 2) {
                Box a = seg.eyes().get(0), b = seg.eyes().get(1);
                double eyeY = (a.y() + a.height() / 2.0 + b.y() + b.height() / 2.0) / 2;
                double left = Math.min(a.x(), b.x()), right = Math.max(a.x() + a.width(), b.x() + b.width());
                midX = (left + right) / 2;
                return new Face(midX, eyeY - 1.5 * ppc, (right - left) / 2);
            }
            // a frontal face box: eyes at about 38% of its height, outer eye corners 4.5 cm either side
            double eyeY = face.y() + 0.38 * face.height();
            return new Face(midX, eyeY - 1.5 * ppc, 4.5 * ppc);
        }
    }

    private static float[] fill(byte[] l, int w, int h, Scale scale) {
        float[] wt = new float[l.length];
        for (int i = 0; i < l.length; i++) if (l[i] == LabelMap.THINNING) wt[i] = 1f;
        // bare gaps: small patches of scalp inside hair
        int maxGap = (int) (FILL_GAP_CM2 / scale.cm2PerPixel());
        boolean[] seen = new boolean[l.length];
        int[] stack = new int[l.length];
        for (int s0 = 0; s0 < l.length; s0++) {
            if (seen[s0] || l[s0] != LabelMap.SCALP) continue;
            int n = 0, top = 0;
            stack[top++] = s0;
            seen[s0] = true;
            boolean enclosed = true;
            java.util.List<Integer> members = new java.util.ArrayList<>();
            while (top > 0) {
                int p = stack[--top];
                members.add(p);
                n++;
                int x = p % w, y = p / w;
                int[] nb = {x > 0 ? p - 1 : -1, x < w - 1 ? p + 1 : -1, y > 0 ? p - w : -1, y < h - 1 ? p + w : -1};
                if (x == 0 || y == 0 || x == w - 1 || y == h - 1) enclosed = false;
                for (int q : nb) {
                    if (q < 0) continue;
                    if (l[q] == LabelMap.SCALP) {
                        if (!seen[q]) { seen[q] = true; stack[top++] = q; }
                    } else if (l[q] != LabelMap.HAIR && l[q] != LabelMap.THINNING) {
                        enclosed = false;
                    }
                }
            }
            if (enclosed && n <= maxGap) for (int p : members) wt[p] = 1f;
        }
        return wt;
    }

    private static double smooth(double t) {
        t = Math.max(0, Math.min(1, t));
        return t * t * (3 - 2 * t);
    }
}
