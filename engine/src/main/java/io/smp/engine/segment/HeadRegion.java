package io.smp.engine.segment;

import io.smp.engine.cv.Mats;
import io.smp.engine.cv.Native;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

import java.util.Optional;

/**
 * The person's head (skin and hair) against the background, by GrabCut: colour models of this photo's person and
 * background are learned from a prior (the face box and where a head sits around it, or the skin found and the
 * middle of the photo) and a graph cut decides every pixel. Runs at a reduced size ({@value #SIDE} px long side)
 * and returns a mask at the work size.
 */
final class HeadRegion {
    static final int SIDE = 240;
    private static final int ITERATIONS = 4;

    private HeadRegion() {
    }

    /**
     * @param small    the work-size photo (BGR)
     * @param face     a frontal face box, in work coordinates
     * @param profile  a profile face box when no frontal face was found
     * @param facesRight whether the profile looks to the right of the photo
     * @param skinSeed the skin region most likely to be the head (work size)
     * @param skin     every skin-coloured pixel (work size)
     * @param hairLike pixels that are hair-coloured and clearly darker than the skin (work size)
     */
    static boolean[] find(Mat small, Optional<Rect> face, Optional<Rect> profile, boolean facesRight,
                          boolean[] skinSeed, boolean[] skin, boolean[] hairLike) {
        int sw = small.cols(), sh = small.rows();
        double g = Math.min(1.0, SIDE / (double) Math.max(sw, sh));
        int gw = Math.max(1, (int) Math.round(sw * g)), gh = Math.max(1, (int) Math.round(sh * g));
        byte[] init = new byte[gw * gh];
        java.util.Arrays.fill(init, (byte) Imgproc.GC_PR_BGD);
        boolean closeUp = closeUp(skin, hairLike, sw, sh);
        if (face.isPresent() || profile.isPresent()) {
            Rect r = face.orElseGet(profile::get);
            double fw = r.width * g, fh = r.height * g;
            double cx = (r.x + r.width / 2.0) * g, cy = (r.y + 0.3 * r.height) * g;
            double ax = 0.72 * fw, ay = 0.9 * fh;
            if (face.isEmpty()) {
                // a profile box sits on the face; the skull reaches back behind it
                cx += (facesRight ? -0.35 : 0.35) * fw;
                ax = 0.85 * fw;
            }
            for (int y = 0; y < gh; y++) {
                for (int x = 0; x < gw; x++) {
                    double u = (x - cx) / ax, v = (y - cy) / ay;
                    int i = y * gw + x;
                    if (u * u + v * v <= 1) init[i] = Imgproc.GC_PR_FGD;
                    int band = Math.max(2, gw / 30);
                    boolean border = x < band || x >= gw - band || y < band || y >= gh - band;
                    int si = workIndex(x, y, g, sw, sh);
                    boolean headColour = skin[si] || hairLike[si];
                    boolean far = Math.abs(x - cx) > 1.6 * fw || y < cy - 1.5 * fh
                            || (border && u * u + v * v > 1.3 && !headColour);
                    if (far && !closeUp) init[i] = Imgproc.GC_BGD;
                }
            }
            // the cheeks and nose (or the middle of a profile) are the person for sure
            int x0 = (int) ((r.x + 0.25 * r.width) * g), x1 = (int) ((r.x + 0.75 * r.width) * g);
            int y0 = (int) ((r.y + 0.45 * r.height) * g), y1 = (int) ((r.y + 0.75 * r.height) * g);
            for (int y = Math.max(0, y0); y < Math.min(gh, y1); y++) {
                for (int x = Math.max(0, x0); x < Math.min(gw, x1); x++) init[y * gw + x] = Imgproc.GC_FGD;
            }
        } else {
            // no face: the head is around the skin found, and the photo is framed on it
            for (int y = 0; y < gh; y++) {
                for (int x = 0; x < gw; x++) {
                    double u = (x - gw / 2.0) / (0.38 * gw), v = (y - gh / 2.0) / (0.42 * gh);
                    if (u * u + v * v <= 1) init[y * gw + x] = Imgproc.GC_PR_FGD;
                }
            }
            if (!closeUp) {
                // the band along the top and sides is background, except clearly dark hair: a head photographed
                // from close runs out of the frame, and its hair at the edge must not teach the background model
                int band = Math.max(1, Math.round(0.02f * Math.min(gw, gh)));
                for (int y = 0; y < gh; y++) {
                    for (int x = 0; x < gw; x++) {
                        boolean edge = x < band || x >= gw - band || y < band;
                        if (edge && !hairLike[workIndex(x, y, g, sw, sh)]) init[y * gw + x] = Imgproc.GC_BGD;
                    }
                }
            }
        }
        // the skin region taken as the head is the person; confident skin elsewhere probably is
        for (int y = 0; y < gh; y++) {
            for (int x = 0; x < gw; x++) {
                int i = y * gw + x;
                if (skinSeed[workIndex(x, y, g, sw, sh)] && init[i] != Imgproc.GC_FGD) init[i] = Imgproc.GC_PR_FGD;
            }
        }
        return cut(small, init, gw, gh, ITERATIONS);
    }

    /** The work-size pixel under pixel ({@code x}, {@code y}) of the grid reduced by {@code g}. */
    static int workIndex(int x, int y, double g, int sw, int sh) {
        return Math.min(sh - 1, (int) ((y + 0.5) / g)) * sw + Math.min(sw - 1, (int) ((x + 0.5) / g));
    }

    /**
     * Runs GrabCut on {@code small} reduced to {@code gw} x {@code gh} from the seeds in {@code init} (GC_* values) and
     * returns the foreground at {@code small}'s size. When the seeds hold only one side, the seeds are the answer.
     */
    static boolean[] cut(Mat small, byte[] init, int gw, int gh, int iterations) {
        int sw = small.cols(), sh = small.rows();
        byte[] result;
        try (Native<Mat> img = Native.of(new Mat()); Native<Mat> mask = Native.of(Mats.gray(gw, gh, init));
             Native<Mat> bg = Native.of(new Mat()); Native<Mat> fg = Native.of(new Mat())) {
            Imgproc.resize(small, img.get(), new Size(gw, gh), 0, 0, Imgproc.INTER_AREA);
            if (hasBoth(init)) {
                // GrabCut starts its colour models with k-means on OpenCV's per-thread generator: seed it, so the same
                // photo always gives the same result whatever ran before on this thread
                org.opencv.core.Core.setRNGSeed(0x5eed);
                Imgproc.grabCut(img.get(), mask.get(), new Rect(), bg.get(), fg.get(), iterations, Imgproc.GC_INIT_WITH_MASK);
            }
            byte[] m = Mats.bytes(mask.get());
            byte[] prob = new byte[m.length];
            for (int i = 0; i < m.length; i++) prob[i] = (m[i] == Imgproc.GC_FGD || m[i] == Imgproc.GC_PR_FGD) ? (byte) 255 : 0;
            try (Native<Mat> p = Native.of(Mats.gray(gw, gh, prob)); Native<Mat> up = Native.of(new Mat())) {
                Imgproc.resize(p.get(), up.get(), new Size(sw, sh), 0, 0, Imgproc.INTER_LINEAR);
                result = Mats.bytes(up.get());
            }
        }
        boolean[] out = new boolean[sw * sh];
        for (int i = 0; i < out.length; i++) out[i] = (result[i] & 0xFF) >= 128;
        return out;
    }

    /** GrabCut needs pixels on both sides to start its colour models. */
    static boolean hasBoth(byte[] init) {
        boolean fg = false, bg = false;
        for (byte b : init) {
            if (b == Imgproc.GC_FGD || b == Imgproc.GC_PR_FGD) fg = true;
            else bg = true;
            if (fg && bg) return true;
        }
        return false;
    }

    /** A close-up: skin or hair colours fill most of the photo's border, so the border is not background. */
    static boolean closeUp(boolean[] skin, boolean[] hairLike, int w, int h) {
        int n = 0, head = 0;
        for (int x = 0; x < w; x++) {
            for (int y : new int[]{0, h - 1}) {
                n++;
                if (skin[y * w + x] || hairLike[y * w + x]) head++;
            }
        }
        for (int y = 0; y < h; y++) {
            for (int x : new int[]{0, w - 1}) {
                n++;
                if (skin[y * w + x] || hairLike[y * w + x]) head++;
            }
        }
        return head > 0.6 * n;
    }
}
