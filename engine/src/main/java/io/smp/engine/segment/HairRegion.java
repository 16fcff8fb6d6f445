package io.smp.engine.segment;

import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.imgproc.Imgproc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Hair against everything else of the person, by a second GrabCut: this photo's hair colours are learned from
 * the pixels that are clearly hair (darker than the skin and hair-coloured), the other colours from the background,
 * the middle of the face and the skin below the top of the face box, and a graph cut decides the pixels in between.
 * Brown, red and blond hair above the face, whose hue is close to the skin's, is so told from the skin by this
 * photo's colours rather than by fixed thresholds. Runs at a reduced size ({@value #SIDE} px long side) and returns
 * a mask at the work size.
 */
final class HairRegion {
    static final int SIDE = 320;
    private static final int ITERATIONS = 3;

    private HairRegion() {
    }

    /**
     * @param small    the work-size photo (BGR)
     * @param person   the person against the background (work size)
     * @param skin     skin-coloured pixels (work size)
     * @param hairLike pixels that may start as hair: hair-coloured ones, and with a face white or grey ones (work size)
     * @param darkHair hair-like pixels clearly darker than the skin (work size)
     * @param face     a frontal face box, in work coordinates
     */
    static boolean[] find(Mat small, boolean[] person, boolean[] skin, boolean[] hairLike, boolean[] darkHair,
                          Optional<Rect> face) {
        int sw = small.cols(), sh = small.rows();
        double g = Math.min(1.0, SIDE / (double) Math.max(sw, sh));
        int gw = Math.max(1, (int) Math.round(sw * g)), gh = Math.max(1, (int) Math.round(sh * g));
        byte[] init = new byte[gw * gh];
        for (int y = 0; y < gh; y++) {
            for (int x = 0; x < gw; x++) {
                int si = HeadRegion.workIndex(x, y, g, sw, sh);
                int i = y * gw + x;
                if (!person[si]) init[i] = (byte) Imgproc.GC_BGD;
                else if (darkHair[si]) init[i] = (byte) Imgproc.GC_FGD;
                // with a face, hair-coloured pixels start as hair (grey and blond hair are not dark); without one,
                // hair grows only from the clearly dark hair, as lighter grey pixels are as often a shaved scalp's sheen
                else if (hairLike[si] && face.isPresent()) init[i] = (byte) Imgproc.GC_PR_FGD;
                // without a face there is no telling a bald patch from hair in the skin's colours: skin stays skin
                else if (skin[si] && face.isEmpty()) init[i] = (byte) Imgproc.GC_BGD;
                else init[i] = (byte) Imgproc.GC_PR_BGD;
            }
        }
        if (face.isPresent()) {
            // the eyes, cheeks, nose and mouth are never scalp hair
            Rect r = face.get();
            int x0 = (int) ((r.x + NEVER_HAIR_SIDE * r.width) * g), x1 = (int) ((r.x + (1 - NEVER_HAIR_SIDE) * r.width) * g);
            int y0 = (int) ((r.y + NEVER_HAIR_TOP * r.height) * g), y1 = (int) ((r.y + 0.8 * r.height) * g);
            for (int y = Math.max(0, y0); y < Math.min(gh, y1); y++) {
                for (int x = Math.max(0, x0); x < Math.min(gw, x1); x++) init[y * gw + x] = Imgproc.GC_BGD;
            }
            // skin-coloured pixels from just below the face box's top down are face, neck or body, not hair in
            // the skin's colours: only hair above the face (brown or blond like the skin) may be taken from the skin
            int fy0 = (int) ((r.y + 0.1 * r.height) * g);
            for (int y = Math.max(0, fy0); y < gh; y++) {
                for (int x = 0; x < gw; x++) {
                    if (skin[HeadRegion.workIndex(x, y, g, sw, sh)]) init[y * gw + x] = Imgproc.GC_BGD;
                }
            }
        }
        if (!HeadRegion.hasBoth(init)) {
            boolean[] out = new boolean[sw * sh];
            for (int i = 0; i < out.length; i++) out[i] = person[i] && hairLike[i];
            return out;
        }
        boolean[] cut = HeadRegion.cut(small, init, gw, gh, ITERATIONS);
        boolean[] out = new boolean[sw * sh];
        for (int i = 0; i < out.length; i++) out[i] = person[i] && cut[i];
        return out;
    }

    /**
     * The part of a frontal face box that is never hair (eyes, cheeks, nose, mouth): from {@value #NEVER_HAIR_TOP} of
     * its height down, without {@value #NEVER_HAIR_SIDE} of its width on each side.
     */
    static final double NEVER_HAIR_TOP = 0.3, NEVER_HAIR_SIDE = 0.2;

    /**
     * Drops hair that is smoother than hair: pixels whose lightness varies locally (standard deviation over
     * {@value #TEXTURE_WINDOW} px, averaged over {@value #TEXTURE_SMOOTHING} px at the work size) less than
     * {@value #SMOOTH_SHARE} of what it does in this photo's clearly dark hair. Out-of-focus walls and backdrops of
     * grey or beige, which the colour models take for grey or blond hair, are smooth; hair has strands. The clearly
     * dark hair itself stays, since black hair in shadow can be smooth too.
     *
     * @param hair        the hair mask, changed in place (work size)
     * @param tex         {@link #texture} of the work-size photo
     * @param hairTexture {@link #hairTexture}: NaN leaves the mask as it is
     * @param darkHair    hair-like pixels clearly darker than the skin (work size)
     */
    static void dropSmooth(boolean[] hair, float[] tex, double hairTexture, boolean[] darkHair) {
        if (Double.isNaN(hairTexture)) return;
        double limit = SMOOTH_SHARE * hairTexture;
        for (int i = 0; i < hair.length; i++) if (hair[i] && !darkHair[i] && tex[i] < limit) hair[i] = false;
    }

    /**
     * Beside the head, a backdrop as dark as the hair is kept by {@link #dropSmooth}: in a frontal photo, each
     * connected area of hair smoother than {@value #SMOOTHEST_SHARE} of this photo's dense hair (dark or not) that
     * lies mostly more than {@value #BESIDE_HEAD} face widths from the face's middle is dropped. The skull is about
     * one face box wide (16 cm), so that is beyond about 1.6 cm of hair beside the skull; long hair falling there has
     * strands, a dark wall or curtain does not. Whole areas go, so no straight cut is left in the hair.
     *
     * @param hair        the hair mask, changed in place (w x h)
     * @param tex         {@link #texture} of the work-size photo
     * @param hairTexture {@link #hairTexture}: NaN leaves the mask as it is
     * @param face        the frontal face box
     */
    static void dropSmoothBeside(boolean[] hair, float[] tex, double hairTexture, Rect face, int w, int h) {
        if (Double.isNaN(hairTexture)) return;
        double cx = face.x + face.width / 2.0, beside = BESIDE_HEAD * face.width, limit = SMOOTHEST_SHARE * hairTexture;
        boolean[] smooth = new boolean[hair.length];
        for (int i = 0; i < hair.length; i++) smooth[i] = hair[i] && tex[i] < limit;
        AdaptiveSegmenter.Areas areas = AdaptiveSegmenter.components(smooth, w, h);
        int[] ids = areas.ids();
        long[] all = areas.sizes(), outside = new long[areas.count()];
        for (int i = 0; i < ids.length; i++) if (Math.abs(i % w - cx) > beside) outside[ids[i]]++;
        for (int i = 0; i < ids.length; i++) if (ids[i] > 0 && 2 * outside[ids[i]] > all[ids[i]]) hair[i] = false;
    }

    static final double BESIDE_HEAD = 0.6, SMOOTHEST_SHARE = 0.3;

    /**
     * Black hair on a black backdrop: colour cannot tell them apart, so the cuts lose the hair with the backdrop.
     * The skull is where it is whatever the backdrop: in a frontal photo, the cap of the skull above the eyes (an
     * ellipse over the head's width as {@link #headSpan} finds it, at least a face box wide, reaching
     * {@value #CAP_ABOVE} face heights above the face box) holds hair or scalp. When at least {@value #CAP_DARK} of
     * that cap is clearly dark hair-coloured and not skin, and the hair cut kept less than {@value #CAP_KEPT} of
     * those pixels, they are hair. A bald head's cap is skin, and hair the cut found is left as it is.
     *
     * @param hair     the hair mask, changed in place (w x h)
     * @param darkHair hair-like pixels clearly darker than the skin
     * @param skin     skin-coloured pixels
     * @param faceSkin the skin region holding the face
     * @param face     the frontal face box
     */
    static void fillSkullCap(boolean[] hair, boolean[] darkHair, boolean[] skin, boolean[] faceSkin, Rect face, int w, int h) {
        double[] span = headSpan(faceSkin, face, w, h);
        double cx = (span[0] + span[1]) / 2, cy = face.y + 0.5 * face.height;
        double ax = Math.max((span[1] - span[0]) / 2, 0.5 * face.width), ay = (0.5 + CAP_ABOVE) * face.height;
        int bottom = (int) Math.min(h, face.y + 0.3 * face.height);
        boolean[] cap = new boolean[w * h];
        long area = 0, dark = 0, kept = 0;
        for (int y = 0; y < bottom; y++) {
            for (int x = 0; x < w; x++) {
                double u = (x - cx) / ax, v = (y - cy) / ay;
                if (u * u + v * v > 1) continue;
                int i = y * w + x;
                area++;
                cap[i] = darkHair[i] && !skin[i];
                if (cap[i]) {
                    dark++;
                    if (hair[i]) kept++;
                }
            }
        }
        if (dark < CAP_DARK * area || kept >= CAP_KEPT * dark) return;
        for (int i = 0; i < cap.length; i++) if (cap[i]) hair[i] = true;
    }

    /**
     * The head's left and right edges in a frontal photo: the median over the rows from the eyes to the nose of the
     * leftmost and rightmost pixels of the face's skin region (cheeks, temples, ears). A turned face's box is off
     * the skull's middle and often reaches past the cheek onto the backdrop; the skin is where the head is. The face
     * box's own sides when the skin region holds fewer than half of those rows.
     */
    static double[] headSpan(boolean[] faceSkin, Rect box, int w, int h) {
        int y0 = Math.max(0, (int) (box.y + 0.4 * box.height)), y1 = Math.min(h, (int) (box.y + 0.6 * box.height));
        List<Integer> lefts = new ArrayList<>(), rights = new ArrayList<>();
        for (int y = y0; y < y1; y++) {
            int l = -1, r = -1;
            for (int x = 0; x < w; x++) {
                if (!faceSkin[y * w + x]) continue;
                if (l < 0) l = x;
                r = x;
            }
            if (l < 0) continue;
            lefts.add(l);
            rights.add(r);
        }
        if (lefts.size() < Math.max(1, (y1 - y0) / 2)) return new double[]{box.x, box.x + box.width};
        Collections.sort(lefts);
        Collections.sort(rights);
        return new double[]{lefts.get(lefts.size() / 2), rights.get(rights.size() / 2) + 1};
    }

    static final double CAP_ABOVE = 0.3, CAP_DARK = 0.15, CAP_KEPT = 0.8;

    static final int TEXTURE_WINDOW = 5, TEXTURE_SMOOTHING = 15, MIN_DARK_HAIR = 50;
    static final double SMOOTH_SHARE = 0.5;

    /** The median texture of the clearly dark hair of the person, or NaN when there is too little of it. */
    static double hairTexture(float[] tex, boolean[] darkHair, boolean[] person) {
        int n = 0;
        for (int i = 0; i < tex.length; i++) if (darkHair[i] && person[i]) n++;
        if (n < MIN_DARK_HAIR) return Double.NaN;
        double[] ref = new double[n];
        for (int i = 0, k = 0; i < tex.length; i++) if (darkHair[i] && person[i]) ref[k++] = tex[i];
        java.util.Arrays.sort(ref);
        return ref[n / 2];
    }

    /** Local standard deviation of lightness, averaged over a neighbourhood. */
    static float[] texture(AdaptiveSegmenter.Work w) {
        int n = w.w() * w.h();
        float[] mean = new float[n], sq = new float[n];
        for (int i = 0; i < n; i++) {
            mean[i] = w.l(i);
            sq[i] = mean[i] * mean[i];
        }
        AdaptiveSegmenter.boxBlur(mean, w.w(), w.h(), TEXTURE_WINDOW);
        AdaptiveSegmenter.boxBlur(sq, w.w(), w.h(), TEXTURE_WINDOW);
        float[] deviation = new float[n];
        for (int i = 0; i < n; i++) deviation[i] = (float) Math.sqrt(Math.max(0, sq[i] - mean[i] * mean[i]));
        AdaptiveSegmenter.boxBlur(deviation, w.w(), w.h(), TEXTURE_SMOOTHING);
        return deviation;
    }
}
