package io.smp.bench;

import io.smp.engine.image.RgbImage;
import io.smp.engine.segment.Segmentation;
import io.smp.engine.segment.Segmenter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Segmentation of a 12 MP photo, labels back at full size (target: under 1.5 s on 2 cores). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class SegmentBench {
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
