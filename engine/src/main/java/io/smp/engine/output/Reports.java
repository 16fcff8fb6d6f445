package io.smp.engine.output;

import io.smp.engine.image.LabelMap;
import io.smp.engine.place.Dot;
import io.smp.engine.preview.PreviewResult;
import io.smp.engine.preview.PreviewSettings;
import io.smp.engine.segment.Box;
import io.smp.engine.segment.Segmentation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON reports and CSV tables the engine writes beside its images. */
public final class Reports {
    private Reports() {
    }

    /** What segmentation found: view, scale, areas, face and eyes. */
    public static Map<String, Object> segmentation(Segmentation s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("width", s.labels().width());
        m.put("height", s.labels().height());
        m.put("view", s.view().id());
        m.put("scale", scale(s));
        m.put("scalp_area_cm2", round(s.scalpAreaCm2(), 2));
        m.put("thinning_area_cm2", round(s.thinningAreaCm2(), 2));
        long[] hist = s.labels().histogram();
        double n = (double) s.labels().width() * s.labels().height();
        Map<String, Object> fr = new LinkedHashMap<>();
        for (int l = 0; l < LabelMap.COUNT; l++) fr.put(LabelMap.name(l), round(hist[l] / n, 4));
        m.put("label_fractions", fr);
        m.put("face", s.face().map(Reports::box).orElse(null));
        m.put("eyes", s.eyes().stream().map(Reports::box).toList());
        m.put("warnings", s.warnings());
        return m;
    }

    private static Map<String, Object> scale(Segmentation s) {
        Map<String, Object> sc = new LinkedHashMap<>();
        sc.put("px_per_cm", round(s.scale().pxPerCm(), 3));
        sc.put("source", s.scale().source().id());
        sc.put("uncertainty", round(s.scale().uncertainty(), 3));
        return sc;
    }

    /** The preview report: settings asked for, what was achieved, at which scale. */
    public static Map<String, Object> preview(PreviewResult r, String input) {
        PreviewSettings st = r.settings();
        Segmentation s = r.segmentation();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("input", input);
        m.put("width", s.labels().width());
        m.put("height", s.labels().height());
        m.put("view", s.view().id());
        m.put("px_per_cm", round(s.scale().pxPerCm(), 3));
        m.put("scale_source", s.scale().source().id());
        m.put("scale_uncertainty", round(s.scale().uncertainty(), 3));
        m.put("style", st.style().id());
        m.put("treated_area_cm2", round(r.treatedAreaCm2(), 3));
        m.put("mask_area_cm2", round(r.maskAreaCm2(), 3));
        m.put("dot_count", r.dots().size());
        m.put("density_per_cm2", round(r.achievedDensityPerCm2(), 2));
        m.put("requested_density_per_cm2", st.densityPerCm2());
        m.put("target_density_per_cm2", round(r.targetDensity(), 2));
        m.put("dot_diameter_mm", round(r.dotDiameterMm(), 4));
        m.put("dot_diameter_px", round(r.dots().stream().mapToDouble(Dot::diameterPx).average().orElse(0), 3));
        m.put("shade", r.shade().name());
        m.put("shade_rgb", r.shade().hex());
        m.put("session", st.session());
        m.put("stage", st.stage().id());
        m.put("seed", st.seed());
        m.put("hairline", st.hairline().id());
        m.put("hairline_height", st.hairlineHeight().toString());
        m.put("settings", io.smp.engine.preview.SettingText.of(st));
        m.put("notes", r.notes());
        m.put("warnings", s.warnings());
        return m;
    }

    /** Caption lines for comparisons: the settings and the scale, in ASCII (the drawing font has no symbols). */
    public static List<String> caption(PreviewResult r) {
        PreviewSettings st = r.settings();
        return List.of(
                String.format(Locale.ROOT, "%s, %.0f dots/cm2, dots %.2f mm, shade %s %s, session %d of 3, %s",
                        st.style().id(), st.densityPerCm2(), r.dotDiameterMm(), r.shade().name(), r.shade().hex(), st.session(), st.stage().id()),
                String.format(Locale.ROOT, "scale %.1f px/cm (%s, +-%.0f%%), treated %.0f cm2, %d dots, seed %d",
                        r.segmentation().scale().pxPerCm(), r.segmentation().scale().source().id(),
                        r.segmentation().scale().uncertainty() * 100, r.treatedAreaCm2(), r.dots().size(), st.seed()));
    }

    /** Dots as CSV: header, then x,y,diameter_px,session,darkness in upright pixel coordinates. */
    public static String dotsCsv(List<Dot> dots) {
        StringBuilder sb = new StringBuilder(dots.size() * 32 + 64);
        sb.append("x,y,diameter_px,session,darkness\n");
        for (Dot d : dots) {
            sb.append(String.format(Locale.ROOT, "%.2f,%.2f,%.3f,%d,%.3f\n", d.x(), d.y(), d.diameterPx(), d.session(), d.darkness()));
        }
        return sb.toString();
    }

    private static Map<String, Object> box(Box b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("x", b.x());
        m.put("y", b.y());
        m.put("width", b.width());
        m.put("height", b.height());
        return m;
    }

    static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
