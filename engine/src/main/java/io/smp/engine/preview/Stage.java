package io.smp.engine.preview;

import java.util.Locale;

/** How long after the last session the preview shows the result. */
public enum Stage {
    /** Day 0: dots darker and larger, skin reddened around the treated area. */
    FRESH(1.6, 1.0, 0.35),
    /** Healed, 4 to 6 weeks: final size and shade. */
    HEALED(1.0, 0.85, 0.0),
    /** Years 3 to 6: faded and slightly softened. */
    AGED(1.15, 0.6, 0.0);

    /** Diameter relative to the healed size. */
    public final double sizeFactor;
    /** Opacity of a fully covered pixel. */
    public final double opacity;
    /** Strength of the redness around the treated area (0 none). */
    public final double redness;

    Stage(double sizeFactor, double opacity, double redness) {
        this.sizeFactor = sizeFactor;
        this.opacity = opacity;
        this.redness = redness;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Stage parse(String s) {
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "fresh" -> FRESH;
            case "healed" -> HEALED;
            case "aged" -> AGED;
            default -> throw new IllegalArgumentException("unknown stage '" + s + "' (choose fresh, healed or aged)");
        };
    }
}
