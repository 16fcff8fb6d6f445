package io.smp.engine.segment;

import io.smp.engine.cv.OpenCv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The person against the background, on a drawn close-up with known answers. */
class HeadRegionTest {
    static final int W = 200, H = 200;

    @BeforeAll
    static void load() {
        OpenCv.load();
    }

    @Test
    void darkHairRunningOutOfTheFrameIsThePersonAndThePlainBackdropIsNot() {
        // a close-up from above without a face: dark brown hair fills the left 60% and runs out of the frame at the
        // left, top and bottom; a bald patch in its middle; a plain pale blue wall on the right
        byte[] bgr = new byte[W * H * 3];
        boolean[] skin = new boolean[W * H], dark = new boolean[W * H];
        Random rnd = new Random(5);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int i = y * W + x;
                boolean patch = Math.hypot(x - 60, y - 100) < 25;
                int b, g, r;
                if (x >= 120) { b = 225; g = 205; r = 190; }
                else if (patch) { b = 150; g = 170; r = 215; skin[i] = true; }
                else { int v = rnd.nextInt(30); b = 20 + v; g = 30 + v; r = 45 + v; dark[i] = true; }
                bgr[i * 3] = (byte) b;
                bgr[i * 3 + 1] = (byte) g;
                bgr[i * 3 + 2] = (byte) r;
            }
        }
        Mat photo = new Mat(H, W, CvType.CV_8UC3);
        try {
            photo.put(0, 0, bgr);
            boolean[] person = HeadRegion.find(photo, Optional.empty(), Optional.empty(), false, skin, skin, dark);
            assertTrue(person[100 * W + 1], "hair at the photo's left edge is the person");
            assertTrue(person[1 * W + 60], "hair at the photo's top edge is the person");
            assertTrue(person[100 * W + 60], "the bald patch is the person");
            assertFalse(person[100 * W + 190], "the plain wall is not");
            assertFalse(person[1 * W + 170], "the wall along the top edge is not");
        } finally {
            photo.release();
        }
    }
}
