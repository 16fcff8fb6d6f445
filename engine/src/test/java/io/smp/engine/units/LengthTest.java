package io.smp.engine.units;

import io.smp.engine.scale.Scale;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LengthTest {
    @Test
    void parsesUnitsAndConvertsWithTheScale() {
        Scale s = Scale.user(40);
        assertEquals(0.6, Length.parse("0.15mm", Length.Unit.MM).toPixels(s), 1e-9);
        assertEquals(0.6, Length.parse("0.15", Length.Unit.MM).toPixels(s), 1e-9);
        assertEquals(320, Length.parse("8 cm", Length.Unit.MM).toPixels(s), 1e-9);
        assertEquals(3, Length.parse("3px", Length.Unit.MM).toPixels(s), 1e-9);
        assertEquals(0.75, Length.parse("3px", Length.Unit.MM).toMillimetres(s), 1e-9);
        assertEquals("0.15mm", Length.mm(0.15).toString());
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> Length.parse("big", Length.Unit.MM));
        assertThrows(IllegalArgumentException.class, () -> Length.parse("-1mm", Length.Unit.MM));
        assertThrows(IllegalArgumentException.class, () -> Length.parse("2 inch", Length.Unit.MM));
    }
}
