package io.smp.engine.units;

import io.smp.engine.scale.Scale;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A length with its unit: millimetres, centimetres or pixels. Converted to pixels in one place,
 * {@link #toPixels(Scale)}, with the photo's scale. Never pass a bare double that might be mm or px.
 */
public record Length(double value, Unit unit) {
    public enum Unit {
        MM("mm"), CM("cm"), PX("px");

        private final String symbol;

        Unit(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    private static final Pattern SYNTAX = Pattern.compile("\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(mm|cm|px)?\\s*",
            Pattern.CASE_INSENSITIVE);

    public Length {
        if (!Double.isFinite(value) || value < 0) throw new IllegalArgumentException("a length must be a finite number >= 0: " + value);
    }

    public static Length mm(double v) { return new Length(v, Unit.MM); }

    public static Length cm(double v) { return new Length(v, Unit.CM); }

    public static Length px(double v) { return new Length(v, Unit.PX); }

    /**
     * Parses "0.15mm", "0.15 mm", "8cm", "3px". A bare number takes {@code defaultUnit}.
     *
     * @throws IllegalArgumentException with a message naming the accepted forms
     */
    public static Length parse(String text, Unit defaultUnit) {
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a length; write a number with mm, cm or px, e.g. 0.15mm or 3px");
        }
        double v = Double.parseDouble(m.group(1));
        Unit u = m.group(2) == null ? defaultUnit : Unit.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        return new Length(v, u);
    }

    public double toPixels(Scale scale) {
        return switch (unit) {
            case PX -> value;
            case MM -> value / 10.0 * scale.pxPerCm();
            case CM -> value * scale.pxPerCm();
        };
    }

    public double toMillimetres(Scale scale) {
        return switch (unit) {
            case PX -> value / scale.pxPerCm() * 10.0;
            case MM -> value;
            case CM -> value * 10.0;
        };
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s%s", stripZeros(value), unit.symbol());
    }

    private static String stripZeros(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
