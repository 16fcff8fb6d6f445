package io.smp.engine.synth;

import io.smp.engine.image.LabelMap;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticHeadsTest {
    @Test
    void sameArgumentsSameBytes() {
        SyntheticPhoto a = SyntheticHeads.generate(SyntheticHeads.Kind.TOP_BALD, SkinTone.MEDIUM, 0.3, 1);
        SyntheticPhoto b = SyntheticHeads.generate(SyntheticHeads.Kind.TOP_BALD, SkinTone.MEDIUM, 0.3, 1);
        assertEquals(a.photo(), b.photo());
        assertEquals(a.truth(), b.truth());
    }

    @Test
    void eachKindHasTheLabelsItPromises() {
        for (SyntheticHeads.Kind k : SyntheticHeads.Kind.values()) {
            SyntheticPhoto p = SyntheticHeads.generate(k, SkinTone.LIGHT, 0.3, 1);
            long[] h = p.truth().histogram();
            assertTrue(h[LabelMap.BACKGROUND] > 0 && h[LabelMap.SCALP] > 0 && h[LabelMap.HAIR] > 0, k + ": " + java.util.Arrays.toString(h));
            if (k == SyntheticHeads.Kind.CROWN_THINNING) assertTrue(h[LabelMap.THINNING] > 0);
            if (k == SyntheticHeads.Kind.FRONT_RECEDING) assertTrue(h[LabelMap.SKIN] > 0);
        }
    }

    @Test
    void scaleIsExact() {
        SyntheticPhoto p = SyntheticHeads.generate(SyntheticHeads.Kind.TOP_BALD, SkinTone.DARK, 1.0, 1);
        assertEquals(55.0, p.pxPerCm(), 1e-9);
        // the head is 15 cm wide; with the ears sticking out the widest row of head labels is 15 to 16.5 cm
        int widest = 0;
        for (int y = 0; y < p.truth().height(); y++) {
            int x0 = -1, x1 = -1;
            for (int x = 0; x < p.truth().width(); x++) {
                int l = p.truth().get(x, y);
                if (l != LabelMap.BACKGROUND) { if (x0 < 0) x0 = x; x1 = x; }
            }
            widest = Math.max(widest, x1 - x0 + 1);
        }
        double cm = widest / p.pxPerCm();
        assertTrue(cm >= 15.0 && cm <= 16.5, "widest row " + cm + " cm");
    }
}
