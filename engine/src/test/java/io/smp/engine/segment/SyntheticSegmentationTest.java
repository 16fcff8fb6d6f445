package io.smp.engine.segment;

import io.smp.engine.image.LabelMap;
import io.smp.engine.image.RgbImage;
import io.smp.engine.scale.Scale;
import io.smp.engine.scale.ScaleOverride;
import io.smp.engine.synth.SkinTone;
import io.smp.engine.synth.SyntheticHeads;
import io.smp.engine.synth.SyntheticPhoto;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Segmentation against the exact ground truth of the synthetic photos. */
class SyntheticSegmentationTest {
    static double iou(LabelMap pred, LabelMap truth, int... labels) {
        long inter = 0, union = 0;
        for (int y = 0; y < truth.height(); y++) {
            for (int x = 0; x < truth.width(); x++) {
                boolean a = in(pred.get(x, y), labels), b = in(truth.get(x, y), labels);
                if (a && b) inter++;
                if (a || b) union++;
            }
        }
        return union == 0 ? 1 : inter / (double) union;
    }

    static boolean in(int v, int... set) {
        for (int s : set) if (s == v) return true;
        return false;
    }

    private static Segmentation segmented(SyntheticPhoto p) {
        return Segmenter.create().segment(p.photo(), Optional.empty());
    }

    /** The true head's widest row (ears included): its first column and its width, in pixels. */
    private static int[] widestRow(SyntheticPhoto p) {
        int widest = 0, left = 0;
        for (int y = 0; y < p.truth().height(); y++) {
            int x0 = -1, x1 = -1;
            for (int x = 0; x < p.truth().width(); x++) {
                if (p.truth().get(x, y) == LabelMap.BACKGROUND) continue;
                if (x0 < 0) x0 = x;
                x1 = x;
            }
            if (x0 >= 0 && x1 - x0 + 1 > widest) {
                widest = x1 - x0 + 1;
                left = x0;
            }
        }
        return new int[]{left, widest};
    }

    /** How far the scale found is from the photo's true one, as a share of it. */
    private static double scaleError(Segmentation s, SyntheticPhoto p) {
        return Math.abs(s.scale().pxPerCm() / p.pxPerCm() - 1);
    }

    /**
     * A head width the user measured gives the scale through the head's width that the segmentation finds: given the
     * true width of each sample's head (its widest row, ears included), the scale is within 3% of the true one (1.1% at
     * worst when measured), and says where it came from.
     */
    @Test
    void aKnownHeadWidthGivesTheScale() {
        for (SyntheticPhoto p : SyntheticHeads.sampleSet()) {
            double cm = widestRow(p)[1] / p.pxPerCm();
            Segmentation s = Segmenter.create().segment(p.photo(), Optional.of(new ScaleOverride.HeadWidth(cm)));
            String msg = String.format(Locale.ROOT, "%s: head %.2f cm wide, scale %s against %.2f px/cm, error %.1f%%",
                    p.name(), cm, s.scale(), p.pxPerCm(), 100 * scaleError(s, p));
            assertTrue(scaleError(s, p) <= 0.03, msg);
            assertTrue(s.scale().source() == Scale.Source.USER_HEAD_WIDTH, msg);
        }
    }

    @Test
    void topViewsFindScalpHairAndScale() {
        for (SkinTone tone : SkinTone.values()) {
            SyntheticPhoto p = SyntheticHeads.generate(SyntheticHeads.Kind.TOP_BALD, tone, 1.0, 1);
            Segmentation s = segmented(p);
            double scalp = iou(s.labels(), p.truth(), LabelMap.SCALP, LabelMap.THINNING);
            double hair = iou(s.labels(), p.truth(), LabelMap.HAIR);
            double ears = iou(s.labels(), p.truth(), LabelMap.SKIN);
            double scaleErr = scaleError(s, p);
            String msg = String.format(Locale.ROOT, "%s: scalp IoU %.3f, hair IoU %.3f, ears (skin) IoU %.3f, scale error %.1f%%",
                    p.name(), scalp, hair, ears, scaleErr * 100);
            assertTrue(scalp >= 0.9, msg);
            assertTrue(hair >= 0.9, msg);
            assertTrue(ears >= 0.9, msg);
            assertTrue(scaleErr <= 0.10, msg);
            assertTrue(s.view() == View.TOP, msg + " view " + s.view());
            assertEarsAreNotScalp(s, p);
        }
    }

    /**
     * A head that runs out of both sides of the photo cannot give its width: the scale from it comes with a warning
     * that says so. The same head within the photo gets none.
     */
    @Test
    void aHeadWiderThanThePhotoIsWarnedOf() {
        SyntheticPhoto p = SyntheticHeads.generate(SyntheticHeads.Kind.TOP_BALD, SkinTone.MEDIUM, 1.0, 1);
        int h = p.photo().height();
        int[] row = widestRow(p);
        // the middle 70% of the head's widest row, and the photo's full height
        int cx0 = row[0] + row[1] * 15 / 100, cw = row[1] * 70 / 100;
        byte[] rgb = new byte[cw * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < cw; x++) {
                for (int c = 0; c < 3; c++) rgb[(y * cw + x) * 3 + c] = (byte) p.photo().channel(cx0 + x, y, c);
            }
        }
        Segmentation cropped = Segmenter.create().segment(RgbImage.wrap(cw, h, rgb), Optional.empty());
        assertTrue(cropped.warnings().stream().anyMatch(m -> m.contains("fills the photo's width")), cropped.warnings().toString());
        Segmentation whole = segmented(p);
        assertTrue(whole.warnings().stream().noneMatch(m -> m.contains("fills the photo's width")), whole.warnings().toString());
    }

    /** The ears beside a head seen from above lie flat against it: none of them may be taken for scalp. */
    private static void assertEarsAreNotScalp(Segmentation s, SyntheticPhoto p) {
        long ears = 0, asScalp = 0;
        for (int y = 0; y < p.truth().height(); y++) {
            for (int x = 0; x < p.truth().width(); x++) {
                if (p.truth().get(x, y) != LabelMap.SKIN) continue;
                ears++;
                if (in(s.labels().get(x, y), LabelMap.SCALP, LabelMap.THINNING)) asScalp++;
            }
        }
        assertTrue(asScalp < 0.01 * ears, String.format(Locale.ROOT, "%s: %.1f%% of the ears taken as scalp", p.name(),
                100.0 * asScalp / ears));
    }

    /** A frontal face is found on every skin tone, the dark one too, and gives the scale from the eyes. */
    @Test
    void frontViewsOfEverySkinToneFindTheFaceScalpSkinAndScale() {
        for (SkinTone tone : SkinTone.values()) {
            SyntheticPhoto p = SyntheticHeads.generate(SyntheticHeads.Kind.FRONT_RECEDING, tone, 1.0, 1);
            Segmentation s = segmented(p);
            double scalp = iou(s.labels(), p.truth(), LabelMap.SCALP);
            double skin = iou(s.labels(), p.truth(), LabelMap.SKIN);
            double hair = iou(s.labels(), p.truth(), LabelMap.HAIR);
            double scaleErr = scaleError(s, p);
            String msg = String.format(Locale.ROOT, "%s: view %s, scale from %s, error %.1f%%, scalp IoU %.3f, skin %.3f, hair %.3f",
                    p.name(), s.view().id(), s.scale().source().id(), scaleErr * 100, scalp, skin, hair);
            assertTrue(s.view() == View.FRONT && s.eyes().size() == 2, msg);
            assertTrue(scaleErr <= 0.10, msg);
            assertTrue(scalp >= 0.9 && skin >= 0.9, msg);
            assertTrue(hair >= 0.9, msg);
        }
    }

    /**
     * The crown's ring of thinning hair (strands over skin, too fine to be dark pixels at the working size, and
     * sparse enough at its inner edge to leave the window nearly as light as skin) is found as thinning around the
     * bare middle, up to the middle's edge, while the smooth, shaded bald top and the rim along every hairline are not
     * thinning.
     */
    @Test
    void thinningIsTheTexturedRingNotTheShadedScalpNorTheHairlineRim() {
        for (SkinTone tone : SkinTone.values()) {
            SyntheticPhoto crown = SyntheticHeads.generate(SyntheticHeads.Kind.CROWN_THINNING, tone, 1.0, 1);
            Segmentation s = segmented(crown);
            double thinning = iou(s.labels(), crown.truth(), LabelMap.THINNING);
            double bare = iou(s.labels(), crown.truth(), LabelMap.SCALP);
            double ears = iou(s.labels(), crown.truth(), LabelMap.SKIN);
            String msg = String.format(Locale.ROOT, "%s: thinning IoU %.3f, bare middle %.3f, ears (skin) %.3f",
                    crown.name(), thinning, bare, ears);
            assertTrue(thinning >= 0.9, msg);
            assertTrue(bare >= 0.9, msg);
            assertTrue(ears >= 0.9, msg);
            assertEarsAreNotScalp(s, crown);

            SyntheticPhoto bald = SyntheticHeads.generate(SyntheticHeads.Kind.TOP_BALD, tone, 1.0, 1);
            LabelMap labels = segmented(bald).labels();
            long thin = 0, head = 0;
            for (int y = 0; y < labels.height(); y++) {
                for (int x = 0; x < labels.width(); x++) {
                    int t = bald.truth().get(x, y);
                    if (t == LabelMap.SCALP || t == LabelMap.HAIR) head++;
                    if (labels.get(x, y) == LabelMap.THINNING) thin++;
                }
            }
            assertTrue(thin < 0.001 * head, String.format(Locale.ROOT, "%s: %.2f%% of the head taken as thinning",
                    bald.name(), 100.0 * thin / head));
        }
    }
}
