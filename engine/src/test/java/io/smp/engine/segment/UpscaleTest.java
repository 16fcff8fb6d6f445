package io.smp.engine.segment;

import io.smp.engine.cv.Mats;
import io.smp.engine.cv.Native;
import io.smp.engine.cv.OpenCv;
import io.smp.engine.image.LabelMap;
import io.smp.engine.image.RgbImage;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The labels come back to full size along the photo's own edges, not along the work size's pixel grid. */
class UpscaleTest {
    static final int W = 1280, H = 1280, SW = 640, SH = 640, BLOCK = 4;

    @Test
    void aLabelEdgeFoundCoarselyFollowsThePhotosEdgeAtFullSize() {
        // a slanted edge between a dark backdrop and a light head
        assertFollowsTheEdge(new int[]{50, 50, 50}, new int[]{200, 200, 200});
    }

    @Test
    void anEdgeOfColourAloneIsFollowedToo() {
        // a tan ear against a blue backdrop of the same lightness (Rec. 601 luma 130.3 both)
        assertFollowsTheEdge(new int[]{110, 128, 196}, new int[]{170, 120, 80});
    }

    /**
     * The work-size labels found the edge only to the nearest 4 work pixels (a staircase 8 full-size pixels high);
     * at full size, under a tenth as many pixels as the staircase's may be on the wrong side of it.
     */
    private static void assertFollowsTheEdge(int[] backdrop, int[] head) {
        OpenCv.load();
        byte[] rgb = new byte[W * H * 3];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int[] c = head(x, y) ? head : backdrop;
                for (int k = 0; k < 3; k++) rgb[(y * W + x) * 3 + k] = (byte) c[k];
            }
        }
        byte[] labels = new byte[SW * SH];
        for (int y = 0; y < SH; y++) {
            for (int x = 0; x < SW; x++) {
                int cx = (x / BLOCK) * BLOCK + BLOCK / 2, cy = (y / BLOCK) * BLOCK + BLOCK / 2;
                labels[y * SW + x] = head(2 * cx + 1, 2 * cy + 1) ? LabelMap.SCALP : LabelMap.BACKGROUND;
            }
        }
        LabelMap full;
        try (Native<Mat> guide = Native.of(Mats.bgr(RgbImage.wrap(W, H, rgb)))) {
            full = AdaptiveSegmenter.upscale(labels, SW, SH, guide.get());
        }
        int wrong = 0, wrongStaircase = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                boolean truth = head(x, y);
                if ((full.get(x, y) == LabelMap.SCALP) != truth) wrong++;
                if ((labels[(y / 2) * SW + x / 2] == LabelMap.SCALP) != truth) wrongStaircase++;
            }
        }
        assertTrue(wrong * 10 < wrongStaircase, wrong + " pixels on the wrong side of the edge; the staircase has " + wrongStaircase);
    }

    private static boolean head(int x, int y) {
        return x > 0.6 * y + 300;
    }
}
