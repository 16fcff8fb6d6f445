package io.smp.engine.preview;

import java.util.Locale;

/** What the treatment is for. */
public enum Style {
    /** Shaved-head illusion: the whole scalp behind the hairline, evenly. */
    BUZZ,
    /** Density under long hair: dots only where skin shows through thinning hair. */
    FILL,
    /** Scar camouflage: dots over a scar given as a mask or polygon, at the surrounding density. */
    SCAR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Style parse(String s) {
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "buzz", "buzz-cut" -> BUZZ;
            case "fill", "thinning-fill" -> FILL;
            case "scar" -> SCAR;
            default -> throw new IllegalArgumentException("unknown style '" + s + "' (choose buzz, fill or scar)");
        };
    }
}
