package io.smp.bench;

import io.smp.engine.image.RgbImage;
import io.smp.engine.io.ImageEncoder;
import io.smp.engine.io.ImageLoader;
import io.smp.engine.io.LoadedImage;
import io.smp.engine.io.OutputFormat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

import java.nio.file.Files;
import java.nio.file.Path;

/** Decode a 12 MP JPEG (upright, checked) and encode the after-image; sample time gives the median (p0.50). */
public class ImageIoBench extends MedianBench {
    RgbImage image;
    Path jpeg;

    @Setup
    public void setup() throws Exception {
        image = Photos.twelveMegapixelTop().photo();
        jpeg = Files.createTempFile("smp-bench", ".jpg");
        Files.write(jpeg, ImageEncoder.encode(image, OutputFormat.JPG, 92));
    }

    @TearDown
    public void tearDown() throws Exception {
        Files.deleteIfExists(jpeg);
    }

    @Benchmark
    public LoadedImage load12mpJpeg() {
        return new ImageLoader().load(jpeg);
    }

    @Benchmark
    public byte[] encode12mpJpeg() {
        return ImageEncoder.encode(image, OutputFormat.JPG, 92);
    }
}
