package io.smp.cli;

import io.smp.engine.io.ImageEncoder;
import io.smp.engine.io.OutputFormat;
import io.smp.engine.synth.SkinTone;
import io.smp.engine.synth.SyntheticHeads;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The --html page: self-contained, and its slider really reveals the after-image in a real browser. */
class HtmlPageTest {
    @TempDir
    static Path dir;
    static Path page;
    static String html;

    @BeforeAll
    static void makePage() throws Exception {
        Path photo = dir.resolve("client.png");
        Files.write(photo, ImageEncoder.encode(SyntheticHeads.generate(SyntheticHeads.Kind.TOP_BALD, SkinTone.MEDIUM, 0.6, 1).photo(),
                OutputFormat.PNG, 100));
        CliRun r = CliRun.of("preview", "--html", "--density", "120", "--shade", "dark", "-q", "-o", dir.resolve("out").toString(), photo.toString());
        assertEquals(0, r.code(), r.toString());
        page = dir.resolve("out/client.html");
        html = Files.readString(page, StandardCharsets.UTF_8);
    }

    @Test
    void embedsBothImagesAndReferencesNothingOutside() {
        Matcher src = Pattern.compile("(?:src|href)\\s*=\\s*\"([^\"]*)\"").matcher(html);
        int images = 0;
        while (src.find()) {
            assertTrue(src.group(1).startsWith("data:image/jpeg;base64,"), "external reference: " + src.group(1));
            images++;
        }
        assertEquals(2, images);
        assertFalse(Pattern.compile("(?i)(https?:|//[a-z0-9]|url\\(|@import)").matcher(html.replaceAll("data:image/jpeg;base64,[A-Za-z0-9+/=]+", "")).find(),
                "the page must not reference anything outside itself");
        assertTrue(html.contains("Simulated preview"));
        assertTrue(html.contains("px/cm") && html.contains("Treated area") && html.contains("dots/cm"));
    }

    @Test
    void draggingTheSliderChangesTheVisibleAfterImage() throws Exception {
        var exe = Chromium.find();
        assumeTrue(exe.isPresent(), "no Chromium on this machine (Debian package chromium); .ci/run installs it");
        try (Chromium browser = new Chromium(exe.get(), page.toUri(), 1000, 1400)) {
            browser.waitFor("document.readyState === 'complete' && [...document.images].every(i => i.complete && i.naturalWidth > 0)",
                    Duration.ofSeconds(30));
            assertEquals(0.0, ((Number) browser.eval("performance.getEntriesByType('resource').filter(e => !e.name.startsWith('data:')).length")).doubleValue());
            List<?> rect = (List<?>) browser.eval("(() => { const r = document.getElementById('slider').getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; })()");
            double x = num(rect.get(0)), y = num(rect.get(1)), w = num(rect.get(2)), h = num(rect.get(3));
            assertTrue(w > 200 && h > 200, "slider is " + w + " x " + h);
            String clip0 = (String) browser.eval("getComputedStyle(document.getElementById('after')).clipPath");
            BufferedImage before = png(browser.screenshot(x, y, w, h));

            browser.mouse("mousePressed", x + 0.5 * w, y + 0.5 * h);
            for (int k = 1; k <= 10; k++) browser.mouse("mouseMoved", x + (0.5 - 0.04 * k) * w, y + 0.5 * h);
            browser.mouse("mouseReleased", x + 0.1 * w, y + 0.5 * h);

            String clip1 = (String) browser.eval("getComputedStyle(document.getElementById('after')).clipPath");
            assertTrue(clip0.contains("50%"), clip0);
            assertTrue(clip1.matches(".*inset\\(0(px)? 0(px)? 0(px)? (9\\.|10)[0-9.]*%\\).*"), "after drag: " + clip1);
            BufferedImage after = png(browser.screenshot(x, y, w, h));
            // the band between 10% and 50% of the width now shows the after-image instead of the before-image
            double changed = meanDifference(before, after, 0.12, 0.48);
            double unchanged = meanDifference(before, after, 0.55, 0.95);
            assertTrue(changed > 1.0, "the uncovered band did not change: mean difference " + changed);
            assertTrue(unchanged < 0.5 * changed, "the part right of the handle changed too: " + unchanged + " vs " + changed);
        }
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    private static BufferedImage png(byte[] bytes) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    /** Mean absolute RGB difference over a vertical band [x0, x1) of the width, the upper half (the scalp). */
    private static double meanDifference(BufferedImage a, BufferedImage b, double x0, double x1) {
        double sum = 0;
        long n = 0;
        for (int y = a.getHeight() / 8; y < a.getHeight() / 2; y++) {
            for (int x = (int) (x0 * a.getWidth()); x < (int) (x1 * a.getWidth()); x++) {
                int p = a.getRGB(x, y), q = b.getRGB(x, y);
                for (int s = 0; s < 24; s += 8) sum += Math.abs(((p >> s) & 255) - ((q >> s) & 255));
                n += 3;
            }
        }
        return sum / n;
    }
}
