package io.smp.engine.image;

import java.util.Arrays;

/**
 * An upright 8-bit RGB image in plain Java memory, interleaved R,G,B per pixel, row-major.
 * Immutable: {@link #copyPixels()} returns a copy; {@link #wrap(int, int, byte[])} takes ownership of an array its
 * caller promises not to touch again; {@link #internalPixels(RgbImage)} lends the array, read-only, to the engine's
 * own hot loops.
 */
public final class RgbImage {
    private final int width;
    private final int height;
    private final byte[] rgb;

    private RgbImage(int width, int height, byte[] rgb) {
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("image size must be positive: " + width + "x" + height);
        if (rgb.length != (long) width * height * 3) {
            throw new IllegalArgumentException("pixel array has " + rgb.length + " bytes, expected " + (long) width * height * 3);
        }
        this.width = width;
        this.height = height;
        this.rgb = rgb;
    }

    /** Takes ownership of {@code rgb} (no copy); the caller must not modify it afterwards. */
    public static RgbImage wrap(int width, int height, byte[] rgb) {
        return new RgbImage(width, height, rgb);
    }

    public int width() { return width; }

    public int height() { return height; }

    /** Packed 0xRRGGBB of one pixel. */
    public int rgb(int x, int y) {
        int i = (y * width + x) * 3;
        return ((rgb[i] & 0xFF) << 16) | ((rgb[i + 1] & 0xFF) << 8) | (rgb[i + 2] & 0xFF);
    }

    /** One channel (0 red, 1 green, 2 blue) of one pixel, 0..255. */
    public int channel(int x, int y, int c) {
        return rgb[(y * width + x) * 3 + c] & 0xFF;
    }

    public byte[] copyPixels() {
        return rgb.clone();
    }

    /**
     * The pixel array itself, without a copy, for the engine's own hot loops (conversion to OpenCV, rendering).
     * Callers must treat it as read-only.
     */
    public static byte[] internalPixels(RgbImage image) {
        return image.rgb;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RgbImage other && other.width == width && other.height == height && Arrays.equals(other.rgb, rgb);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(rgb);
    }

    @Override
    public String toString() {
        return "RgbImage[" + width + "x" + height + "]";
    }
}
