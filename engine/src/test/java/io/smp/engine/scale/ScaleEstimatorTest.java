package io.smp.engine.scale;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    /** Seen from the side the head's widest row is its length, 21 cm: longer than its width, so fewer px per cm. */
    @Test
    void aHeadSeenFromTheSideIsMeasuredAlongItsLength() {
        Scale side = ScaleEstimator.fromHeadLength(840).orElseThrow();
        assertEquals(Scale.Source.HEAD_LENGTH, side.source());
        assertEquals(40.0, side.pxPerCm(), 1e-9);
        assertEquals("head-length", side.source().id());
        assertTrue(ScaleEstimator.fromHeadLength(0).isEmpty());
        // the same row taken as a width would make every dot and centimetre 1.4 times too large
        Scale asWidth = ScaleEstimator.estimate(Optional.empty(), Optional.empty(), Optional.of(840.0)).orElseThrow();
        assertEquals(1.4, asWidth.pxPerCm() / side.pxPerCm(), 1e-9);
    }

    /** A measured head width sets a side view's scale through the adult head's length-to-width proportion. */
    @Test
    void aMeasuredHeadWidthScalesASideViewInProportion() {
        ScaleOverride width = new ScaleOverride.HeadWidth(16);
        assertEquals(600 / 16.0, width.scale(600).pxPerCm(), 1e-9);
        Scale side = width.scaleFromLength(840);
        assertEquals(840 / (16 * 1.4), side.pxPerCm(), 1e-9);
        assertEquals(Scale.Source.USER_HEAD_WIDTH, side.source());
        assertTrue(side.uncertainty() > width.scale(600).uncertainty(), "the proportion adds its spread");
        assertEquals(Scale.user(30), new ScaleOverride.PxPerCm(30).scaleFromLength(840));
        assertThrows(IllegalArgumentException.class, () -> width.scaleFromLength(0));
    }

    @Test
    void userScaleIsExactAndAreaConvertsSquared() {
        Scale s = Scale.user(50);
        assertEquals(0, s.uncertainty());
        assertEquals(1 / 2500.0, s.cm2PerPixel(), 1e-12);
    }
}
