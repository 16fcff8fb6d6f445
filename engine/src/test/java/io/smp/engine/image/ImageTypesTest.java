package io.smp.engine.image;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ImageTypesTest {
    @Test
    void rgbImageChecksItsSizeAndHandsOutCopies() {
        byte[] px = {1, 2, 3, 4, 5, 6};
        RgbImage img = RgbImage.wrap(2, 1, px);
        assertEquals(0x040506, img.rgb(1, 0));
        assertEquals(2, img.channel(0, 0, 1));
        byte[] copy = img.copyPixels();
        copy[0] = 99;
        assertEquals(1, img.channel(0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> RgbImage.wrap(2, 2, px));
        assertThrows(IllegalArgumentException.class, () -> RgbImage.wrap(0, 1, new byte[0]));
    }

    @Test
    void labelMapRejectsUnknownLabelsAndCounts() {
        assertThrows(IllegalArgumentException.class, () -> LabelMap.wrap(2, 1, new byte[]{0, 5}));
        LabelMap m = LabelMap.wrap(3, 1, new byte[]{LabelMap.SCALP, LabelMap.SCALP, LabelMap.HAIR});
        assertArrayEquals(new long[]{0, 0, 2, 1, 0}, m.histogram());
        assertEquals("thinning", LabelMap.name(LabelMap.THINNING));
    }
}
