package io.smp.engine.output;

import io.smp.engine.image.LabelMap;
import io.smp.engine.image.RgbImage;
import io.smp.engine.place.Dot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputsTest {
    static RgbImage grey(int w, int h) {
        byte[] px = new byte[w * h * 3];
        java.util.Arrays.fill(px, (byte) 128);
        return RgbImage.wrap(w, h, px);
    }

    @Test
    void compareHoldsBothPanelsCaptionAndMark() {
        RgbImage before = grey(300, 200);
        RgbImage marked = Compare.render(before, before, List.of("buzz, 80 dots/cm2"), true);
        RgbImage plain = Compare.render(before, before, List.of("buzz, 80 dots/cm2"), false);
        assertTrue(marked.width() > 600 && marked.height() > 200, marked.toString());
        assertEquals(plain.width(), marked.width());
        assertNotEquals(plain, marked, "the simulation mark must change the after panel");
    }

    @Test
    void compareShrinksHugePanels() {
        RgbImage big = grey(4000, 3000);
        RgbImage c = Compare.render(big, big, List.of(), true);
        assertTrue(c.width() < 2 * Compare.MAX_PANEL + 200, c.toString());
    }

    @Test
    void overlayLeavesBackgroundAndTintsLabels() {
        RgbImage photo = grey(100, 100);
        byte[] l = new byte[100 * 100];
        for (int i = 0; i < 50 * 100; i++) l[i] = LabelMap.SCALP;
        RgbImage o = Overlay.render(photo, LabelMap.wrap(100, 100, l));
        assertEquals(photo.rgb(50, 90), o.rgb(50, 90), "background far from a border is untouched");
        assertNotEquals(photo.rgb(50, 10), o.rgb(50, 10), "scalp is tinted");
    }

    @Test
    void dotsCsvHasAHeaderAndOneRowPerDot() {
        String csv = Reports.dotsCsv(List.of(new Dot(1.5, 2.25, 0.6, 1.0, 1), new Dot(10, 20, 0.7, 0.9, 3)));
        List<String> lines = csv.lines().toList();
        assertEquals("x,y,diameter_px,session,darkness", lines.get(0));
        assertEquals(3, lines.size());
        assertEquals("1.50,2.25,0.600,1,1.000", lines.get(1));
    }
}
