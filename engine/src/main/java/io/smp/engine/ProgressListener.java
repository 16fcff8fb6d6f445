package io.smp.engine;

/** Receives progress from long operations; the engine never prints, the caller decides what a person sees. */
@FunctionalInterface
public interface ProgressListener {
    /**
     * @param stage    short name of the step now running ("load", "segment", "place", "render", "write")
     * @param fraction overall progress of the current item, 0..1
     */
    void progress(String stage, double fraction);

    ProgressListener NONE = (s, f) -> { };
}
