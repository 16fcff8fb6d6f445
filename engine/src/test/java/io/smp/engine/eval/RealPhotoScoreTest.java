package io.smp.engine.eval;

import io.smp.engine.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Segments all of ../shared/data and scores the label maps with ../shared/tools/ScoreLabels.java, the same tool and
 * data issue 3 is judged by. Skipped when ../shared is absent.
 *
 * <p>The floors below are a ratchet: the scores this segmenter has reached, so that a change that makes it worse
 * fails. Skin (target 0.75) and hair loss (target 0.50) have reached issue 3's targets; hair (target 0.75) has not.
 * Raise each floor when the segmenter improves, never lower it.
 */
class RealPhotoScoreTest {
    static final double MIN_COVERAGE = 1.0;
    static final double MIN_HAIR_IOU = 0.605;
    static final double MIN_SKIN_IOU = 0.92;
    static final double MIN_HAIRLOSS_IOU = 0.51;
    /**
     * Side views (manifest view left or right, 53) found as that side: 11 when only the LBP profile cascade found them,
     * 24 with lone eyes too.
     */
    static final int MIN_SIDES_FOUND = 27;
    /** Views from the top or the back (55) taken for a side: 1 while a profile inside the head was believed. */
    static final int MAX_FALSE_SIDES = 0;
    /** Views from the top or the back (55) taken for a front: 1 while a face the cascade saw on a scalp was kept. */
    static final int MAX_FALSE_FRONTS = 0;

    @Test
    void realPhotosScoreAtLeastTheReachedFloor(@TempDir Path pred) throws Exception {
        Path data = SharedData.require("data");
        Path tool = SharedData.require("tools").resolve("ScoreLabels.java");
        RealPhotoLabels.run(data, pred);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                tool.toString(), "--data", data.toString(), "--pred", pred.toString(),
                "--min-coverage", String.valueOf(MIN_COVERAGE), "--min-hair-iou", String.valueOf(MIN_HAIR_IOU),
                "--min-skin-iou", String.valueOf(MIN_SKIN_IOU), "--min-hairloss-iou", String.valueOf(MIN_HAIRLOSS_IOU)));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        int exit = p.waitFor();
        String[] lines = out.strip().split("\n");
        String summary = lines[lines.length - 1];
        System.out.println("ScoreLabels: " + summary);
        assertEquals(0, exit, "below the floor: " + summary);

        // the share of scalp rises with hair loss: full hair < advanced baldness, and along the Norwood levels' ends
        Map<String, Double> fraction = new TreeMap<>();
        Matcher m = Pattern.compile("scalp_fraction\\[([^]]+)]=([0-9.]+)").matcher(out);
        while (m.find()) fraction.put(m.group(1), Double.parseDouble(m.group(2)));
        String shown = fraction.toString();
        assertTrue(fraction.get("full_hair") < fraction.get("early_recession_thinning"), shown);
        assertTrue(fraction.get("full_hair") < fraction.get("crown_midscalp_loss"), shown);
        assertTrue(fraction.get("early_recession_thinning") < fraction.get("advanced_bald_top_view"), shown);
        assertTrue(fraction.get("crown_midscalp_loss") < fraction.get("advanced_bald_top_view"), shown);
        assertTrue(fraction.get("level-2") < fraction.get("level-7"), shown);
        try (var files = Files.list(pred)) {
            assertTrue(files.anyMatch(f -> f.toString().endsWith(".png")), "no label maps written");
        }
        System.out.println(String.format(Locale.ROOT, "scalp fractions %s", shown));

        // the side views: a side's face below its hairline is face, not scalp, only when the side is found
        int sidesFound = 0, falseSides = 0, falseFronts = 0;
        List<RealPhotoLabels.Row> rows = RealPhotoLabels.manifest(data);
        for (RealPhotoLabels.Row r : rows) {
            String[] info = Files.readString(pred.resolve(r.id() + ".view")).split(" ");
            String found = info[1];
            boolean side = found.equals("left") || found.equals("right");
            // seen from the side, the head's widest row is its length, not its width
            if (side) assertEquals("head-length", info[3].strip(), r.id() + " seen from the side: " + String.join(" ", info));
            if (r.view().equals("left") || r.view().equals("right")) {
                if (found.equals(r.view())) sidesFound++;
            } else if (r.view().equals("top-down") || r.view().equals("back")) {
                if (side) falseSides++;
                if (found.equals("front")) falseFronts++;
            }
        }
        String sides = sidesFound + " side views found as their side, " + falseSides + " top or back views taken for a side, "
                + falseFronts + " for a front";
        System.out.println(sides);
        System.out.println(ScoreBreakdown.report(rows, ScoreBreakdown.found(rows, pred), out));
        assertTrue(sidesFound >= MIN_SIDES_FOUND, sides);
        assertTrue(falseSides <= MAX_FALSE_SIDES, sides);
        assertTrue(falseFronts <= MAX_FALSE_FRONTS, sides);
    }
}
