package io.smp.samples;

import io.smp.engine.io.ImageLoader;
import io.smp.engine.synth.SyntheticHeads;
import io.smp.engine.synth.SyntheticPhoto;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The committed sample photos are exactly what the generator makes (so anyone can regenerate them). */
class SamplesTest {
    static final Path PHOTOS = Path.of("photos");

    @Test
    void committedSamplesMatchTheGenerator() {
        for (SyntheticPhoto p : SyntheticHeads.sampleSet()) {
            Path f = PHOTOS.resolve(p.name() + ".png");
            assertTrue(Files.exists(f), f + " missing: run ./smp samples -o samples/photos");
            assertEquals(p.photo(), new ImageLoader().load(f).image(), f + " differs from the generator: run ./smp samples -o samples/photos");
        }
    }

    @Test
    void embedExampleRuns(@org.junit.jupiter.api.io.TempDir Path out) {
        EmbedExample.main(new String[]{PHOTOS.resolve("top-bald-medium.png").toString(), out.toString()});
        assertTrue(Files.exists(out.resolve("embed-example.after.jpg")));
    }
}
