package io.smp.engine.io;

import java.util.Locale;

/** Formats the engine writes. JPEG for previews (small, opens anywhere), PNG lossless, WebP small and sharp. */
public enum OutputFormat {
    JPG("jpg"), PNG("png"), WEBP("webp");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static OutputFormat parse(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "jpg", "jpeg" -> JPG;
            case "png" -> PNG;
            case "webp" -> WEBP;
            default -> throw new IllegalArgumentException("unknown output format '" + s + "' (choose jpg, png or webp)");
        };
    }

    @Override
    public String toString() {
        return extension;
    }
}
