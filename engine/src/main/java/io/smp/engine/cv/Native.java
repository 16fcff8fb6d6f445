package io.smp.engine.cv;

import org.opencv.core.Mat;

/**
 * Try-with-resources wrapper that releases a Mat's native memory when the block ends, so native buffers never
 * wait for the garbage collector (12-megapixel Mats are 36 MB each).
 */
public final class Native<T extends Mat> implements AutoCloseable {
    private final T mat;

    private Native(T mat) {
        this.mat = mat;
    }

    public static <T extends Mat> Native<T> of(T mat) {
        return new Native<>(mat);
    }

    public T get() {
        return mat;
    }

    @Override
    public void close() {
        mat.release();
    }
}
