package io.smp.bench;

import io.smp.engine.image.RgbImage;
import io.smp.engine.segment.Segmentation;
import io.smp.engine.segment.Segmenter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Optional;

/** Segmentation of a 12 MP photo, labels back at full size (target: under 1.5 s on 2 cores). */
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class SegmentBench extends MedianBench {
    RgbImage image;
    Segmenter segmenter;

    @Setup
    public void setup() {
        image = Photos.twelveMegapixelTop().photo();
        segmenter = Segmenter.create();
    }

    @Benchmark
    public Segmentation segment12mp() {
        return segmenter.segment(image, Optional.empty());
    }
}
