package io.smp.engine.preview;

import io.smp.engine.SmpException;
import io.smp.engine.scale.ScaleOverride;
import io.smp.engine.units.Length;
import org.junit.jupiter.api.Test;

import java.util.Optional;

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

    /** A head width in cm or mm becomes the scale override; it survives the text round trip; px is refused. */
    @Test
    void aHeadWidthIsALengthOnTheClient() {
        PreviewSettings s = SettingText.apply(PreviewSettings.builder(), "head-width", "165mm").build();
        assertEquals(Optional.of(new ScaleOverride.HeadWidth(16.5)), s.scaleOverride());
        assertEquals(s, SettingText.applyAll(PreviewSettings.builder(), SettingText.of(s)).build());
        assertEquals(Optional.of(new ScaleOverride.PxPerCm(40)), PreviewSettings.builder().pxPerCm(Optional.of(40.0)).build().scaleOverride());
        assertTrue(PreviewSettings.builder().build().scaleOverride().isEmpty());
        for (String bad : new String[]{"300px", "4cm", "40"}) {
            SmpException e = assertThrows(SmpException.class, () -> SettingText.apply(PreviewSettings.builder(), "head-width", bad).build());
            assertTrue(e.getMessage().contains("head width"), e.getMessage());
        }
        SmpException both = assertThrows(SmpException.class, () -> PreviewSettings.builder()
                .pxPerCm(Optional.of(40.0)).headWidth(Optional.of(Length.cm(16))).build());
        assertTrue(both.getMessage().contains("either px-per-cm or head-width"), both.getMessage());
    }
}
