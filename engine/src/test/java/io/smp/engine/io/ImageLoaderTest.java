package io.smp.engine.io;

import io.smp.engine.SmpException;
import io.smp.engine.image.RgbImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageLoaderTest {
    @TempDir
    Path dir;

    private final ImageLoader loader = new ImageLoader();

    /**
     * The stored image has red at its top-left and green at its top-right. After orientation N the upright image
     * must show them where a viewer applying EXIF rules would: rows give (red corner, green corner, swapped sides).
     */
    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({
            "1, TL, TR, false",
            "2, TR, TL, false",
            "3, BR, BL, false",
            "4, BL, BR, false",
            "5, TL, BL, true",
            "6, TR, BR, true",
            "7, BR, TR, true",
            "8, BL, TL, true"})
    void appliesEveryExifOrientationOnceAtLoad(int orientation, String red, String green, boolean swapped) throws Exception {
        RgbImage stored = Fixtures.markers(300, 200);
        byte[] jpeg = Fixtures.withExif(ImageEncoder.encode(stored, OutputFormat.JPG, 95), orientation, null);
        Path f = dir.resolve("o" + orientation + ".jpg");
        Files.write(f, jpeg);
        LoadedImage li = loader.load(f);
        RgbImage up = li.image();
        assertEquals(orientation, li.orientation());
        assertEquals(swapped ? 200 : 300, up.width());
        assertEquals(swapped ? 300 : 200, up.height());
        assertCorner(up, red, 0xE61414);
        assertCorner(up, green, 0x14E614);
    }

    private static void assertCorner(RgbImage img, String corner, int expected) {
        int x = corner.charAt(1) == 'L' ? 5 : img.width() - 6;
        int y = corner.charAt(0) == 'T' ? 5 : img.height() - 6;
        int rgb = img.rgb(x, y);
        for (int c = 0; c < 3; c++) {
            int a = (rgb >> (16 - 8 * c)) & 0xFF, e = (expected >> (16 - 8 * c)) & 0xFF;
            assertTrue(Math.abs(a - e) < 30, () -> String.format("corner %s at (%d,%d): got #%06X, expected about #%06X", corner, x, y, rgb, expected));
        }
    }

    @Test
    void refusesAPixelBombFromItsHeaderBeforeDecoding() throws Exception {
        Path f = dir.resolve("bomb.png");
        Files.write(f, Fixtures.pngHeaderOnly(60000, 60000));
        long t0 = System.nanoTime();
        SmpException e = assertThrows(SmpException.class, () -> loader.load(f));
        assertEquals(SmpException.Kind.BAD_INPUT, e.kind());
        assertTrue(e.getMessage().contains("megapixels"), e.getMessage());
        assertTrue(e.getMessage().startsWith(f.toString()), "names the file: " + e.getMessage());
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L);
    }

    @Test
    void pixelLimitIsSettable() throws Exception {
        Path f = dir.resolve("p.png");
        Files.write(f, ImageEncoder.encode(Fixtures.markers(400, 300), OutputFormat.PNG, 100));
        assertEquals(400, loader.load(f).image().width());
        SmpException e = assertThrows(SmpException.class, () -> new ImageLoader(ImageLimits.defaults().withMaxPixels(100_000)).load(f));
        assertTrue(e.getMessage().contains("over the limit"), e.getMessage());
    }

    @Test
    void refusesTooSmallImagesStatingTheMinimum() throws Exception {
        Path f = dir.resolve("small.png");
        Files.write(f, ImageEncoder.encode(Fixtures.markers(120, 60), OutputFormat.PNG, 100));
        SmpException e = assertThrows(SmpException.class, () -> loader.load(f));
        assertTrue(e.getMessage().contains("at least 100 x 100"), e.getMessage());
    }

    @Test
    void judgesTheFormatByContentNotByName() throws Exception {
        Path f = dir.resolve("really-a-png.jpg");
        Files.write(f, ImageEncoder.encode(Fixtures.markers(200, 200), OutputFormat.PNG, 100));
        assertEquals(ImageFormat.PNG, loader.load(f).format());
        Path text = dir.resolve("notes.jpg");
        Files.writeString(text, "this is not an image at all, just some text\n");
        SmpException e = assertThrows(SmpException.class, () -> loader.load(text));
        assertTrue(e.getMessage().contains("is not an image"), e.getMessage());
    }

    @Test
    void missingEmptyAndFolderInputsAreBadInput() throws Exception {
        assertEquals(SmpException.Kind.BAD_INPUT, assertThrows(SmpException.class, () -> loader.load(dir.resolve("nope.jpg"))).kind());
        Path empty = Files.createFile(dir.resolve("empty.jpg"));
        assertTrue(assertThrows(SmpException.class, () -> loader.load(empty)).getMessage().contains("empty"));
        assertTrue(assertThrows(SmpException.class, () -> loader.load(dir)).getMessage().contains("folder"));
    }

    @Test
    void readsEveryWritableFormatBack() throws Exception {
        RgbImage img = Fixtures.markers(240, 160);
        for (OutputFormat fmt : OutputFormat.values()) {
            Path f = dir.resolve("x." + fmt.extension());
            Files.write(f, ImageEncoder.encode(img, fmt, 100));
            RgbImage back = loader.load(f).image();
            assertEquals(240, back.width(), fmt.toString());
            assertCorner(back, "TL", 0xE61414);
        }
    }
}
