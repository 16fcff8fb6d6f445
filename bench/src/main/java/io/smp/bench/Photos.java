package io.smp.bench;

import io.smp.engine.synth.SkinTone;
import io.smp.engine.synth.SyntheticHeads;
import io.smp.engine.synth.SyntheticPhoto;

/** Benchmark inputs: synthetic photos at consultation sizes (no real photo is needed to measure speed). */
final class Photos {
    private Photos() {
    }

    /** A top-down bald head at about 12 megapixels (3464 x 3464). */
    static SyntheticPhoto twelveMegapixelTop() {
        return SyntheticHeads.generate(SyntheticHeads.Kind.TOP_BALD, SkinTone.MEDIUM, 3464 / 1200.0, 1);
    }
}
