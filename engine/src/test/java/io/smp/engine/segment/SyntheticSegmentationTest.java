package io.smp.engine.segment;

import io.smp.engine.image.LabelMap;
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

    @Test
    void topViewsFindScalpHairAndScale() {
        for (SkinTone tone : SkinTone.values()) {
            SyntheticPhoto p = SyntheticHeads.generate(SyntheticHeads.Kind.TOP_BALD, tone, 1.0, 1);
            Segmentation s = Segmenter.create().segment(p.photo(), Optional.empty());
            double scalp = iou(s.labels(), p.truth(), LabelMap.SCALP, LabelMap.THINNING);
            double hair = iou(s.labels(), p.truth(), LabelMap.HAIR);
            double scaleErr = Math.abs(s.scale().pxPerCm() / p.pxPerCm() - 1);
            String msg = String.format(Locale.ROOT, "%s: scalp IoU %.3f, hair IoU %.3f, scale error %.1f%%", p.name(), scalp, hair, scaleErr * 100);
            assertTrue(scalp >= 0.9, msg);
            assertTrue(hair >= 0.7, msg);
            assertTrue(scaleErr <= 0.10, msg);
            assertTrue(s.view() == View.TOP, msg + " view " + s.view());
        }
    }
}
