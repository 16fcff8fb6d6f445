package io.smp.engine.preview;

import java.util.Locale;

/**
 * The named hairline shapes practitioners design (see the domain notes): how far the front-temporal corners sit
 * above the midline, how flat the front is, how wide the faded edge is, how far stray dots reach ahead of it,
 * and how irregular the line is.
 */
public enum Hairline {
    /** Soft or broken: feathered, natural; the default. */
    SOFT(1.0, 0.0, 2.0, 4.0, 3.0, 1.5),
    /** Sharp or defined: a crisp barber line-up. */
    SHARP(1.5, 0.0, 4.0, 1.0, 0.0, 0.3),
    /** Mature or receded: corners higher, suits older clients. */
    MATURE(2.2, 0.5, 1.6, 3.0, 2.0, 1.2),
    /** Straight or juvenile: lower and flatter (rarely advised). */
    STRAIGHT(0.3, -0.5, 4.0, 3.0, 2.0, 1.0),
    /** No designed line: the scalp as segmented, its edge faded. */
    NONE(0, 0, 2, 3.0, 0.0, 0.0);

    /** Corners above the midline, cm. */
    public final double recessionCm;
    /** Added to the hairline height, cm (mature sits higher, straight lower). */
    public final double heightOffsetCm;
    /** Exponent of the front curve between the corners: higher is flatter in the middle. */
    public final double flatness;
    /** Width of the edge over which density and darkness fade in, mm. */
    public final double fadeMm;
    /** How far ahead of the line stray dots reach, mm. */
    public final double straysMm;
    /** Amplitude of the line's irregularity, mm. */
    public final double irregularityMm;

    Hairline(double recessionCm, double heightOffsetCm, double flatness, double fadeMm, double straysMm, double irregularityMm) {
        this.recessionCm = recessionCm;
        this.heightOffsetCm = heightOffsetCm;
        this.flatness = flatness;
        this.fadeMm = fadeMm;
        this.straysMm = straysMm;
        this.irregularityMm = irregularityMm;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Hairline parse(String s) {
        for (Hairline h : values()) if (h.id().equals(s.trim().toLowerCase(Locale.ROOT))) return h;
        throw new IllegalArgumentException("unknown hairline '" + s + "' (choose soft, sharp, mature, straight or none)");
    }
}
