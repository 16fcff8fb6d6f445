package io.smp.engine.io;

/**
 * Size limits checked on every input, from the file header before any pixel is decoded.
 *
 * @param maxPixels   largest accepted width x height; default 60 megapixels (a 60 MP photo needs about 180 MB
 *                    decoded). Larger headers are refused before decoding, so a "decompression bomb" costs nothing.
 * @param minSide     smallest accepted width and height in pixels; default 100 (a head needs at least that much
 *                    to be recognised; typical phone photos are 640 to 4000 px).
 * @param maxFileBytes largest accepted file size; default 512 MB.
 */
public record ImageLimits(long maxPixels, int minSide, long maxFileBytes) {
    public static final long DEFAULT_MAX_PIXELS = 60_000_000L;
    public static final int DEFAULT_MIN_SIDE = 100;
    public static final long DEFAULT_MAX_FILE_BYTES = 512L * 1024 * 1024;

    public ImageLimits {
        if (maxPixels < 1) throw new IllegalArgumentException("maxPixels must be positive: " + maxPixels);
        if (minSide < 1) throw new IllegalArgumentException("minSide must be positive: " + minSide);
        if (maxFileBytes < 1) throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
    }

    public static ImageLimits defaults() {
        return new ImageLimits(DEFAULT_MAX_PIXELS, DEFAULT_MIN_SIDE, DEFAULT_MAX_FILE_BYTES);
    }

    public ImageLimits withMaxPixels(long max) {
        return new ImageLimits(max, minSide, maxFileBytes);
    }
}
