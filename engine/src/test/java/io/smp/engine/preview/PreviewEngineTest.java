package io.smp.engine.preview;

import io.smp.engine.image.LabelMap;
import io.smp.engine.image.RgbImage;
import io.smp.engine.place.Dot;
import io.smp.engine.render.Shade;
import io.smp.engine.scale.Scale;
import io.smp.engine.segment.Box;
import io.smp.engine.segment.Segmentation;
import io.smp.engine.segment.View;
import io.smp.engine.synth.SkinTone;
import io.smp.engine.synth.SyntheticHeads;
import io.smp.engine.synth.SyntheticPhoto;
import io.smp.engine.units.Length;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole render path on synthetic photos whose labels and scale are known exactly. */
class PreviewEngineTest {
    private final PreviewEngine engine = new PreviewEngine();

    /** Renders on the photo's true labels and scale, so these tests judge rendering, not segmentation. */
    private PreviewResult render(SyntheticPhoto p, PreviewSettings s, Guides g) {
        Segmentation seg = new Segmentation(p.truth(), p.view(), new Scale(p.pxPerCm(), Scale.Source.GROUND_TRUTH, 0), Optional.empty(), List.of(), List.of());
        return engine.render(p.photo(), seg, s, g, io.smp.engine.ProgressListener.NONE);
    }

    static SyntheticPhoto thinning() {
        return SyntheticHeads.generate(SyntheticHeads.Kind.CROWN_THINNING, SkinTone.LIGHT, 0.6, 4);
    }

    static SyntheticPhoto bald() {
        return SyntheticHeads.generate(SyntheticHeads.Kind.TOP_BALD, SkinTone.MEDIUM, 0.6, 5);
    }

    @Test
    void noDotOutsideTheMaskAndNoPixelChangedFartherThanADotDiameterFromIt() {
        for (Style style : List.of(Style.BUZZ, Style.FILL)) {
            for (Stage stage : Stage.values()) {
                SyntheticPhoto p = style == Style.FILL ? thinning() : bald();
                PreviewResult r = render(p, PreviewSettings.builder().style(style).stage(stage).build(), Guides.NONE);
                int w = p.photo().width(), h = p.photo().height();
                byte[] mask = r.treatmentMask();
                double maxD = 0;
                for (Dot d : r.dots()) {
                    assertTrue(mask[(int) d.y() * w + (int) d.x()] != 0, style + " dot outside the mask at " + d);
                    maxD = Math.max(maxD, d.diameterPx());
                }
                boolean[] in = new boolean[mask.length];
                for (int i = 0; i < in.length; i++) in[i] = mask[i] != 0;
                float[] dist = io.smp.engine.cv.Distance.toNearest(in, w, h);
                int changedFar = 0;
                for (int i = 0; i < dist.length; i++) {
                    if (dist[i] > maxD && p.photo().rgb(i % w, i / w) != r.after().rgb(i % w, i / w)) changedFar++;
                }
                assertEquals(0, changedFar, style + " " + stage + ": pixels changed farther than a dot diameter (" + maxD + " px) from the mask");
                assertTrue(r.dots().size() > 100, style + " placed " + r.dots().size());
            }
        }
    }

    @Test
    void sameSeedSamePixelsOtherSeedOthers() {
        SyntheticPhoto p = bald();
        PreviewSettings s = PreviewSettings.builder().seed(7).build();
        PreviewResult a = render(p, s, Guides.NONE), b = render(p, s, Guides.NONE);
        assertEquals(a.dots(), b.dots());
        assertEquals(a.after(), b.after());
        PreviewResult c = render(p, s.toBuilder().seed(8).build(), Guides.NONE);
        assertNotEquals(a.dots(), c.dots());
        assertNotEquals(a.after(), c.after());
    }

    @Test
    void achievedDensityAndDotSizeAreWhatWasAsked() {
        SyntheticPhoto p = bald();
        for (double density : new double[]{40, 80, 120}) {
            PreviewResult r = render(p, PreviewSettings.builder().density(density).build(), Guides.NONE);
            assertEquals(density, r.achievedDensityPerCm2(), density * 0.05);
            double meanPx = r.dots().stream().mapToDouble(Dot::diameterPx).average().orElseThrow();
            double askedPx = 0.15 / 10 * p.pxPerCm();
            assertEquals(askedPx, meanPx, askedPx * 0.25, "mean diameter");
        }
    }

    @Test
    void moreDensityGivesADarkerTreatedArea() {
        SyntheticPhoto p = bald();
        double prev = Double.MAX_VALUE;
        for (double density : new double[]{20, 60, 120, 200}) {
            PreviewResult r = render(p, PreviewSettings.builder().density(density).build(), Guides.NONE);
            double l = Lab.meanL(r.after(), r.treatmentMask());
            assertTrue(l < prev, "density " + density + " gave L* " + l + ", not darker than " + prev);
            prev = l;
        }
    }

    @Test
    void fillLowersTheContrastBetweenExposedScalpAndHairByAtLeast40Percent() {
        for (SkinTone tone : SkinTone.values()) {
            SyntheticPhoto p = SyntheticHeads.generate(SyntheticHeads.Kind.CROWN_THINNING, tone, 0.6, 11);
            PreviewResult r = render(p, PreviewSettings.builder().style(Style.FILL).build(), Guides.NONE);
            double before = Lab.scalpHairContrast(p.photo(), p.photo(), p.truth());
            double after = Lab.scalpHairContrast(p.photo(), r.after(), p.truth());
            double drop = 1 - after / before;
            assertTrue(drop >= 0.40, tone + ": contrast " + before + " -> " + after + " (" + Math.round(drop * 100) + "% lower)");
        }
    }

    @Test
    void hairlineShapesDifferAndFollowTheFace() {
        double ppc = 40;
        int w = 1000;
        // eyes 6.3 cm apart, centred at x=500, y=600
        Segmentation seg = new Segmentation(LabelMap.wrap(w, 900, new byte[w * 900]), View.FRONT, Scale.user(ppc),
                Optional.of(new Box(300, 400, 400, 400)), List.of(new Box(374, 580, 60, 40), new Box(566, 580, 60, 40)), List.of());
        Treatment.Face f = Treatment.Face.of(seg, ppc);
        assertEquals(600 - 1.5 * ppc, f.browY(), 1e-9);
        List<double[]> lines = new ArrayList<>();
        for (Hairline shape : List.of(Hairline.SOFT, Hairline.SHARP, Hairline.MATURE, Hairline.STRAIGHT)) {
            double[] line = Treatment.design(f, PreviewSettings.builder().hairline(shape).build(), ppc, w);
            double mid = line[500], corner = line[(int) (500 + f.cornerHalfWidth())];
            assertEquals(f.browY() - 8 * ppc - shape.heightOffsetCm * ppc, mid, 0.25 * ppc, shape + " midpoint about 8 cm above the brows");
            assertTrue(corner < mid - 0.2 * ppc, shape + ": corners above the midline");
            lines.add(line);
        }
        for (int a = 0; a < lines.size(); a++) {
            for (int b = a + 1; b < lines.size(); b++) {
                double diff = 0;
                int n = 0;
                for (int x = 300; x < 700; x++) {
                    diff += Math.abs(lines.get(a)[x] - lines.get(b)[x]);
                    n++;
                }
                assertTrue(diff / n > 0.15 * ppc, "shapes " + a + " and " + b + " differ by only " + diff / n / ppc + " cm");
            }
        }
        double[] higher = Treatment.design(f, PreviewSettings.builder().hairlineHeight(Length.cm(10)).build(), ppc, w);
        assertEquals(2 * ppc, Treatment.design(f, PreviewSettings.builder().build(), ppc, w)[500] - higher[500], 1e-6);
    }

    @Test
    void aDrawnHairlineAndAScarPolygonDecideWhereDotsGo(@TempDir Path dir) throws Exception {
        SyntheticPhoto p = bald();
        int w = p.photo().width(), h = p.photo().height();
        Path scar = dir.resolve("scar.json");
        Files.writeString(scar, "{\"polygons\": [[[" + w / 2 + "," + h / 3 + "],[" + (w / 2 + 80) + "," + h / 3 + "],[" + (w / 2 + 80) + "," + (h / 3 + 20) + "],[" + w / 2 + "," + (h / 3 + 20) + "]]]}");
        PreviewResult r = render(p, PreviewSettings.builder().style(Style.SCAR).build(), Guides.load(Optional.empty(), Optional.of(scar), Optional.empty()));
        assertTrue(!r.dots().isEmpty());
        for (Dot d : r.dots()) {
            assertTrue(d.x() >= w / 2.0 && d.x() <= w / 2.0 + 81 && d.y() >= h / 3.0 && d.y() <= h / 3.0 + 21, "scar dot at " + d);
        }
        Path line = dir.resolve("hairline.json");
        Files.writeString(line, "{\"hairline\": [[0," + h / 2 + "],[" + w + "," + h / 2 + "]]}");
        PreviewResult lined = render(p, PreviewSettings.builder().build(), Guides.load(Optional.of(line), Optional.empty(), Optional.empty()));
        for (Dot d : lined.dots()) assertTrue(d.y() < h / 2.0 + 0.3 * p.pxPerCm() + 1, "dot below the drawn hairline at " + d);
    }

    @Test
    void labelCorrectionsForceLabels(@TempDir Path dir) throws Exception {
        SyntheticPhoto p = bald();
        Path fix = dir.resolve("fix.json");
        Files.writeString(fix, "{\"corrections\": [{\"label\": \"background\", \"polygon\": [[0,0],[300,0],[300,300],[0,300]]}, {\"label\": 2, \"polygon\": [[10,10],[20,10],[20,20]]}]}");
        LabelMap fixed = Guides.load(Optional.empty(), Optional.empty(), Optional.of(fix)).correct(p.truth());
        assertEquals(0, fixed.get(250, 250));
        assertEquals(2, fixed.get(17, 12));
        assertEquals(p.truth().get(600, 600), fixed.get(600, 600));
    }

    /** CIELAB (D65) means over pixel sets. */
    static final class Lab {
        static double[] lab(int rgb) {
            double[] c = new double[3];
            for (int k = 0; k < 3; k++) {
                double v = ((rgb >> (16 - 8 * k)) & 0xFF) / 255.0;
                c[k] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
            }
            double x = (0.4124 * c[0] + 0.3576 * c[1] + 0.1805 * c[2]) / 0.95047;
            double y = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
            double z = (0.0193 * c[0] + 0.1192 * c[1] + 0.9505 * c[2]) / 1.08883;
            double fx = f(x), fy = f(y), fz = f(z);
            return new double[]{116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
        }

        private static double f(double t) {
            return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
        }

        static double meanL(RgbImage img, byte[] mask) {
            double s = 0;
            long n = 0;
            for (int i = 0; i < mask.length; i++) {
                if (mask[i] != 0) {
                    s += lab(img.rgb(i % img.width(), i / img.width()))[0];
                    n++;
                }
            }
            return s / n;
        }

        /**
         * Distance between the mean colour of the exposed scalp in the thinning area and the mean colour of the
         * dense hair, in {@code img}. Exposed: thinning pixels that in the original are lighter than the midpoint
         * between the hair's and the bare scalp's mean lightness.
         */
        static double scalpHairContrast(RgbImage original, RgbImage img, LabelMap truth) {
            int w = img.width(), n = w * img.height();
            double lh = 0, ls = 0;
            long nh = 0, ns = 0;
            for (int i = 0; i < n; i++) {
                int l = truth.get(i % w, i / w);
                if (l == LabelMap.HAIR) { lh += lab(original.rgb(i % w, i / w))[0]; nh++; }
                if (l == LabelMap.SCALP) { ls += lab(original.rgb(i % w, i / w))[0]; ns++; }
            }
            double mid = (lh / nh + ls / ns) / 2;
            double[] hair = new double[3], skin = new double[3];
            long ch = 0, cs = 0;
            for (int i = 0; i < n; i++) {
                int l = truth.get(i % w, i / w);
                double[] c = lab(img.rgb(i % w, i / w));
                if (l == LabelMap.HAIR) {
                    for (int k = 0; k < 3; k++) hair[k] += c[k];
                    ch++;
                } else if (l == LabelMap.THINNING && lab(original.rgb(i % w, i / w))[0] > mid) {
                    for (int k = 0; k < 3; k++) skin[k] += c[k];
                    cs++;
                }
            }
            double d = 0;
            for (int k = 0; k < 3; k++) d += Math.pow(skin[k] / cs - hair[k] / ch, 2);
            return Math.sqrt(d);
        }
    }
}
