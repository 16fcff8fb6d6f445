package io.smp.engine.render;

import io.smp.engine.image.RgbImage;
import io.smp.engine.place.Dot;
import io.smp.engine.place.DotPlacer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DotRendererTest {
    static RgbImage flat(int w, int h, int rgb) {
        byte[] px = new byte[w * h * 3];
        for (int i = 0; i < w * h; i++) {
            px[i * 3] = (byte) (rgb >> 16);
            px[i * 3 + 1] = (byte) (rgb >> 8);
            px[i * 3 + 2] = (byte) rgb;
        }
        return RgbImage.wrap(w, h, px);
    }

    static boolean[] square(int w, int h, int x0, int y0, int x1, int y1) {
        boolean[] m = new boolean[w * h];
        for (int y = y0; y < y1; y++) for (int x = x0; x < x1; x++) m[y * w + x] = true;
        return m;
    }

    static double meanLuma(RgbImage img, int x0, int y0, int x1, int y1) {
        double s = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) s += 0.299 * img.channel(x, y, 0) + 0.587 * img.channel(x, y, 1) + 0.114 * img.channel(x, y, 2);
        }
        return s / ((x1 - x0) * (y1 - y0));
    }

    @Test
    void pixelsFarFromEveryDotAreUnchangedAndTheInputIsNotModified() {
        RgbImage photo = flat(200, 200, 0xC89070);
        byte[] before = photo.copyPixels();
        List<Dot> dots = List.of(new Dot(100.3, 100.7, 3.0, 1.0, 1), new Dot(50.5, 50.5, 0.6, 1.0, 1));
        RgbImage out = DotRenderer.render(photo, dots, Shade.MEDIUM, 0.85);
        assertEquals(new String(before, java.nio.charset.StandardCharsets.ISO_8859_1),
                new String(photo.copyPixels(), java.nio.charset.StandardCharsets.ISO_8859_1));
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 200; x++) {
                double d = Math.min(Math.hypot(x + 0.5 - 100.3, y + 0.5 - 100.7), Math.hypot(x + 0.5 - 50.5, y + 0.5 - 50.5));
                if (d > 4) assertEquals(photo.rgb(x, y), out.rgb(x, y), "pixel (" + x + "," + y + ") changed");
            }
        }
        assertTrue(out.rgb(100, 100) != photo.rgb(100, 100));
    }

    @Test
    void moreDensityGivesADarkerArea() {
        RgbImage photo = flat(300, 300, 0xD0A080);
        boolean[] m = square(300, 300, 50, 50, 250, 250);
        double prev = meanLuma(photo, 50, 50, 250, 250);
        for (double density : new double[]{0.005, 0.01, 0.02}) {
            RgbImage out = DotRenderer.render(photo, DotPlacer.place(m, 300, 300, density, 1.2, 0.12, 1), Shade.MEDIUM, 0.85);
            double l = meanLuma(out, 50, 50, 250, 250);
            assertTrue(l < prev - 0.5, "density " + density + ": " + l + " not darker than " + prev);
            prev = l;
        }
    }

    /**
     * Tone must not depend on resolution: render at full size, render the same dots at half size, shrink the first
     * to half size: the treated areas' tones agree closely (here sub-pixel dots at both sizes).
     */
    @Test
    void toneDoesNotDependOnResolution() {
        int w = 400, h = 400;
        RgbImage photo = flat(w, h, 0xD0A080);
        List<Dot> dots = DotPlacer.place(square(w, h, 40, 40, 360, 360), w, h, 0.02, 1.4, 0.12, 9);
        RgbImage full = DotRenderer.render(photo, dots, Shade.DARK, 0.85);
        List<Dot> half = new ArrayList<>();
        for (Dot d : dots) half.add(new Dot(d.x() / 2, d.y() / 2, d.diameterPx() / 2, d.darkness(), d.session()));
        RgbImage small = DotRenderer.render(flat(w / 2, h / 2, 0xD0A080), half, Shade.DARK, 0.85);
        double fullTone = meanLuma(full, 40, 40, 360, 360);
        double smallTone = meanLuma(small, 20, 20, 180, 180);
        double base = meanLuma(photo, 40, 40, 360, 360);
        assertTrue(base - fullTone > 3, "dots must darken visibly: " + base + " -> " + fullTone);
        assertEquals(base - fullTone, base - smallTone, 0.1 * (base - fullTone),
                "darkening at full size " + (base - fullTone) + " vs half size " + (base - smallTone));
    }
}
