package io.smp.cli;

import io.smp.engine.SharedData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every file of ../shared/bad-inputs gets what its EXPECTATIONS.md says, through every command that reads photos. */
class BadInputsTest {
    @TempDir
    Path out;

    @ParameterizedTest(name = "{0} -> exit {1}")
    @CsvSource({
            "empty.jpg, 3, is empty",
            "truncated.jpg, 3, truncated",
            "text-named.jpg, 3, is not an image",
            "random-bytes.png, 3, is not an image",
            "bomb-60000x60000.png, 3, over the limit of 60.0 megapixels",
            "fake-heic.heic, 3, HEIC/HEIF is not a supported format",
            "one-pixel.png, 3, at least 100 x 100",
            "tiny-8x8.jpg, 3, at least 100 x 100",
            "gray.png, 3, grayscale",
            "no-person-landscape.jpg, 4, no head or scalp found",
            "noise-12mp.jpg, 4, no head or scalp found"})
    void refusedWithOneLineTheRightCodeAndNoOutput(String name, int code, String message) throws Exception {
        Path file = SharedData.require("bad-inputs").resolve(name);
        for (String command : List.of("preview", "segment")) {
            Path dir = out.resolve(command);
            CliRun r = CliRun.of(command, "-o", dir.toString(), file.toString());
            assertEquals(code, r.code(), command + " " + name + "\n" + r);
            assertTrue(r.errLines().size() <= 3, "at most three lines on stderr\n" + r);
            assertTrue(r.err().contains(name), "the error names the file\n" + r);
            assertTrue(r.err().contains(message), "expected '" + message + "'\n" + r);
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace\n" + r);
            try (Stream<Path> s = Files.list(dir)) {
                assertEquals(List.of(), s.toList(), "no output file may be left behind");
            }
        }
    }

    @ParameterizedTest(name = "{0} works")
    @CsvSource({"rgba.png", "sixteen-bit.png", "cmyk.jpg", "still.gif", "bitmap.bmp", "image.webp", "image.tiff",
            "exif-orientation-6.jpg", "with-gps-exif.jpg"})
    void validButOddFilesWork(String name) throws Exception {
        Path file = SharedData.require("bad-inputs").resolve(name);
        CliRun r = CliRun.of("segment", "-o", out.toString(), file.toString());
        assertEquals(0, r.code(), r.toString());
        String stem = name.substring(0, name.lastIndexOf('.'));
        assertTrue(Files.size(out.resolve(stem + ".labels.png")) > 0);
        assertTrue(r.errLines().size() <= 3, r.toString());
    }

    @org.junit.jupiter.api.Test
    void exifOrientationSixGivesAnUpright800x370LabelMap() throws Exception {
        Path file = SharedData.require("bad-inputs").resolve("exif-orientation-6.jpg");
        assertEquals(0, CliRun.of("segment", "-q", "-o", out.toString(), file.toString()).code());
        assertEquals(0, CliRun.of("preview", "-q", "--format", "png", "--treatment-mask", "-o", out.toString(), file.toString()).code());
        for (String f : List.of("exif-orientation-6.labels.png", "exif-orientation-6.overlay.jpg",
                "exif-orientation-6.after.png", "exif-orientation-6.treatment.png")) {
            var img = javax.imageio.ImageIO.read(out.resolve(f).toFile());
            assertEquals(800, img.getWidth(), f);
            assertEquals(370, img.getHeight(), f);
        }
    }

    @org.junit.jupiter.api.Test
    void noOutputCarriesTheInputsGpsOrArtist() throws Exception {
        Path file = SharedData.require("bad-inputs").resolve("with-gps-exif.jpg");
        assertEquals(0, CliRun.of("preview", "-q", "--dots", "--treatment-mask", "-o", out.toString(), file.toString()).code());
        for (String fmt : List.of("png", "webp")) {
            assertEquals(0, CliRun.of("preview", "-q", "--format", fmt, "-o", out.resolve(fmt).toString(), file.toString()).code());
        }
        assertEquals(0, CliRun.of("segment", "-q", "-o", out.toString(), file.toString()).code());
        assertEquals(0, CliRun.of("preview", "-q", "--html", "-o", out.resolve("html").toString(), file.toString()).code());
        assertEquals(0, CliRun.of("sheet", "-q", "--density", "60,100", "-o", out.resolve("sheet").toString(), file.toString()).code());
        Path manifest = out.resolve("manifest/list.csv");
        Files.createDirectories(manifest.getParent());
        Files.writeString(manifest, "input,density\n" + file.toAbsolutePath() + ",90\n");
        assertEquals(0, CliRun.of("batch", "-q", "--html", "-o", out.resolve("batch").toString(), manifest.toString()).code());
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertFalse(text.contains("Client Name"), p + " carries the Artist");
                String name = p.getFileName().toString();
                if (name.endsWith(".json") || name.endsWith(".csv")) {
                    assertFalse(text.contains("GPS") || text.contains("Phone") || text.contains("Camera"), p + " mentions metadata");
                } else if (name.endsWith(".html")) {
                    var m = java.util.regex.Pattern.compile("data:image/jpeg;base64,([A-Za-z0-9+/=]+)").matcher(text);
                    int images = 0;
                    for (; m.find(); images++) {
                        byte[] jpeg = java.util.Base64.getDecoder().decode(m.group(1));
                        for (var d : com.drew.imaging.ImageMetadataReader.readMetadata(new java.io.ByteArrayInputStream(jpeg)).getDirectories()) {
                            String dn = d.getName().toLowerCase(java.util.Locale.ROOT);
                            assertFalse(dn.contains("gps") || dn.contains("exif") || dn.contains("xmp") || dn.contains("iptc"),
                                    p + " embeds an image carrying " + d.getName());
                        }
                    }
                    assertEquals(2, images, p.toString());
                } else {
                    // images: parse their metadata; random compressed bytes may spell anything
                    for (var d : com.drew.imaging.ImageMetadataReader.readMetadata(p.toFile()).getDirectories()) {
                        String dn = d.getName().toLowerCase(java.util.Locale.ROOT);
                        assertFalse(dn.contains("gps") || dn.contains("exif") || dn.contains("xmp") || dn.contains("iptc"),
                                p + " carries " + d.getName());
                    }
                }
            }
        }
    }
}
