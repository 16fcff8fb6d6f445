package io.smp.engine.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScoreBreakdownTest {
    private static final List<RealPhotoLabels.Row> ROWS = List.of(
            new RealPhotoLabels.Row("a", "a.jpg", "", "hair255", "front", "full_hair"),
            new RealPhotoLabels.Row("b", "b.jpg", "", "hair255", "front", "short_hair"),
            new RealPhotoLabels.Row("c", "c.jpg", "", "hair255", "mixed", "short_hair"),
            new RealPhotoLabels.Row("d", "d.jpg", "", "hairloss255", "top-down", "level-5"),
            new RealPhotoLabels.Row("e", "e.jpg", "", "", "left", "level-3"));
    private static final String SCORES = """
            a\thair_iou=0.800
            b\thair_iou=0.600
            c\thair_iou=0.300
            d\thairloss_iou=0.500
            x\thair_iou=0.100
            scalp_fraction[full_hair]=0.074(n=1)
            PASS coverage=1.000(5/5) hair_iou=0.567(n=3)
            """;

    @Test
    void perPhotoScoresAreAveragedByViewGroupAndViewFound() {
        Map<String, String> found = Map.of("a", "front", "b", "top", "c", "top", "d", "top", "e", "top");
        String report = ScoreBreakdown.report(ROWS, found, SCORES);
        // "x" is not in the manifest, and the summary line is no photo's score
        assertEquals("""
                hair IoU by view: front 0.700 (n=2), mixed 0.300 (n=1)
                hair IoU by view found: front 0.800 (n=1), top 0.450 (n=2)
                hair IoU by group: full_hair 0.800 (n=1), short_hair 0.450 (n=2)
                hair-loss IoU by view: top-down 0.500 (n=1)
                views found, per view of the manifest:
                front: front 1, top 1
                left: top 1
                mixed: top 1
                top-down: top 1""", report);
    }

    @Test
    void theViewFoundIsReadFromTheViewFilesAndARefusalIsNamed(@TempDir Path pred) throws Exception {
        Files.writeString(pred.resolve("a.view"), "front front 35.21 eyes face 178 221 670 670\n");
        Files.writeString(pred.resolve("c.view"), "mixed none 0 the photo has no colour (grayscale)\n");
        Files.writeString(pred.resolve("d.view"), "unreadable is empty (0 bytes)\n");
        assertEquals(Map.of("a", "front", "c", "refused", "d", "unreadable"), ScoreBreakdown.found(ROWS, pred));
    }
}
