package io.smp.engine.io;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Image formats the engine reads, recognised by their first bytes, never by the file name. */
public enum ImageFormat {
    JPEG("jpg"), PNG("png"), WEBP("webp"), TIFF("tiff"), BMP("bmp"), GIF("gif");

    private final String extension;

    ImageFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** "JPEG, PNG, WebP, TIFF, BMP, GIF": for error messages. */
    public static String supportedList() {
        return Arrays.stream(values()).map(f -> f == WEBP ? "WebP" : f.name()).collect(Collectors.joining(", "));
    }

    /** The format these leading bytes announce, if it is one we read. */
    public static Optional<ImageFormat> sniff(byte[] head) {
        if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) return Optional.of(JPEG);
        if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return Optional.of(PNG);
        if (startsWith(head, 0, 'R', 'I', 'F', 'F') && startsWith(head, 8, 'W', 'E', 'B', 'P')) return Optional.of(WEBP);
        if (startsWith(head, 0, 'I', 'I', 0x2A, 0x00) || startsWith(head, 0, 'M', 'M', 0x00, 0x2A)) return Optional.of(TIFF);
        if (startsWith(head, 0, 'B', 'M') && head.length >= 26) return Optional.of(BMP);
        if (startsWith(head, 0, 'G', 'I', 'F', '8')) return Optional.of(GIF);
        return Optional.empty();
    }

    /**
     * A name for well-known formats we do not read (HEIC, AVIF, JPEG 2000, ...), so the error can say
     * "HEIC is not supported" instead of "not an image".
     */
    public static Optional<String> sniffUnsupported(byte[] head) {
        if (head.length >= 12 && startsWith(head, 4, 'f', 't', 'y', 'p')) {
            String brand = new String(head, 8, 4, java.nio.charset.StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
            if (brand.startsWith("hei") || brand.startsWith("hev") || brand.equals("mif1") || brand.equals("msf1")) return Optional.of("HEIC/HEIF");
            if (brand.startsWith("avi")) return Optional.of("AVIF");
            return Optional.of("ISO media (" + brand.trim() + ")");
        }
        if (startsWith(head, 0, 0x00, 0x00, 0x00, 0x0C, 'j', 'P')) return Optional.of("JPEG 2000");
        if (startsWith(head, 0, '%', 'P', 'D', 'F')) return Optional.of("PDF");
        if (startsWith(head, 0, '8', 'B', 'P', 'S')) return Optional.of("Photoshop PSD");
        if (startsWith(head, 0, 0xFF, 0x0A) || startsWith(head, 0, 0x00, 0x00, 0x00, 0x0C, 'J', 'X', 'L')) return Optional.of("JPEG XL");
        return Optional.empty();
    }

    private static boolean startsWith(byte[] a, int offset, int... magic) {
        if (a.length < offset + magic.length) return false;
        for (int i = 0; i < magic.length; i++) {
            if ((a[offset + i] & 0xFF) != magic[i]) return false;
        }
        return true;
    }
}
