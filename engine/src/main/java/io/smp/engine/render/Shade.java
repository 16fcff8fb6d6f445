package io.smp.engine.render;

import java.util.Locale;

/**
 * The pigment's colour as it reads under skin: diluted carbon black, always slightly cool (blue-grey), never pure
 * black. Applied as a multiply, so the photo's lighting and skin texture stay visible through the dots.
 *
 * @param name shade name as the user gave it (light, medium, dark, auto or #RRGGBB)
 * @param rgb  0xRRGGBB of the ink as it shows in the skin
 */
public record Shade(String name, int rgb) {
    public static final Shade LIGHT = new Shade("light", 0x6A6F78);
    public static final Shade MEDIUM = new Shade("medium", 0x4A4F59);
    public static final Shade DARK = new Shade("dark", 0x30343C);

    public static Shade parse(String s) {
        String v = s.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "light" -> LIGHT;
            case "medium" -> MEDIUM;
            case "dark" -> DARK;
            default -> {
                if (v.matches("#[0-9a-f]{6}")) yield new Shade(v, Integer.parseInt(v.substring(1), 16));
                throw new IllegalArgumentException("unknown shade '" + s + "' (choose auto, light, medium, dark or #RRGGBB)");
            }
        };
    }

    public String hex() {
        return String.format(Locale.ROOT, "#%06X", rgb);
    }
}
