package io.smp.cli;

import io.smp.engine.io.ImageEncoder;
import io.smp.engine.io.OutputFormat;
import io.smp.engine.synth.SkinTone;
import io.smp.engine.synth.SyntheticHeads;
import io.smp.engine.synth.SyntheticPhoto;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {
    @TempDir
    static Path dir;
    static Path photo;

    @BeforeAll
    static void samplePhoto() throws Exception {
        SyntheticPhoto p = SyntheticHeads.generate(SyntheticHeads.Kind.TOP_BALD, SkinTone.MEDIUM, 0.6, 1);
        photo = dir.resolve("client one.png");
        Files.write(photo, ImageEncoder.encode(p.photo(), OutputFormat.PNG, 100));
    }

    @Test
    void helpListsCommandsExitCodesAndExamples() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.code());
        for (String s : new String[]{"preview", "segment", "Exit codes", "no head or scalp found", "Examples"}) {
            assertTrue(r.out().contains(s), "help lacks '" + s + "'\n" + r);
        }
        CliRun sub = CliRun.of("preview", "--help");
        assertTrue(sub.out().contains("--density") && sub.out().contains("Default: 80") && sub.out().contains("Exit codes"), sub.toString());
    }

    @Test
    void versionComesFromTheBuild() {
        CliRun r = CliRun.of("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("smp "), r.toString());
    }

    @Test
    void usageErrorsExitTwoWithOneHelpfulLine() {
        for (String[] args : new String[][]{{"preview"}, {"frobnicate"}, {"preview", "--density", "lots", "x.jpg"},
                {"preview", "--style", "mohawk", "x.jpg"}, {"preview", "--density", "900", photo.toString()},
                {"preview", "--shade", "purple", photo.toString()}, {}}) {
            CliRun r = CliRun.of(args);
            assertEquals(2, r.code(), String.join(" ", args) + "\n" + r);
            assertTrue(r.err().contains("smp: error:") || r.err().contains("Usage"), r.toString());
            assertFalse(r.err().contains("Exception"), r.toString());
        }
    }

    @Test
    void previewWritesTheAfterImageAndAReport() throws Exception {
        Path out = dir.resolve("out-preview");
        CliRun r = CliRun.of("preview", "-q", "--dots", "--treatment-mask", "-o", out.toString(), photo.toString());
        assertEquals(0, r.code(), r.toString());
        for (String name : new String[]{"client one.after.jpg", "client one.report.json", "client one.dots.csv", "client one.treatment.png"}) {
            assertTrue(Files.size(out.resolve(name)) > 0, name);
        }
        String report = Files.readString(out.resolve("client one.report.json"));
        for (String key : new String[]{"px_per_cm", "scale_source", "treated_area_cm2", "dot_count", "density_per_cm2",
                "requested_density_per_cm2", "dot_diameter_mm", "style", "seed", "session", "stage", "shade"}) {
            assertTrue(report.contains("\"" + key + "\""), key + " missing in " + report);
        }
        assertEquals("", r.out(), "-q prints nothing");
    }

    @Test
    void segmentWritesLabelsOverlayAndJson() throws Exception {
        Path out = dir.resolve("out-seg");
        CliRun r = CliRun.of("segment", "-o", out.toString(), "--format", "png", photo.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("client one.labels.png"), r.toString());
        assertTrue(Files.exists(out.resolve("client one.overlay.png")));
        assertTrue(Files.readString(out.resolve("client one.json")).contains("\"view\": \"top\""));
        // a top view has no face: the view and the scale are guessed, and the user is told so on stderr, not only in the JSON
        assertTrue(r.err().contains("smp: warning: " + photo + ": no face found: the view is taken as top"), r.toString());
    }

    /**
     * The client's head width, measured on the client, gives the scale: the sample's head is 15.95 cm wide with its
     * ears, drawn at 33 px/cm. Given with px per cm too, or in px, it is a usage error naming what to do.
     */
    @Test
    void aKnownHeadWidthSetsTheScale() throws Exception {
        Path out = dir.resolve("out-head-width");
        CliRun seg = CliRun.of("segment", "-q", "-o", out.toString(), "--head-width", "15.95cm", photo.toString());
        assertEquals(0, seg.code(), seg.toString());
        String json = Files.readString(out.resolve("client one.json"));
        assertTrue(json.contains("\"source\": \"user-head-width\""), json);
        double ppc = Double.parseDouble(json.replaceAll("(?s).*\"px_per_cm\": ([0-9.]+).*", "$1"));
        assertEquals(33, ppc, 0.03 * 33, json);
        assertFalse(json.contains("scale from the head's width"), json);
        CliRun preview = CliRun.of("preview", "-q", "-o", out.toString(), "--head-width", "159.5mm", photo.toString());
        assertEquals(0, preview.code(), preview.toString());
        assertTrue(Files.readString(out.resolve("client one.report.json")).contains("user-head-width"));
        for (String[] args : new String[][]{{"segment", "--head-width", "16", "--px-per-cm", "40", photo.toString()},
                {"preview", "--head-width", "16", "--px-per-cm", "40", photo.toString()}}) {
            CliRun r = CliRun.of(args);
            assertEquals(2, r.code(), r.toString());
            assertTrue(r.err().contains("either px-per-cm or head-width"), r.toString());
        }
        CliRun px = CliRun.of("segment", "--head-width", "600px", photo.toString());
        assertEquals(2, px.code(), px.toString());
        assertTrue(px.err().contains("cm or mm"), px.toString());
    }

    @Test
    void aFolderIsExpandedAndOneBadFileDoesNotStopTheOthers() throws Exception {
        Path in = Files.createDirectories(dir.resolve("batch"));
        Files.copy(photo, in.resolve("a.png"));
        Files.writeString(in.resolve("b.jpg"), "not a photo");
        Files.copy(photo, in.resolve("c.png"));
        Path out = dir.resolve("out-batch");
        CliRun r = CliRun.of("preview", "-o", out.toString(), in.toString());
        assertEquals(1, r.code(), r.toString());
        assertTrue(Files.exists(out.resolve("a.after.jpg")) && Files.exists(out.resolve("c.after.jpg")));
        assertFalse(Files.exists(out.resolve("b.after.jpg")));
        assertTrue(r.err().contains("b.jpg: is not an image"), r.toString());
    }

    /** Re-running on a folder that holds earlier outputs: a.after.jpg is now an input and must survive. */
    @Test
    void neverOverwritesAnInput() throws Exception {
        Path in = Files.createDirectories(dir.resolve("rerun"));
        Files.copy(photo, in.resolve("a.png"));
        Path earlier = in.resolve("a.after.jpg");
        Files.write(earlier, ImageEncoder.encode(new io.smp.engine.io.ImageLoader().load(photo).image(), OutputFormat.JPG, 90));
        byte[] before = Files.readAllBytes(earlier);
        CliRun r = CliRun.of("preview", "-o", in.toString(), in.toString());
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("refusing to overwrite an input"), r.toString());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(earlier)), "input was overwritten");
        assertTrue(Files.exists(in.resolve("a.after.after.jpg")), "the other input was still processed");
        assertFalse(Files.exists(in.resolve("a.report.json")), "no partial outputs for the refused input");
    }

    @Test
    void missingInputAndUnwritableOutputHaveTheirOwnCodes() throws Exception {
        CliRun missing = CliRun.of("preview", "-o", dir.resolve("o").toString(), dir.resolve("nope.jpg").toString());
        assertEquals(3, missing.code(), missing.toString());
        assertTrue(missing.err().contains("nope.jpg: no such file"), missing.toString());
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        CliRun unwritable = CliRun.of("preview", "-o", file.resolve("sub").toString(), photo.toString());
        assertEquals(2, unwritable.code(), unwritable.toString());
        assertTrue(unwritable.errLines().size() <= 3);
    }

    @Test
    void aFolderWithoutImagesIsBadInput() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("no-images"));
        Files.writeString(empty.resolve("notes.txt"), "x");
        CliRun r = CliRun.of("segment", "-o", dir.resolve("o2").toString(), empty.toString());
        assertEquals(3, r.code(), r.toString());
        assertTrue(r.err().contains("folder holds no image files"), r.toString());
    }

    @Test
    void sameSeedSameBytes() throws Exception {
        Path a = dir.resolve("seed-a"), b = dir.resolve("seed-b");
        assertEquals(0, CliRun.of("preview", "-q", "--format", "png", "--seed", "7", "-o", a.toString(), photo.toString()).code());
        assertEquals(0, CliRun.of("preview", "-q", "--format", "png", "--seed", "7", "-o", b.toString(), photo.toString()).code());
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(a.resolve("client one.after.png")), Files.readAllBytes(b.resolve("client one.after.png"))));
        try (Stream<Path> s = Files.list(a)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "temporary files left");
        }
    }
}
