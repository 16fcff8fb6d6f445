package io.smp.engine.segment;

import org.opencv.core.Rect;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A head seen from the side, and where its hairline runs: the side hairline rises from the temple,
 * {@value #TEMPLE_CM} cm above the eye's row behind the eye, to {@value #FRONT_CM} cm above it at the front. Below
 * it are face, ear and neck; above it, on bare skin, the scalp.
 *
 * @param eyeRow     the eye's row
 * @param frontX     the column from which the hairline is at its highest, toward the face
 * @param backX      the column behind which it is at the temple's height
 * @param facesRight whether the face looks toward the photo's right (a right view)
 * @param eye        the eye it was found from, when no profile was found
 */
record SideView(double eyeRow, double frontX, double backX, boolean facesRight, Optional<Rect> eye) {
    /*
     * With a side view's scale from the head's length (ScaleEstimator.HEAD_LENGTH_CM): the front is about as high as
     * a frontal hairline's middle (the domain's 8 cm above the brow line, the brow about 1.5 cm above the eye).
     */
    static final double TEMPLE_CM = 2.8, FRONT_CM = 9.1;

    /** The eye's row in a profile box of the LBP cascade (its window is 20 wide and 34 tall). */
    static final double PROFILE_EYE_ROW = 0.3;

    /** The eye's row of a profile box whose top is {@code y} and height {@code height}. */
    static double profileEyeRow(double y, double height) {
        return y + PROFILE_EYE_ROW * height;
    }

    /** The eye's row, as the profile's box would place it, for a lone eye's box whose top is {@code y}. */
    static double loneEyeRow(double y, double height, double ppc) {
        return y + height / 2.0 - EYE_ROW_CM * ppc;
    }

    /** The hairline's row at column {@code x}, for a scale of {@code ppc} pixels per cm. */
    double hairlineRow(double x, double ppc) {
        double t = Math.max(0, Math.min(1, (x - backX) / (frontX - backX)));
        return eyeRow - (TEMPLE_CM + (FRONT_CM - TEMPLE_CM) * t * t * (3 - 2 * t)) * ppc;
    }

    /** From the profile cascade's box: highest from a quarter of the box from its front, temple 0.6 of it behind. */
    static SideView ofProfile(Rect r, boolean facesRight) {
        double eye = profileEyeRow(r.y, r.height);
        return facesRight ? new SideView(eye, r.x + 0.75 * r.width, r.x + 0.15 * r.width, true, Optional.empty())
                : new SideView(eye, r.x + 0.25 * r.width, r.x + 0.85 * r.width, false, Optional.empty());
    }

    /*
     * From an eye alone, placed where the profile's box would place the hairline. On the 6 real side views where both
     * the profile and a lone eye were found, the profile box's eye row lay 0.42 cm above the eye's centre at the median
     * (-0.56 to 1.26), its front 1.4 cm ahead of the eye (0.56 to 2.8) and its temple 4.62 cm behind it (3.08 to 5.6),
     * with the side view's scale from the head's length.
     */
    static final double EYE_ROW_CM = 0.42, EYE_FRONT_CM = 1.4, EYE_TEMPLE_CM = 4.62;

    static SideView ofEye(Rect eye, boolean facesRight, double ppc) {
        double cx = eye.x + eye.width / 2.0, dir = facesRight ? 1 : -1;
        return new SideView(loneEyeRow(eye.y, eye.height, ppc), cx + dir * EYE_FRONT_CM * ppc, cx - dir * EYE_TEMPLE_CM * ppc, facesRight,
                Optional.of(eye));
    }

    /*
     * Where an eye of a side view lies on the head (skin and hair), measured on the real side views: within
     * FRONT_REACH of the head's widest row from the head's front or back end on its row, between ROW_LOW and
     * ROW_HIGH of the way from the head's top to its lowest row, and EYE_SMALL to EYE_LARGE of the widest row wide.
     * Eyes found on backgrounds, on ears (nearer the middle), on a scalp's sheen near the top or on necks fail one of
     * these. An ear passes when the back of the head is out of the photo (1 of the 53 side views); its face is then
     * taken to look the wrong way, but the hairline still runs 2 cm or more above the eye's row.
     */
    static final double FRONT_REACH = 0.22, ROW_LOW = 0.3, ROW_HIGH = 0.7, EYE_SMALL = 0.07, EYE_LARGE = 0.18;

    /**
     * The lone eye ({@link FaceFinder.Result#loneEyes}) that shows a side view: on the head, near its front, the one
     * nearest the head's end; the face looks toward that end.
     *
     * @param head the head's skin, w x h
     * @param hair its hair
     */
    static Optional<SideView> ofLoneEyes(List<Rect> eyes, boolean[] head, boolean[] hair, int w, int h, double ppc) {
        if (eyes.isEmpty()) return Optional.empty();
        int[] filled = new int[h];
        int[] extent = AdaptiveSegmenter.rowExtent(AdaptiveSegmenter.rowSpans(head, hair, w, h, filled));
        int top = extent[0], bottom = extent[1], widest = Arrays.stream(filled).max().orElse(0);
        if (bottom <= top) return Optional.empty();
        Rect best = null;
        boolean bestRight = false;
        double bestReach = Double.MAX_VALUE;
        for (Rect r : eyes) {
            int cx = r.x + r.width / 2, cy = r.y + r.height / 2;
            if (cx < 0 || cx >= w || cy < 0 || cy >= h || !(head[cy * w + cx] || hair[cy * w + cx])) continue;
            int x0 = cx, x1 = cx;
            for (int x = 0; x < w; x++) {
                if (head[cy * w + x] || hair[cy * w + x]) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                }
            }
            double reach = Math.min(cx - x0, x1 - cx) / (double) widest;
            double row = (cy - top) / (double) (bottom - top), size = r.width / (double) widest;
            if (reach > FRONT_REACH || row < ROW_LOW || row > ROW_HIGH || size < EYE_SMALL || size > EYE_LARGE) continue;
            if (reach < bestReach) {
                bestReach = reach;
                best = r;
                bestRight = x1 - cx < cx - x0;
            }
        }
        return best == null ? Optional.empty() : Optional.of(ofEye(best, bestRight, ppc));
    }
}
