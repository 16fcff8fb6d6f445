package io.smp.engine.segment;

import org.junit.jupiter.api.Test;
import org.opencv.core.Rect;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Side views found from an eye alone, and where their hairline runs. */
class SideViewTest {
    static final int W = 400, H = 400;
    static final double PPC = 20;

    /** An upright oval head: centre (200, 200), 150 px half-width, 180 px half-height. */
    private static boolean[] head() {
        boolean[] m = new boolean[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                double u = (x - 200) / 150.0, v = (y - 200) / 180.0;
                m[y * W + x] = u * u + v * v <= 1;
            }
        }
        return m;
    }

    private static Rect eye(int cx, int cy, int size) {
        return new Rect(cx - size / 2, cy - size / 2, size, size);
    }

    private static Optional<SideView> side(Rect... eyes) {
        return SideView.ofLoneEyes(List.of(eyes), head(), new boolean[W * H], W, H, PPC);
    }

    @Test
    void anEyeNearAnEndOfTheHeadShowsASideViewLookingThatWay() {
        Optional<SideView> left = side(eye(70, 210, 40));
        assertTrue(left.isPresent());
        assertFalse(left.get().facesRight());
        assertEquals(Optional.of(eye(70, 210, 40)), left.get().eye());
        Optional<SideView> right = side(eye(330, 210, 40));
        assertTrue(right.isPresent());
        assertTrue(right.get().facesRight());
        // an ear in the middle of the head is passed over for the eye near its end
        assertEquals(Optional.of(eye(330, 210, 40)), side(eye(200, 210, 40), eye(330, 210, 40)).flatMap(SideView::eye));
    }

    @Test
    void eyesElsewhereShowNoSideView() {
        assertTrue(side().isEmpty(), "no eye");
        assertTrue(side(eye(200, 210, 40)).isEmpty(), "in the middle, as an ear is");
        assertTrue(side(eye(150, 50, 40)).isEmpty(), "near the top, as a sheen on the scalp is");
        assertTrue(side(eye(170, 360, 40)).isEmpty(), "near the bottom, as a neck or a jaw is");
        assertTrue(side(eye(20, 20, 30)).isEmpty(), "off the head");
        assertTrue(side(eye(80, 210, 80)).isEmpty(), "too large for an eye on this head");
        assertTrue(side(eye(60, 210, 12)).isEmpty(), "too small");
    }

    @Test
    void theSideHairlineRisesFromTheTempleToTheFront() {
        Rect e = eye(70, 210, 40);
        SideView v = SideView.ofEye(e, false, PPC);
        double eyeRow = 210 - SideView.EYE_ROW_CM * PPC;
        assertEquals(eyeRow, v.eyeRow(), 1e-9);
        double front = 70 - SideView.EYE_FRONT_CM * PPC, temple = 70 + SideView.EYE_TEMPLE_CM * PPC;
        assertEquals(eyeRow - SideView.FRONT_CM * PPC, v.hairlineRow(front - 10, PPC), 1e-9, "ahead of the eye");
        assertEquals(eyeRow - SideView.TEMPLE_CM * PPC, v.hairlineRow(temple + 50, PPC), 1e-9, "behind the temple");
        double last = Double.NEGATIVE_INFINITY;
        for (double x = front; x <= temple; x += 5) {
            double row = v.hairlineRow(x, PPC);
            assertTrue(row >= last, "falls from the front to the temple at x=" + x);
            last = row;
        }
        // facing the other way, the mirror image
        SideView m = SideView.ofEye(eye(W - 70, 210, 40), true, PPC);
        for (double x = 0; x < W; x += 7) assertEquals(v.hairlineRow(x, PPC), m.hairlineRow(W - x, PPC), 1e-9);
    }

    @Test
    void aProfileBoxPlacesTheSameHairline() {
        Rect r = new Rect(40, 100, 200, 340);
        SideView v = SideView.ofProfile(r, false);
        assertEquals(100 + SideView.PROFILE_EYE_ROW * 340, v.eyeRow(), 1e-9);
        assertEquals(v.eyeRow() - SideView.FRONT_CM * PPC, v.hairlineRow(r.x, PPC), 1e-9);
        assertEquals(v.eyeRow() - SideView.TEMPLE_CM * PPC, v.hairlineRow(r.x + r.width, PPC), 1e-9);
        assertTrue(v.eye().isEmpty());
    }
}
