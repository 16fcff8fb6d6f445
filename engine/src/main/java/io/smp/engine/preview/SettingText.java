package io.smp.engine.preview;

import io.smp.engine.SmpException;
import io.smp.engine.render.Shade;
import io.smp.engine.units.Length;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Preview settings as text, the way a person writes them: on the command line ({@code --density 80}), in preset
 * files ({@code density=80}) and in batch manifests (a {@code density} column). One key per setting, named like
 * the command-line option without its dashes.
 */
public final class SettingText {
    /** Every key, in the order settings are shown to people. */
    public static final List<String> KEYS = List.of(
            "style", "density", "dot-size", "shade", "hairline", "hairline-height", "session", "stage", "seed", "px-per-cm", "head-width");

    private SettingText() {
    }

    public static boolean isKey(String key) {
        return KEYS.contains(normalise(key));
    }

    /** Sets one setting on the builder from its text; throws BAD_SETTINGS naming the key and the accepted values. */
    public static PreviewSettings.Builder apply(PreviewSettings.Builder b, String key, String value) {
        String k = normalise(key);
        String v = value == null ? "" : value.trim();
        if (v.isEmpty()) throw bad(k, "has no value");
        try {
            switch (k) {
                case "style" -> b.style(Style.parse(v));
                case "density" -> b.density(number(k, v));
                case "dot-size" -> b.dotSize(Length.parse(v, Length.Unit.MM));
                case "shade" -> b.shade("auto".equalsIgnoreCase(v) ? Optional.empty() : Optional.of(Shade.parse(v)));
                case "hairline" -> b.hairline(Hairline.parse(v));
                case "hairline-height" -> b.hairlineHeight(Length.parse(v, Length.Unit.CM));
                case "session" -> b.session((int) whole(k, v));
                case "stage" -> b.stage(Stage.parse(v));
                case "seed" -> b.seed(whole(k, v));
                case "px-per-cm" -> b.pxPerCm("auto".equalsIgnoreCase(v) ? Optional.empty() : Optional.of(number(k, v)));
                case "head-width" -> b.headWidth("none".equalsIgnoreCase(v) ? Optional.empty() : Optional.of(headWidth(v)));
                default -> throw bad(k, "is not a setting (settings: " + String.join(", ", KEYS) + ")");
            }
        } catch (IllegalArgumentException e) {
            throw bad(k, e.getMessage());
        }
        return b;
    }

    /** Applies every entry of a map, in its order. */
    public static PreviewSettings.Builder applyAll(PreviewSettings.Builder b, Map<String, String> values) {
        values.forEach((k, v) -> apply(b, k, v));
        return b;
    }

    /** The settings as text, one entry per key; {@code apply}ing them gives back equal settings. */
    public static Map<String, String> of(PreviewSettings s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("style", s.style().id());
        m.put("density", trim(s.densityPerCm2()));
        m.put("dot-size", s.dotSize().toString());
        m.put("shade", s.shade().map(Shade::name).orElse("auto"));
        m.put("hairline", s.hairline().id());
        m.put("hairline-height", s.hairlineHeight().toString());
        m.put("session", Integer.toString(s.session()));
        m.put("stage", s.stage().id());
        m.put("seed", Long.toString(s.seed()));
        m.put("px-per-cm", s.pxPerCm().map(SettingText::trim).orElse("auto"));
        m.put("head-width", s.headWidth().map(Length::toString).orElse("none"));
        return m;
    }

    public static String normalise(String key) {
        String k = key.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return k.startsWith("--") ? k.substring(2) : k;
    }

    private static double number(String k, String v) {
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException e) {
            throw bad(k, "'" + v + "' is not a number");
        }
    }

    private static Length headWidth(String v) {
        try {
            return Length.parse(v, Length.Unit.CM);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + v + "' is not a length; write it in cm or mm, e.g. 16.5cm");
        }
    }

    private static long whole(String k, String v) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw bad(k, "'" + v + "' is not a whole number");
        }
    }

    private static String trim(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static SmpException bad(String key, String what) {
        return new SmpException(SmpException.Kind.BAD_SETTINGS, key + ": " + what);
    }
}
