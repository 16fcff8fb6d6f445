package io.smp.engine.image;

import java.util.Arrays;

/**
 * Per-pixel labels of an upright photo, one byte per pixel: what each pixel shows.
 * Immutable, like {@link RgbImage}.
 */
public final class LabelMap {
    /** Anything that is not the person's skin or hair: walls, clothes, hats, glasses, hands. */
    public static final byte BACKGROUND = 0;
    /** Skin that is not scalp: face (forehead below the hairline included), ears, neck, body. */
    public static final byte SKIN = 1;
    /** Bare scalp: hairless or shaved skin of the head above the hairline. */
    public static final byte SCALP = 2;
    /** Dense hair, beard included. */
    public static final byte HAIR = 3;
    /** Thinning hair: hair-bearing scalp where the skin shows through. */
    public static final byte THINNING = 4;
    /** Number of labels; values are 0 .. COUNT-1. */
    public static final int COUNT = 5;

    private static final String[] NAMES = {"background", "skin", "scalp", "hair", "thinning"};

    private final int width;
    private final int height;
    private final byte[] labels;

    private LabelMap(int width, int height, byte[] labels) {
        if (labels.length != (long) width * height) throw new IllegalArgumentException("label array size does not match " + width + "x" + height);
        for (byte b : labels) {
            if (b < 0 || b >= COUNT) throw new IllegalArgumentException("label value out of range: " + b);
        }
        this.width = width;
        this.height = height;
        this.labels = labels;
    }

    /** Takes ownership of {@code labels} (no copy). */
    public static LabelMap wrap(int width, int height, byte[] labels) {
        return new LabelMap(width, height, labels);
    }

    public static String name(int label) {
        return NAMES[label];
    }

    public int width() { return width; }

    public int height() { return height; }

    public int get(int x, int y) {
        return labels[y * width + x];
    }

    /** The label array itself for the engine's hot loops; read-only. */
    public static byte[] internalLabels(LabelMap map) {
        return map.labels;
    }

    /** Pixel count per label, indexed by label value. */
    public long[] histogram() {
        long[] h = new long[COUNT];
        for (byte b : labels) h[b]++;
        return h;
    }

    public long count(int label) {
        return histogram()[label];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelMap m && m.width == width && m.height == height && Arrays.equals(m.labels, labels);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(labels);
    }
}
