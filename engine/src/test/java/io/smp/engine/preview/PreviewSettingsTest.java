package io.smp.engine.preview;

import io.smp.engine.SmpException;
import io.smp.engine.units.Length;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreviewSettingsTest {
    @Test
    void defaultsAreTheDocumentedOnes() {
        PreviewSettings s = PreviewSettings.builder().build();
        assertEquals(Style.BUZZ, s.style());
        assertEquals(80, s.densityPerCm2());
        assertEquals(Length.mm(0.15), s.dotSize());
        assertEquals(3, s.session());
        assertEquals(Stage.HEALED, s.stage());
        assertTrue(s.shade().isEmpty());
    }

    @Test
    void reportsEveryProblemAtOnce() {
        SmpException e = assertThrows(SmpException.class, () -> PreviewSettings.builder()
                .density(500).dotSize(Length.mm(3)).session(7).build());
        assertEquals(SmpException.Kind.BAD_SETTINGS, e.kind());
        assertTrue(e.getMessage().contains("density") && e.getMessage().contains("dot size") && e.getMessage().contains("session"), e.getMessage());
    }
}
