package io.smp.cli;

import io.smp.engine.io.ImageEncoder;
import io.smp.engine.io.OutputFormat;
import io.smp.engine.report.Json;
import io.smp.engine.synth.SkinTone;
import io.smp.engine.synth.SyntheticHeads;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchSheetPresetTest {
    @TempDir
    static Path dir;
    static Path photos;

    /** 7 good synthetic photos and 1 broken file. */
    @BeforeAll
    static void folder() throws Exception {
        photos = dir.resolve("photos");
        Files.createDirectories(photos);
        SyntheticHeads.Kind[] kinds = SyntheticHeads.Kind.values();
        SkinTone[] tones = SkinTone.values();
        for (int i = 0; i < 7; i++) {
            var p = SyntheticHeads.generate(kinds[i % kinds.length], tones[i % tones.length], 0.45, 10 + i);
            Files.write(photos.resolve("client-" + i + ".jpg"), ImageEncoder.encode(p.photo(), OutputFormat.JPG, 92));
        }
        Files.writeString(photos.resolve("broken.jpg"), "this is not a photo");
    }

    @Test
    void aBatchRunsEveryGoodPhotoReportsTheBrokenOneAndSkipsWhatIsDone() throws Exception {
        Path out = dir.resolve("batch-out");
        CliRun r = CliRun.of("batch", "-o", out.toString(), photos.toString());
        assertEquals(1, r.code(), r.toString());
        assertEquals(7, count(out, ".after.jpg"));
        try (Stream<Path> s = Files.list(out)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith("broken")), "no output for the broken file");
        }
        Map<?, ?> report = (Map<?, ?>) Json.read(Files.readString(out.resolve("batch-report.json")));
        Map<?, ?> counts = (Map<?, ?>) report.get("counts");
        assertEquals(8.0, counts.get("total"));
        assertEquals(7.0, counts.get("done"));
        assertEquals(1.0, counts.get("failed"));
        List<?> failures = (List<?>) report.get("failures");
        assertEquals(1, failures.size());
        assertTrue(((Map<?, ?>) failures.get(0)).get("input").toString().endsWith("broken.jpg"));
        assertTrue(((Map<?, ?>) failures.get(0)).get("error").toString().contains("not an image"));
        assertTrue(r.err().contains("[8/8]") && r.err().contains("7 done, 0 skipped, 1 failed"), r.err());

        Map<Path, FileTime> times = new HashMap<>();
        try (Stream<Path> s = Files.list(out)) {
            for (Path p : s.toList()) times.put(p, Files.getLastModifiedTime(p));
        }
        CliRun again = CliRun.of("batch", "-o", out.toString(), photos.toString());
        assertEquals(1, again.code(), again.toString());
        assertTrue(again.err().contains("0 done, 7 skipped, 1 failed"), again.err());
        for (var e : times.entrySet()) {
            if (!e.getKey().getFileName().toString().equals("batch-report.json")) {
                assertEquals(e.getValue(), Files.getLastModifiedTime(e.getKey()), e.getKey() + " was rewritten");
            }
        }
        // other settings are not "complete": they are redone, as is everything with --force
        assertTrue(CliRun.of("batch", "-q", "--density", "100", "-o", out.toString(), photos.toString()).err().isEmpty() == false);
        CliRun forced = CliRun.of("batch", "--force", "--density", "100", "-o", out.toString(), photos.toString());
        assertTrue(forced.err().contains("7 done, 0 skipped, 1 failed"), forced.err());
    }

    @Test
    void aManifestGivesEachPhotoItsOwnSettings() throws Exception {
        Path csv = dir.resolve("list.csv");
        Files.writeString(csv, "input,density,shade\nphotos/client-0.jpg,40,light\nphotos/client-1.jpg,,dark\n");
        Path out = dir.resolve("manifest-out");
        CliRun r = CliRun.of("batch", "-q", "--density", "120", "-o", out.toString(), csv.toString());
        assertEquals(0, r.code(), r.toString());
        Map<?, ?> a = (Map<?, ?>) Json.read(Files.readString(out.resolve("client-0.report.json")));
        Map<?, ?> b = (Map<?, ?>) Json.read(Files.readString(out.resolve("client-1.report.json")));
        assertEquals(40.0, a.get("requested_density_per_cm2"));
        assertEquals("light", a.get("shade"));
        assertEquals(120.0, b.get("requested_density_per_cm2"));
        assertEquals("dark", b.get("shade"));

        Files.writeString(csv, "input,colour\nphotos/client-0.jpg,red\n");
        CliRun bad = CliRun.of("batch", "-o", out.toString(), csv.toString());
        assertEquals(3, bad.code(), bad.toString());
        assertTrue(bad.err().contains("colour") && bad.err().contains(csv.toString()), bad.err());
    }

    @Test
    void failFastStopsAtTheFirstFailure() throws Exception {
        Path out = dir.resolve("fail-fast");
        CliRun r = CliRun.of("batch", "-q", "--fail-fast", "--jobs", "1", "-o", out.toString(), photos.toString());
        assertEquals(1, r.code(), r.toString());
        Map<?, ?> counts = (Map<?, ?>) ((Map<?, ?>) Json.read(Files.readString(out.resolve("batch-report.json")))).get("counts");
        // broken.jpg sorts first: nothing after it runs
        assertEquals(1.0, counts.get("failed"));
        assertEquals(7.0, counts.get("not_run"));
    }

    @Test
    void aSheetWithTwoListsOfThreeIsAThreeByThreeGrid() throws Exception {
        Path out = dir.resolve("sheet");
        CliRun r = CliRun.of("sheet", "-q", "--density", "40,80,120", "--shade", "light,medium,dark", "-o", out.toString(),
                photos.resolve("client-0.jpg").toString());
        assertEquals(0, r.code(), r.toString());
        Map<?, ?> rep = (Map<?, ?>) Json.read(Files.readString(out.resolve("client-0.sheet.json")));
        assertEquals(3.0, rep.get("rows"));
        assertEquals(3.0, rep.get("columns"));
        List<?> cells = (List<?>) rep.get("cells");
        assertEquals(9, cells.size());
        double[] dens = {40, 40, 40, 80, 80, 80, 120, 120, 120};
        String[] shades = {"light", "medium", "dark", "light", "medium", "dark", "light", "medium", "dark"};
        for (int i = 0; i < 9; i++) {
            Map<?, ?> c = (Map<?, ?>) cells.get(i);
            assertEquals(dens[i], c.get("requested_density_per_cm2"));
            assertEquals(shades[i], c.get("shade"));
            assertEquals(1.0, c.get("seed"));
        }
        BufferedImage sheet = ImageIO.read(out.resolve("client-0.sheet.jpg").toFile());
        assertTrue(sheet.getWidth() > 3 * 300 && sheet.getHeight() > 3 * 300);

        assertEquals(2, CliRun.of("sheet", "--density", "10,20,30,40,50,60,70", "--dot-size", "0.1,0.15,0.2,0.25,0.3,0.35",
                "-o", out.toString(), photos.resolve("client-0.jpg").toString()).code());
        assertEquals(2, CliRun.of("preview", "--density", "40,80", "-o", out.toString(), photos.resolve("client-0.jpg").toString()).code());
    }

    @Test
    void presetsApplyAndExplicitOptionsWin() throws Exception {
        Path out = dir.resolve("preset");
        Path photo = photos.resolve("client-2.jpg");
        assertEquals(0, CliRun.of("preview", "-q", "--preset", "dense-dark", "--density", "90", "-o", out.toString(), photo.toString()).code());
        Map<?, ?> rep = (Map<?, ?>) Json.read(Files.readString(out.resolve("client-2.report.json")));
        assertEquals(90.0, rep.get("requested_density_per_cm2"), "explicit --density wins");
        assertEquals("dark", rep.get("shade"), "the preset's shade");
        assertEquals(0.18, (Double) rep.get("dot_diameter_mm"), 1e-9);

        Path mine = dir.resolve("clinic.properties");
        Files.writeString(mine, "description=ours\ndensity=70\nstage=aged\n");
        assertEquals(0, CliRun.of("preview", "-q", "--preset", "dense-dark", "--preset-file", mine.toString(), "-o", out.toString(), photo.toString()).code());
        rep = (Map<?, ?> ) Json.read(Files.readString(out.resolve("client-2.report.json")));
        assertEquals(70.0, rep.get("requested_density_per_cm2"));
        assertEquals("aged", rep.get("stage"));
        assertEquals("dark", rep.get("shade"));

        CliRun list = CliRun.of("presets");
        assertEquals(0, list.code());
        for (String n : List.of("natural-healed", "first-session", "dense-dark", "womens-fill", "scar-fue")) assertTrue(list.out().contains(n), list.out());
        CliRun show = CliRun.of("presets", "first-session");
        assertTrue(show.out().contains("session=1") && show.out().contains("stage=fresh"), show.out());

        CliRun unknown = CliRun.of("preview", "--preset", "nope", photo.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("natural-healed"), unknown.err());
        Files.writeString(mine, "densty=70\n");
        CliRun typo = CliRun.of("preview", "--preset-file", mine.toString(), photo.toString());
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("densty") && typo.err().contains(mine.toString()), typo.err());
    }

    @Test
    void anonymizeHidesTheEyesInEveryPicture() throws Exception {
        var p = SyntheticHeads.generate(SyntheticHeads.Kind.FRONT_RECEDING, SkinTone.LIGHT, 0.6, 3);
        Path photo = dir.resolve("front.png");
        Files.write(photo, ImageEncoder.encode(p.photo(), OutputFormat.PNG, 100));
        Path out = dir.resolve("anon");
        CliRun r = CliRun.of("preview", "-q", "--anonymize", "--format", "png", "-o", out.toString(), photo.toString());
        assertEquals(0, r.code(), r.toString());
        Map<?, ?> seg = (Map<?, ?>) Json.read(Files.readString(out.resolve("front.report.json")));
        assertEquals(Boolean.TRUE, seg.get("anonymized"));
        BufferedImage before = ImageIO.read(photo.toFile()), after = ImageIO.read(out.resolve("front.after.png").toFile());
        // the synthetic front head's pupils sit 14.5 cm below the top and 3.15 cm either side of the middle
        double ppc = p.pxPerCm();
        int ey = (int) Math.round(14.5 * ppc), cx = p.photo().width() / 2, dx = (int) Math.round(3.15 * ppc);
        int[] eye = {cx - dx, ey, cx + dx, ey};
        for (int k = 0; k < eye.length; k += 2) {
            assertEquals(0x1E1E1E, after.getRGB(eye[k], eye[k + 1]) & 0xFFFFFF, "eye at " + eye[k] + "," + eye[k + 1]);
            assertNotEquals(0x1E1E1E, before.getRGB(eye[k], eye[k + 1]) & 0xFFFFFF);
        }
    }

    private static long count(Path out, String suffix) throws Exception {
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).count();
        }
    }
}
