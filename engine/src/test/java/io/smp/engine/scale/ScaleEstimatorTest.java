package io.smp.engine.scale;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScaleEstimatorTest {
    @Test
    void prefersEyesThenFaceThenHead() {
        Scale eyes = ScaleEstimator.estimate(Optional.of(63.0), Optional.of(200.0), Optional.of(600.0)).orElseThrow();
        assertEquals(Scale.Source.EYES, eyes.source());
        assertEquals(10.0, eyes.pxPerCm(), 1e-9);
        Scale face = ScaleEstimator.estimate(Optional.empty(), Optional.of(320.0), Optional.of(600.0)).orElseThrow();
        assertEquals(Scale.Source.FACE_WIDTH, face.source());
        assertEquals(20.0, face.pxPerCm(), 1e-9); // a 16 cm face box
        Scale head = ScaleEstimator.estimate(Optional.empty(), Optional.empty(), Optional.of(600.0)).orElseThrow();
        assertEquals(Scale.Source.HEAD_WIDTH, head.source());
        assertEquals(40.0, head.pxPerCm(), 1e-9);
        assertTrue(eyes.uncertainty() < face.uncertainty() && face.uncertainty() < head.uncertainty());
        assertTrue(ScaleEstimator.estimate(Optional.empty(), Optional.empty(), Optional.empty()).isEmpty());
    }

    @Test
    void userScaleIsExactAndAreaConvertsSquared() {
        Scale s = Scale.user(50);
        assertEquals(0, s.uncertainty());
        assertEquals(1 / 2500.0, s.cm2PerPixel(), 1e-12);
    }
}
