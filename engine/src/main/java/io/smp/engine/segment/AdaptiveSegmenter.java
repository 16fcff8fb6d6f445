package io.smp.engine.segment;

import io.smp.engine.SmpException;
import io.smp.engine.cv.Mats;
import io.smp.engine.cv.Native;
import io.smp.engine.cv.OpenCv;
import io.smp.engine.image.LabelMap;
import io.smp.engine.image.RgbImage;
import io.smp.engine.scale.Scale;
import io.smp.engine.scale.ScaleEstimator;
import io.smp.engine.scale.ScaleOverride;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Segmentation that adapts to each photo: it learns this client's skin colour from confident pixels (the cheeks
 * of a detected face, or a conservative skin rule in the middle of the photo), labels skin by its distance to that
 * model in CIELAB, separates the person from the background with GrabCut seeded from the face or that skin
 * ({@link HeadRegion}), and within the person tells hair from skin or scalp with a second GrabCut that learns this
 * photo's hair colours from its clearly dark hair and drops what is smoother than that hair ({@link HairRegion}),
 * and thinning where skin and hair pixels mix. Works at a reduced size (long side {@value #WORK_SIDE} px) and
 * brings the labels back to full size along the photo's own edges ({@link #upscale}).
 */
final class AdaptiveSegmenter implements Segmenter {
    static final int WORK_SIDE = 640;

    @Override
    public Segmentation segment(RgbImage photo, Optional<ScaleOverride> scaleOverride) {
        OpenCv.load();
        try (Native<Mat> full = Native.of(Mats.bgr(photo))) {
            return segment(photo, scaleOverride, full.get(), FaceFinder.Search.FACES);
        }
    }

    /**
     * @param full   the photo at full size (BGR), whose colours also guide the labels back to full size
     * @param search what faces are looked for: not a frontal face when one found was too narrow for the head
     *               ({@link #tooNarrowForTheHead}), nor a profile when one found lay inside the head or on its
     *               hair ({@link #profileInsideTheHead}, {@link #profileOnHair})
     */
    private Segmentation segment(RgbImage photo, Optional<ScaleOverride> scaleOverride, Mat full, FaceFinder.Search search) {
        double f = Math.min(1.0, WORK_SIDE / (double) Math.max(photo.width(), photo.height()));
        int sw = Math.max(1, (int) Math.round(photo.width() * f));
        int sh = Math.max(1, (int) Math.round(photo.height() * f));
        List<String> warnings = new ArrayList<>();
        byte[] lab;
        byte[] bgrSmall;
        FaceFinder.Result faces;
        try (Native<Mat> small = Native.of(new Mat());
             Native<Mat> gray = Native.of(new Mat()); Native<Mat> labMat = Native.of(new Mat())) {
            Imgproc.resize(full, small.get(), new Size(sw, sh), 0, 0, Imgproc.INTER_AREA);
            Imgproc.cvtColor(small.get(), gray.get(), Imgproc.COLOR_BGR2GRAY);
            faces = FaceFinder.find(gray.get(), search);
            Imgproc.cvtColor(small.get(), labMat.get(), Imgproc.COLOR_BGR2Lab);
            lab = new byte[sw * sh * 3];
            labMat.get().get(0, 0, lab);
            bgrSmall = new byte[sw * sh * 3];
            small.get().get(0, 0, bgrSmall);
        }
        Work w = new Work(sw, sh, lab);
        if (isGrayscale(w)) {
            throw new SmpException(SmpException.Kind.BAD_INPUT, "the photo has no colour (grayscale); smp tells skin from hair "
                    + "and background by colour, so use the colour original");
        }
        SkinModel model = faces.face().map(r -> SkinModel.fromBox(w, cheeks(r)))
                .orElseGet(() -> SkinModel.fromRule(w));
        if (model == null) throw noScalp("no skin-coloured region was found");
        boolean[] skin = model.classify(w);
        skin = clean(skin, sw, sh, Math.max(1, Math.round(Math.min(sw, sh) / 160f)));
        boolean[] seed = largestCompactComponent(skin, sw, sh, faces.face());
        long seedArea = count(seed);
        if (seedArea < 0.01 * sw * sh) throw noScalp("no head-sized skin region was found (largest is "
                + String.format(Locale.ROOT, "%.1f", 100.0 * seedArea / (sw * sh)) + "% of the photo)");
        boolean[] hairLike = new boolean[sw * sh];
        boolean[] darkHair = new boolean[sw * sh];
        for (int i = 0; i < hairLike.length; i++) {
            hairLike[i] = !skin[i] && isHairColour(w, i, model);
            darkHair[i] = hairLike[i] && w.l(i) < model.l() - model.sl();
        }
        float[] tex = HairRegion.texture(w);
        if (faces.face().isPresent()) shadedForehead(skin, hairLike, darkHair, w, tex, model, faces.face().get());
        boolean[] person;
        boolean[] hair;
        double hairTexture;
        try (Native<Mat> small = Native.of(new Mat(sh, sw, CvType.CV_8UC3))) {
            small.get().put(0, 0, bgrSmall);
            person = HeadRegion.find(small.get(), faces.face(), faces.profile(), faces.profileFacesRight(), seed, skin, darkHair);
            hairTexture = HairRegion.hairTexture(tex, darkHair, person);
            // with a face, white and grey hair (lighter and paler than the skin) may start as hair too; only what
            // is above the face can become hair, and a bald head's smooth sheen is dropped as smoother than hair
            boolean[] hairStart = faces.face().isPresent() ? withPaleSkin(hairLike, skin, w, model) : hairLike;
            hair = HairRegion.find(small.get(), person, skin, hairStart, darkHair, faces.face());
            HairRegion.dropSmooth(hair, tex, hairTexture, darkHair);
            if (faces.face().isPresent()) {
                withoutBrows(hair, sw, sh, faces.face().get());
                HairRegion.dropSmoothBeside(hair, tex, hairTexture, faces.face().get(), sw, sh);
                HairRegion.fillSkullCap(hair, darkHair, skin, seed, faces.face().get(), sw, sh);
            }
        }
        boolean[] head = new boolean[sw * sh];
        for (int i = 0; i < head.length; i++) head[i] = person[i] && skin[i] && !hair[i];
        head = clean(head, sw, sh, 1);
        head = withoutSpecks(head, sw, sh);
        fillHoles(head, w, model);
        for (int i = 0; i < head.length; i++) if (head[i]) hair[i] = false;
        hair = clean(hair, sw, sh, 1);
        if (faces.profile().isPresent() && (profileInsideTheHead(faces.profile().get(), faces.profileFacesRight(), person, sw, sh)
                || profileOnHair(faces.profile().get(), head, hair, sw, sh))) {
            return segment(photo, scaleOverride, full, FaceFinder.Search.EYES);
        }
        boolean[] faceHair = null;
        if (faces.face().isPresent()) {
            boolean[] kept = besideFace(hair, sw, sh, faces.face().get());
            faceHair = droppedOnFace(hair, kept, sw, sh, faces.face().get());
            hair = kept;
            withoutBackdropLines(hair, sw, sh, faces.face().get());
        }
        if (faces.face().isPresent() && tooNarrowForTheHead(faces.face().get(), head, hair, sw, sh)) {
            return segment(photo, scaleOverride, full, FaceFinder.Search.PROFILES);
        }
        byte[] labels = new byte[sw * sh];
        double hairlineBase = Double.NaN;
        Optional<Double> ipd = Optional.empty();
        if (faces.eyes().size() == 2) {
            Rect a = faces.eyes().get(0), b = faces.eyes().get(1);
            ipd = Optional.of(Math.hypot((a.x + a.width / 2.0) - (b.x + b.width / 2.0), (a.y + a.height / 2.0) - (b.y + b.height / 2.0)) / f);
        }
        // below a frontal face the widest row may be the shoulders: the head ends at the chin. The widest row is the
        // head's width seen from the front, above or behind, and its length (nose to the back of the hair) from the side
        int chin = faces.face().map(r -> Math.min(sh, r.y + r.height)).orElse(sh);
        int widest = widestRow(head, hair, sw, chin);
        double headSpan = widest / f;
        Optional<Scale> estimate = ScaleEstimator.estimate(ipd, faces.face().map(r -> r.width / f), Optional.of(headSpan));
        // a side view, from the profile or from an eye alone: below its hairline are face, ear and neck. An eye alone
        // is placed with the side view's scale
        Optional<SideView> side = Optional.empty();
        if (faces.face().isEmpty() && faces.profile().isPresent()) {
            side = Optional.of(SideView.ofProfile(faces.profile().get(), faces.profileFacesRight()));
        } else if (faces.face().isEmpty() && !faces.loneEyes().isEmpty()) {
            double sidePpc = scale(scaleOverride, estimate, headSpan, true).pxPerCm() * f;
            side = SideView.ofLoneEyes(faces.loneEyes(), head, hair, sw, sh, sidePpc);
        }
        Scale scale = scale(scaleOverride, estimate, headSpan, side.isPresent());
        double ppcSmall = scale.pxPerCm() * f;
        if (faces.face().isPresent()) {
            Rect r = faces.face().get();
            double eyeY = faces.eyes().size() == 2
                    ? (faces.eyes().get(0).y + faces.eyes().get(0).height / 2.0 + faces.eyes().get(1).y + faces.eyes().get(1).height / 2.0) / 2
                    : r.y + EYE_LINE * r.height;
            double browY = eyeY - 1.5 * ppcSmall;
            hairlineBase = browY - 6.5 * ppcSmall;
        }
        double faceCx = faces.face().map(r -> r.x + r.width / 2.0).orElse(sw / 2.0);
        View view = faces.face().isPresent() ? View.FRONT
                : side.map(v -> v.facesRight() ? View.RIGHT : View.LEFT).orElse(View.TOP);
        Envelope envelope = view == View.TOP
                ? envelope(hair, head, sw, sh, shadedSkin(hair, darkHair, person, tex, hairTexture, w, model.l()), tex)
                : null;
        boolean[] wholeEars = envelope == null ? null
                : wholeEars(envelope.ears(), headOrHair(head, hair), w, tex, hairTexture, (int) Math.round(EAR_REACH * headSpan * f));
        boolean[] faceSkin = view == View.FRONT ? faceComponent(head, sw, sh, faces.face().get()) : null;
        for (int y = 0; y < sh; y++) {
            for (int x = 0; x < sw; x++) {
                int i = y * sw + x;
                if (wholeEars != null && wholeEars[i]) {
                    labels[i] = LabelMap.SKIN;
                } else if (head[i]) {
                    if (view == View.FRONT) {
                        double u = (x - faceCx) / (5.0 * ppcSmall);
                        double hairlineY = hairlineBase - 1.4 * u * u * ppcSmall;
                        // skin-coloured areas cut off from the face (a beige wall beside the hair) are not the head
                        labels[i] = y >= hairlineY ? LabelMap.SKIN : faceSkin[i] ? LabelMap.SCALP : LabelMap.BACKGROUND;
                    } else if (side.isPresent()) {
                        labels[i] = y > side.get().hairlineRow(x, ppcSmall) ? LabelMap.SKIN : LabelMap.SCALP;
                    } else {
                        labels[i] = envelope.zone()[i] ? LabelMap.SCALP : LabelMap.SKIN;
                    }
                } else if (hair[i]) {
                    labels[i] = envelope != null && envelope.skin()[i] ? LabelMap.SKIN : LabelMap.HAIR;
                } else if (envelope != null && envelope.skin()[i] && skin[i]) {
                    // skin-coloured parts of an ear that the person cut left out
                    labels[i] = LabelMap.SKIN;
                } else if (faceHair != null && faceHair[i] && person[i]) {
                    labels[i] = LabelMap.SKIN;
                }
            }
        }
        if (faces.face().isPresent()) fillFace(labels, person, sw, faces.face().get());
        fillSlivers(labels, person, sw, sh);
        markThinning(labels, w, model, Math.max(3, (int) Math.round(0.5 * ppcSmall)), tex, hairTexture);
        withoutDetachedHair(labels, sw, sh);
        fillHairHoles(labels, sw, sh);
        LabelMap fullLabels = f < 1 ? upscale(labels, bgrSmall, sw, sh, full) : LabelMap.wrap(sw, sh, labels);
        // the widest row is the head's width, or from the side its length
        String span = side.isPresent() ? "length" : "width";
        if (view != View.FRONT) {
            boolean byEye = side.flatMap(SideView::eye).isPresent();
            warnings.add("no face found" + (byEye ? ", only an eye" : "") + ": the view is taken as " + view.id()
                    + (scaleOverride.isEmpty() ? " and the scale from the head's " + span : ""));
        }
        if (widest >= sw - 1 && MEASURED_ON_THE_HEAD.contains(scale.source())) {
            warnings.add(String.format(Locale.ROOT, "the head's %s, which gives the scale, fills the photo's width: the scale "
                    + "of %.1f px/cm is too small if the head runs out of the photo, too large if a backdrop of its colours "
                    + "was taken for the head; check the overlay and set the scale by hand", span, scale.pxPerCm()));
        }
        Optional<Box> faceBox = faces.face().or(faces::profile).map(r -> new Box(r.x, r.y, r.width, r.height).scaled(1 / f));
        List<Box> eyes = Stream.concat(faces.eyes().stream(), side.flatMap(SideView::eye).stream())
                .map(r -> new Box(r.x, r.y, r.width, r.height).scaled(1 / f)).toList();
        return new Segmentation(fullLabels, view, scale, faceBox, eyes, warnings);
    }

    /** The scale sources measured on the head's outline in the photo, which a head running out of the photo cuts short. */
    static final Set<Scale.Source> MEASURED_ON_THE_HEAD = EnumSet.of(Scale.Source.HEAD_WIDTH,
            Scale.Source.HEAD_LENGTH, Scale.Source.USER_HEAD_WIDTH);

    /**
     * The photo's scale: the user's when given, else the estimate; seen from the side, from the head's length.
     *
     * @param headSpan the head's widest row (full-size pixels): its width, or from the side its length
     * @param sideView whether the head is seen from the side
     */
    private static Scale scale(Optional<ScaleOverride> override, Optional<Scale> estimate, double headSpan, boolean sideView) {
        try {
            if (override.isPresent()) return sideView ? override.get().scaleFromLength(headSpan) : override.get().scale(headSpan);
            return (sideView ? ScaleEstimator.fromHeadLength(headSpan) : estimate)
                    .orElseThrow(() -> noScalp("the head's size could not be measured"));
        } catch (IllegalArgumentException e) {
            throw noScalp(e.getMessage());
        }
    }

    /**
     * A frontal face's box spans most of the head's width on its rows: 0.62 to 1.14 of the widest row of the head's
     * skin and hair there on the 47 real photos whose face is kept (45 portraits, a phone close-up and a Norwood
     * photo). A box under {@value #FACE_SHARE} of it is a pattern on a scalp or in hair that the cascade took for a
     * face (0.16 and 0.27 on two photos of heads seen from above), and the photo is then segmented again as without
     * a face (all of it: the face shaped the skin model, the person and the hair).
     */
    static boolean tooNarrowForTheHead(Rect face, boolean[] head, boolean[] hair, int w, int h) {
        int[] span = rowSpans(head, hair, w, h, new int[h]);
        int widest = 0;
        for (int y = Math.max(0, face.y); y < Math.min(h, face.y + face.height); y++) widest = Math.max(widest, span[y]);
        return face.width < FACE_SHARE * widest;
    }

    static final double FACE_SHARE = 0.45;

    /**
     * A profile's box holds the face seen from the side, whose nose and brow stand against the backdrop: the quarter
     * of the box the face looks toward is much of it outside the person (0.23 to 0.81 on the 11 real side views whose
     * profile the LBP cascade found, 0.23 to 0.86 on 6 of the 7 the Haar cascade found in the framed photo; the
     * seventh, 0.0997, a head turned so far away that little of the face shows, is refused). A box whose front
     * quarter is less than {@value #PROFILE_FRONT} outside lies inside the head: a pattern of hair on a head seen from
     * above that the cascade took for a profile (0.000 and 0.008 on two such photos), and the photo is then segmented
     * again looking only for a lone eye.
     *
     * @param facesRight whether the profile looks toward the photo's right
     * @param person     the person against the background (w x h)
     */
    static boolean profileInsideTheHead(Rect profile, boolean facesRight, boolean[] person, int w, int h) {
        int x0 = facesRight ? profile.x + profile.width * 3 / 4 : profile.x;
        int x1 = facesRight ? profile.x + profile.width : profile.x + profile.width / 4;
        long all = 0, background = 0;
        for (int y = Math.max(0, profile.y); y < Math.min(h, profile.y + profile.height); y++) {
            for (int x = Math.max(0, x0); x < Math.min(w, x1); x++) {
                all++;
                if (!person[y * w + x]) background++;
            }
        }
        return background < PROFILE_FRONT * all;
    }

    static final double PROFILE_FRONT = 0.1;

    /**
     * A profile's box holds a face: of the head (skin and hair) in it, at least {@value #PROFILE_SKIN} is skin (0.72 to
     * 1.00 on the 11 real side views whose profile the LBP cascade found, bearded or not; 0.60 to 0.90 on 4 of the 6
     * the Haar cascade found in the framed photo and the front check kept, whose square box reaches over the hair
     * behind the face; 0.38 and 0.46 on the other 2, which a lone eye then finds). A box mostly on hair is a pattern
     * in the hair that the cascade took for a profile (0.14 on a Norwood photo of a head seen from above; 0.47 on
     * another, where the cascade asked for fewer votes found one), and the photo is then segmented again looking only
     * for a lone eye. Both checks measure the person and the hair found with the profile's own prior: a profile the
     * cascade finds with fewer votes on the synthetic crown seen from above pulls the person cut off the head, and
     * passes both, so the cascade is not asked for fewer votes.
     *
     * @param head the head's skin (w x h)
     * @param hair its hair (w x h)
     */
    static boolean profileOnHair(Rect profile, boolean[] head, boolean[] hair, int w, int h) {
        long onHead = 0, skin = 0;
        for (int y = Math.max(0, profile.y); y < Math.min(h, profile.y + profile.height); y++) {
            for (int x = Math.max(0, profile.x); x < Math.min(w, profile.x + profile.width); x++) {
                int i = y * w + x;
                if (head[i] || hair[i]) onHead++;
                if (head[i]) skin++;
            }
        }
        return skin < PROFILE_SKIN * onHead;
    }

    static final double PROFILE_SKIN = 0.6;

    /**
     * Where a head seen without a face is scalp, and what of it is skin whatever its colour.
     * <ul>
     *   <li>{@code zone}, the scalp: the skin that hair encloses ({@link #enclosedByHair}) down to the neck
     *   ({@link #neckTop}): below the skull, a nape, a neck or a face bent away is skin, whatever hair is around it.
     *   A head with almost no hair that runs out of the photo's bottom edge still wide ({@link #runsOutWide}) is a
     *   close view from the side or the front, whose jaw, neck or face {@link #neckTop} cannot find: its scalp ends
     *   at {@link #skullEnd}.
     *   Nor is what sticks out of the head's rounded outline ({@link #withoutProtrusions} by {@value #EAR_TRIM} of the
     *   skull's width): ears seen from behind or above, fingers on the head. Nor are ears lying flat against the skull,
     *   which hair separates from the scalp but does not enclose ({@link #earsOnTheRim}).</li>
     *   <li>{@code skin}, what is skin though the hair cut took it for hair: the parts cut off the head's outline that
     *   are at least {@value #LOBE_SKIN} skin (ears, fingers), with their shaded folds (hair-dark); and ears in shadow,
     *   the smooth areas of hair lighter than the hair ({@link #shadedSkin}) that are shaped like an ear on the rim
     *   ({@link #earsOnTheRim}), with the ear's edge around them ({@value #EAR_EDGE} of the skull's width); and the
     *   parts cut off the outline that touch an ear found and are no larger than it ({@link #lobesOfEars}). Neither is
     *   scalp. Its skin-coloured pixels are skin even where the person cut left them out.</li>
     * </ul>
     * The outline is the head's skin and hair, closed over seams between them and filled.
     */
    record Envelope(boolean[] zone, boolean[] skin, boolean[] ears) {
    }

    /** The envelope of a head whose skin is all smooth, with no hair in shadow. */
    static Envelope envelope(boolean[] hair, boolean[] head, int w, int h) {
        return envelope(hair, head, w, h, new boolean[w * h], new float[w * h]);
    }

    /**
     * @param shaded hair that may be skin in shadow ({@link #shadedSkin})
     * @param tex    the photo's texture ({@link HairRegion#texture})
     */
    static Envelope envelope(boolean[] hair, boolean[] head, int w, int h, boolean[] shaded, float[] tex) {
        int[] filled = new int[h];
        int[] width = rowSpans(head, hair, w, h, filled);
        int[] extent = rowExtent(width);
        boolean[] zone = enclosedByHair(hair, head, tex, w, h, extent);
        int neck = neckTop(width, filled);
        if (neck < h) {
            Arrays.fill(zone, neck * w, zone.length, false);
        } else if (count(hair) < ALMOST_NO_HAIR * count(head) && runsOutWide(width, extent)) {
            // a hairless head running out of the photo still wide is seen from the side or the front, close: its
            // skull is its upper part, as for a bald head with only a beard below it
            Arrays.fill(zone, Math.min(h, skullEnd(extent)) * w, zone.length, false);
        }
        boolean[] outline = filled(morph(headOrHair(head, hair), w, h, 2, Imgproc.MORPH_CLOSE), w, h);
        boolean[] round = withoutProtrusions(outline, w, h, EAR_TRIM);
        boolean[] lobes = new boolean[w * h];
        for (int i = 0; i < zone.length; i++) {
            zone[i] &= round[i];
            lobes[i] = outline[i] && !round[i];
        }
        int skull = skullRow(width);
        int skullWidth = skull < 0 ? 0 : width[skull];
        boolean[] ears = earsOnTheRim(head, outline, w, h, skullWidth, SKIN_EAR);
        boolean[] shadedEars = morph(earsOnTheRim(shaded, outline, w, h, skullWidth, SHADED_EAR), w, h,
                (int) Math.max(1, Math.round(EAR_EDGE * skullWidth)), Imgproc.MORPH_DILATE);
        boolean[] skin = mostly(lobes, head, w, h, LOBE_SKIN);
        boolean[] found = new boolean[w * h];
        for (int i = 0; i < found.length; i++) found[i] = ears[i] || shadedEars[i];
        boolean[] earTops = lobesOfEars(lobes, found, w, h);
        for (int i = 0; i < zone.length; i++) {
            if (found[i]) zone[i] = false;
            skin[i] |= shadedEars[i] || earTops[i];
        }
        return new Envelope(zone, skin, found);
    }

    /**
     * Hair that may be skin in shadow, in a photo without a face: smoother than {@value #SHADED_SMOOTH} of this
     * photo's dense hair ({@link HairRegion#hairTexture}) and lighter than the dense hair by at least
     * {@value #SHADED_LIGHT} of the way from its median lightness to the skin's ({@code skinL}). An ear turned from
     * the light is as dark and as warm as brown hair, but has no strands and is not as dark as the hair; hair in
     * shadow is. None when the photo has too little dense hair to measure.
     */
    static boolean[] shadedSkin(boolean[] hair, boolean[] darkHair, boolean[] person, float[] tex, double hairTexture,
                                Work w, double skinL) {
        boolean[] out = new boolean[hair.length];
        double[] hairL = new double[hair.length];
        int n = 0;
        for (int i = 0; i < hair.length; i++) if (darkHair[i] && person[i]) hairL[n++] = w.l(i);
        if (Double.isNaN(hairTexture) || n == 0) return out;
        double lHair = median(Arrays.copyOf(hairL, n));
        double lighter = lHair + SHADED_LIGHT * (skinL - lHair);
        for (int i = 0; i < out.length; i++) out[i] = hair[i] && tex[i] < SHADED_SMOOTH * hairTexture && w.l(i) >= lighter;
        return out;
    }

    static final double SHADED_SMOOTH = 0.8, SHADED_LIGHT = 0.15;

    /**
     * The whole of each ear found ({@code ears}), where the hair cut and the person cut split it (the skin model
     * misses an ear's shaded part, the person cut its outer half): grown from the ear's own pixels on the head
     * ({@code within}) through smooth pixels (under {@value #SHADED_SMOOTH} of the dense hair's texture) of that ear's
     * colour: its median a and b within {@value #EAR_CHROMA}, no darker than its {@value #EAR_LOW_L} quantile of
     * lightness. Growth stays within the ear's columns (the rest of an ear found in part lies above or below it, not
     * beside it: that is hair or the background) and within {@code reach} px of the ear.
     */
    static boolean[] wholeEars(boolean[] ears, boolean[] within, Work w, float[] tex, double hairTexture, int reach) {
        int ww = w.w(), hh = w.h();
        boolean[] out = new boolean[ears.length];
        if (Double.isNaN(hairTexture)) return out;
        Areas areas = components(ears, ww, hh);
        int[] ids = areas.ids();
        EarColour[] colours = new EarColour[areas.count()];
        int[] minX = new int[areas.count()], maxX = new int[areas.count()];
        Arrays.fill(minX, Integer.MAX_VALUE);
        Arrays.fill(maxX, -1);
        for (int i = 0; i < ids.length; i++) {
            minX[ids[i]] = Math.min(minX[ids[i]], i % ww);
            maxX[ids[i]] = Math.max(maxX[ids[i]], i % ww);
        }
        for (int c = 1; c < colours.length; c++) colours[c] = EarColour.of(ids, c, within, w);
        int[] from = ids.clone();
        int[] dist = new int[ears.length];
        Arrays.fill(dist, -1);
        int[] queue = new int[ears.length];
        int next = 0, tail = 0;
        for (int i = 0; i < ears.length; i++) {
            if (ids[i] > 0 && within[i] && colours[ids[i]] != null && colours[ids[i]].matches(w, i)) {
                dist[i] = 0;
                out[i] = true;
                queue[tail++] = i;
            }
        }
        while (next < tail) {
            int i = queue[next++];
            if (dist[i] >= reach) continue;
            int ear = from[i], x = i % ww, y = i / ww;
            for (int yy = Math.max(0, y - 1); yy <= Math.min(hh - 1, y + 1); yy++) {
                for (int xx = Math.max(minX[ear] - EAR_TOUCH, x - 1); xx <= Math.min(maxX[ear] + EAR_TOUCH, x + 1); xx++) {
                    int j = yy * ww + xx;
                    if (xx < 0 || xx >= ww || dist[j] >= 0 || tex[j] >= SHADED_SMOOTH * hairTexture
                            || !colours[ear].matches(w, j)) continue;
                    dist[j] = dist[i] + 1;
                    from[j] = ear;
                    out[j] = true;
                    queue[tail++] = j;
                }
            }
        }
        return out;
    }

    /** An ear's colour: the median a and b and the {@value #EAR_LOW_L} quantile of lightness of its pixels on the head. */
    record EarColour(double a, double b, double lowL) {
        static EarColour of(int[] ids, int id, boolean[] within, Work w) {
            int n = 0;
            for (int i = 0; i < ids.length; i++) if (ids[i] == id && within[i]) n++;
            if (n == 0) return null;
            double[] as = new double[n], bs = new double[n], l = new double[n];
            for (int i = 0, k = 0; i < ids.length; i++) {
                if (ids[i] != id || !within[i]) continue;
                as[k] = w.a(i);
                bs[k] = w.b(i);
                l[k++] = w.l(i);
            }
            Arrays.sort(l);
            return new EarColour(median(as), median(bs), l[(int) (EAR_LOW_L * (n - 1))]);
        }

        boolean matches(Work w, int i) {
            return w.l(i) >= lowL && Math.hypot(w.a(i) - a, w.b(i) - b) <= EAR_CHROMA;
        }
    }

    /** The head's skin and hair together. */
    static boolean[] headOrHair(boolean[] head, boolean[] hair) {
        boolean[] out = new boolean[head.length];
        for (int i = 0; i < out.length; i++) out[i] = head[i] || hair[i];
        return out;
    }

    static final double EAR_LOW_L = 0.1, EAR_CHROMA = 6, EAR_REACH = 0.2;

    /**
     * The parts cut off the head's outline ({@code lobes}) that touch an ear found ({@code ears}, within
     * {@value #EAR_TOUCH} px) no smaller than themselves, whatever their colour: the rest of that ear, its shaded rim
     * or its top in the hair's shadow. Long hair falling past a small patch of skin is larger than the patch, and
     * stays hair.
     */
    static boolean[] lobesOfEars(boolean[] lobes, boolean[] ears, int w, int h) {
        Areas earAreas = components(ears, w, h);
        int[] earIds = earAreas.ids();
        long[] earArea = earAreas.sizes();
        int[] reach = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int id = earIds[y * w + x];
                if (id == 0) continue;
                for (int yy = Math.max(0, y - EAR_TOUCH); yy <= Math.min(h - 1, y + EAR_TOUCH); yy++) {
                    for (int xx = Math.max(0, x - EAR_TOUCH); xx <= Math.min(w - 1, x + EAR_TOUCH); xx++) {
                        reach[yy * w + xx] = id;
                    }
                }
            }
        }
        Areas lobeAreas = components(lobes, w, h);
        int[] lobeIds = lobeAreas.ids();
        long[] lobeArea = lobeAreas.sizes();
        int[] ear = new int[lobeAreas.count()];
        for (int i = 0; i < lobeIds.length; i++) if (lobeIds[i] > 0 && reach[i] > 0) ear[lobeIds[i]] = reach[i];
        boolean[] out = new boolean[w * h];
        for (int i = 0; i < out.length; i++) {
            int id = lobeIds[i];
            out[i] = id > 0 && ear[id] > 0 && lobeArea[id] <= earArea[ear[id]];
        }
        return out;
    }

    static final int EAR_TOUCH = 2;

    /**
     * Ears beside a head seen without a face: regions of {@code mask} that are small (under {@value #EAR_AREA} of the
     * squared skull width), of an ear's shape, and reach within {@value #EAR_EDGE} of the skull's width of the
     * outline's edge. A bald patch inside hair has hair all round it; an ear lies on the rim.
     */
    static boolean[] earsOnTheRim(boolean[] mask, boolean[] outline, int w, int h, int skull, EarShape shape) {
        float[] d = new float[w * h];
        int[] ids = new int[w * h];
        int n;
        long[] area;
        boolean[] tall;
        try (Native<Mat> m = Native.of(toMat(outline, w, h)); Native<Mat> dist = Native.of(new Mat());
             Native<Mat> skin = Native.of(toMat(mask, w, h)); Native<Mat> lab = Native.of(new Mat());
             Native<Mat> stats = Native.of(new Mat()); Native<Mat> cent = Native.of(new Mat())) {
            Imgproc.distanceTransform(m.get(), dist.get(), Imgproc.DIST_L2, 5);
            dist.get().get(0, 0, d);
            n = Imgproc.connectedComponentsWithStats(skin.get(), lab.get(), stats.get(), cent.get(), 8, CvType.CV_32S);
            lab.get().get(0, 0, ids);
            area = new long[n];
            tall = new boolean[n];
            for (int c = 1; c < n; c++) {
                area[c] = (long) stats.get().get(c, Imgproc.CC_STAT_AREA)[0];
                double height = stats.get().get(c, Imgproc.CC_STAT_HEIGHT)[0], width = stats.get().get(c, Imgproc.CC_STAT_WIDTH)[0];
                tall[c] = height > shape.tallness() * width && area[c] >= shape.fill() * height * width;
            }
        }
        double edge = Math.max(2, EAR_EDGE * skull);
        boolean[] rim = new boolean[n];
        for (int i = 0; i < ids.length; i++) if (ids[i] > 0 && d[i] <= edge) rim[ids[i]] = true;
        int largest = 0;
        for (int c = 1; c < n; c++) if (largest == 0 || area[c] > area[largest]) largest = c;
        boolean[] ear = new boolean[n];
        for (int c = 1; c < n; c++) {
            double share = area[c] / (skull * (double) skull);
            ear[c] = (c != largest || !shape.notLargest()) && rim[c] && tall[c] && share >= shape.least() && share < EAR_AREA;
        }
        boolean[] out = new boolean[w * h];
        for (int i = 0; i < out.length; i++) out[i] = ear[ids[i]];
        return out;
    }

    static final double EAR_AREA = 0.05, EAR_EDGE = 0.02;

    /**
     * What an ear looks like among the regions of a mask: taller than {@code tallness} times its width, filling at
     * least {@code fill} of its bounding box, at least {@code least} of the squared skull width, and, when
     * {@code notLargest}, not the mask's largest region (the scalp).
     */
    record EarShape(double tallness, double fill, double least, boolean notLargest) {
    }

    /** Ears among the head's skin regions: taller than wide; the largest is the scalp. */
    static final EarShape SKIN_EAR = new EarShape(1, 0, 0, true);

    /**
     * Ears in shadow among the smooth hair: the ear's rounded outline (an ellipse fills 0.79 of its box), at least
     * 1.2 times as tall as wide, and at least 0.002 of the squared skull width (about 0.5 cm^2); strands of smooth
     * hair along the rim are long, thin, ragged or small.
     */
    static final EarShape SHADED_EAR = new EarShape(1.2, 0.5, 0.002, false);

    /**
     * The row of the widest of the row spans ({@link #rowSpans}) in the upper half of the head's rows: across the skull.
     * -1 when there is no row.
     */
    static int skullRow(int[] width) {
        int[] extent = rowExtent(width);
        int top = extent[0];
        if (top < 0) return -1;
        int widest = top;
        for (int y = top; y < top + (extent[1] - top + 1) / 2; y++) if (width[y] > width[widest]) widest = y;
        return widest;
    }

    /** The connected regions of {@code mask} at least {@code share} of whose pixels are in {@code in}. */
    static boolean[] mostly(boolean[] mask, boolean[] in, int w, int h, double share) {
        Areas areas = components(mask, w, h);
        int[] ids = areas.ids();
        long[] all = areas.sizes(), inside = new long[areas.count()];
        for (int i = 0; i < ids.length; i++) if (in[i]) inside[ids[i]]++;
        boolean[] out = new boolean[w * h];
        for (int i = 0; i < out.length; i++) out[i] = ids[i] > 0 && inside[ids[i]] >= share * all[ids[i]];
        return out;
    }

    /**
     * Each region of {@code mask} opened by a disc of {@code share} of its own widest row's width in its upper half:
     * lobes narrower than that disc sticking out of it (ears beside a skull, fingers) are dropped.
     */
    static boolean[] withoutProtrusions(boolean[] mask, int w, int h, double share) {
        boolean[] out = new boolean[w * h];
        try (Native<Mat> m = Native.of(toMat(mask, w, h)); Native<Mat> lab = Native.of(new Mat());
             Native<Mat> stats = Native.of(new Mat()); Native<Mat> cent = Native.of(new Mat())) {
            int n = Imgproc.connectedComponentsWithStats(m.get(), lab.get(), stats.get(), cent.get(), 8, CvType.CV_32S);
            int[] ids = new int[w * h];
            lab.get().get(0, 0, ids);
            for (int c = 1; c < n; c++) {
                int bx = (int) stats.get().get(c, Imgproc.CC_STAT_LEFT)[0], by = (int) stats.get().get(c, Imgproc.CC_STAT_TOP)[0];
                int bw = (int) stats.get().get(c, Imgproc.CC_STAT_WIDTH)[0], bh = (int) stats.get().get(c, Imgproc.CC_STAT_HEIGHT)[0];
                int skull = 0;
                for (int y = by; y < by + (bh + 1) / 2; y++) {
                    int x0 = -1, x1 = -1;
                    for (int x = bx; x < bx + bw; x++) {
                        if (ids[y * w + x] != c) continue;
                        if (x0 < 0) x0 = x;
                        x1 = x;
                    }
                    if (x0 >= 0) skull = Math.max(skull, x1 - x0 + 1);
                }
                double r = share * skull;
                // room around the region so that its own outline, not the box's edge, bounds the disc; the photo's
                // edge is no outline (a head running out of the frame goes on beyond it)
                int pad = (int) Math.ceil(r) + 2;
                int x0 = Math.max(0, bx - pad), y0 = Math.max(0, by - pad);
                int x1 = Math.min(w, bx + bw + pad), y1 = Math.min(h, by + bh + pad);
                int rw = x1 - x0, rh = y1 - y0;
                boolean[] part = new boolean[rw * rh];
                for (int y = y0; y < y1; y++) for (int x = x0; x < x1; x++) part[(y - y0) * rw + x - x0] = ids[y * w + x] == c;
                boolean[] round = openedByDisc(part, rw, rh, r);
                for (int y = y0; y < y1; y++) for (int x = x0; x < x1; x++) if (round[(y - y0) * rw + x - x0]) out[y * w + x] = true;
            }
        }
        return out;
    }

    /** {@code mask} with its holes filled: every region it encloses. */
    static boolean[] filled(boolean[] mask, int w, int h) {
        try (Native<Mat> m = Native.of(toMat(mask, w, h)); Native<Mat> hier = Native.of(new Mat())) {
            List<org.opencv.core.MatOfPoint> contours = new ArrayList<>();
            Imgproc.findContours(m.get(), contours, hier.get(), Imgproc.RETR_EXTERNAL, Imgproc.CHAIN_APPROX_SIMPLE);
            Imgproc.drawContours(m.get(), contours, -1, new Scalar(255), -1);
            contours.forEach(Mat::release);
            return fromMat(m.get());
        }
    }

    /**
     * {@code mask} opened by a disc of radius {@code r}: what a disc that radius, kept inside the mask, can reach (by
     * two distance transforms, at any radius). A mask with no room for the disc anywhere is returned whole: a small
     * region, not a lobe of a larger one. Outside the photo does not bound the disc.
     */
    static boolean[] openedByDisc(boolean[] mask, int w, int h, double r) {
        try (Native<Mat> m = Native.of(toMat(mask, w, h)); Native<Mat> dist = Native.of(new Mat());
             Native<Mat> core = Native.of(new Mat())) {
            Imgproc.distanceTransform(m.get(), dist.get(), Imgproc.DIST_L2, 5);
            if (Core.minMaxLoc(dist.get()).maxVal <= r) return mask.clone();
            // the disc's centres: pixels at least r from outside; then everything within r of a centre
            Imgproc.threshold(dist.get(), core.get(), r, 255, Imgproc.THRESH_BINARY_INV);
            core.get().convertTo(core.get(), CvType.CV_8U);
            Imgproc.distanceTransform(core.get(), dist.get(), Imgproc.DIST_L2, 5);
            float[] d = new float[w * h];
            dist.get().get(0, 0, d);
            boolean[] out = new boolean[w * h];
            for (int i = 0; i < out.length; i++) out[i] = d[i] <= r;
            return out;
        }
    }

    /** {@link #neckTop(int[], int[])} of the outline of {@code head} and {@code hair}. */
    static int neckTop(boolean[] hair, boolean[] head, int w, int h) {
        int[] filled = new int[h];
        return neckTop(rowSpans(head, hair, w, h, filled), filled);
    }

    /**
     * A head whose outline runs out of the photo's bottom edge (its last row no more than {@value #EDGE_SHARE} of the
     * photo's height above that edge) at least {@value #RUNS_OUT_WIDE} of its widest row wide. A bald head seen from above ends
     * inside the photo, or runs out of it narrowing to its end (the two real ones that do measured 0.10 and 0.36);
     * a close photo from the side or the front runs out through the jaw and neck, or the face, which
     * {@link #neckTop} cannot find when the outline does not narrow or widen again under them (0.72 to 1.00 on the
     * real side views and close photos of a bent head whose face or shoulders were taken for scalp).
     *
     * @param width  the outline's width on each row ({@link #rowSpans})
     * @param extent its first and last rows ({@link #rowExtent})
     */
    static boolean runsOutWide(int[] width, int[] extent) {
        int h = width.length;
        if (extent[0] < 0 || extent[1] < h - 1 - EDGE_SHARE * h) return false;
        int widest = Arrays.stream(width).max().orElse(0);
        return width[extent[1]] >= RUNS_OUT_WIDE * widest;
    }

    static final double EDGE_SHARE = 0.02, RUNS_OUT_WIDE = 0.7;

    /** The first row below a head's skull: {@value #SKULL_SHARE} of the way down its rows {@code extent}. */
    static int skullEnd(int[] extent) {
        return (int) (extent[0] + SKULL_SHARE * (extent[1] + 1 - extent[0]));
    }

    /**
     * The first row of the neck under a head seen without a face (from behind, from above, bent forward), or the number
     * of rows when there is none, from the head's outline as {@link #rowSpans} gives it. Row by row, the head's outline
     * (skin and hair) is widest across the skull (with the ears) in its upper half. The neck is where the outline
     * narrows under {@value #NECK_NARROW} of that width, at least {@value #NECK_BELOW} of that width below the widest
     * row, as one solid span, and then stays a column at least {@value #NECK_COLUMN} of the skull's width for
     * {@value #NECK_LENGTH} of the head's height; or, for a neck about as wide as the skull, the band within
     * {@value #WAIST_BAND} times the width of the outline's narrowest solid row below the skull (searched from
     * {@value #NECK_BELOW} of the skull's width below its widest row), when the outline under that row widens again to
     * at least {@value #SHOULDERS} times it (shoulders). A skull alone narrows to its end instead: an ellipse's tip,
     * too short to be a column, with nothing wider under it. What lies below is a nape, a neck, or the face of a head
     * bent forward.
     */
    static int neckTop(int[] width, int[] filled) {
        int h = width.length;
        int[] extent = rowExtent(width);
        int top = extent[0], bottom = extent[1];
        if (top < 0) return h;
        int height = bottom - top + 1, widest = skullRow(width), skull = width[widest];
        for (int y = widest; y <= bottom; y++) {
            if (width[y] >= NECK_NARROW * skull) continue;
            if (y - widest >= NECK_BELOW * skull && filled[y] >= SOLID * width[y]) {
                int column = 0;
                while (y + column <= bottom && width[y + column] >= NECK_COLUMN * skull) column++;
                if (column >= NECK_LENGTH * height) return y;
            }
            break;
        }
        // a neck about as wide as the skull (a thick neck, or a skull measured across its ears) hardly narrows: it is
        // the outline's narrowest row below the skull when shoulders widen the outline again under it, and it starts
        // where the outline above comes within a tenth of that row's width
        int waist = -1;
        for (int y = widest + (int) (NECK_BELOW * skull); y <= bottom; y++) {
            if (width[y] > 0 && (waist < 0 || width[y] < width[waist])) waist = y;
        }
        if (waist < 0 || filled[waist] < SOLID * width[waist]) return h;
        int shoulders = 0;
        for (int y = waist; y <= bottom; y++) shoulders = Math.max(shoulders, width[y]);
        if (shoulders < SHOULDERS * width[waist]) return h;
        int neck = waist;
        while (neck > widest && width[neck - 1] <= WAIST_BAND * width[waist]) neck--;
        return neck;
    }

    /**
     * Without a face, scalp is the skin that hair surrounds: inside the convex hull of the large hair regions or
     * the ellipse fitted to their outlines (a fringe around a bald top, hair around a part or a crown), the ellipse
     * reaching at most {@value #BELOW_HAIR} of its length below the lowest of that hair. Skin outside
     * it is a hand, an arm, a face or a neck. Only hair regions that reach into the upper {@value #SKULL_SHARE} of
     * the head's height count: a beard or a moustache, low on the head, would put the face inside the outline (a
     * fringe rises along the sides). When there is almost no hair (a shaved or fully bald head) all the head's skin
     * is scalp; when the only hair is low (a bald head bent forward, or seen from the side, with a beard), the head's
     * skin in that upper share is. When that hair is on a face, it encloses the face and leaves the skull out
     * ({@link #skullAboveFaceHair}). When it is the shaded side of a bald head, its mirror image encloses scalp too
     * ({@link #shadedHalf}).
     *
     * @param tex    the photo's texture ({@link HairRegion#texture})
     * @param extent the first and last rows of the head and its hair ({@link #rowExtent})
     */
    private static boolean[] enclosedByHair(boolean[] hair, boolean[] head, float[] tex, int w, int h, int[] extent) {
        long hairArea = count(hair), headArea = count(head);
        boolean[] zone = new boolean[w * h];
        if (hairArea < ALMOST_NO_HAIR * headArea) {
            System.arraycopy(head, 0, zone, 0, zone.length);
            return zone;
        }
        try (Native<Mat> m = Native.of(toMat(hair, w, h)); Native<Mat> lab = Native.of(new Mat());
             Native<Mat> stats = Native.of(new Mat()); Native<Mat> cent = Native.of(new Mat())) {
            int n = Imgproc.connectedComponentsWithStats(m.get(), lab.get(), stats.get(), cent.get(), 8, CvType.CV_32S);
            int[] ids = new int[w * h];
            lab.get().get(0, 0, ids);
            List<org.opencv.core.Point> pts = new ArrayList<>();
            boolean[] large = new boolean[n];
            // hair low on the head (a beard, a moustache) does not enclose scalp: it would put the face inside
            int yTop = extent[0] < 0 ? h : extent[0], yBot = extent[1];
            int low = skullEnd(new int[]{yTop, yBot});
            long upperHair = 0;
            int hairTop = h;
            for (int c = 1; c < n; c++) {
                double area = stats.get().get(c, Imgproc.CC_STAT_AREA)[0];
                int top = (int) stats.get().get(c, Imgproc.CC_STAT_TOP)[0];
                large[c] = area >= 0.1 * hairArea && top < low;
                if (large[c]) {
                    upperHair += (long) area;
                    hairTop = Math.min(hairTop, top);
                }
            }
            // a bald head with only a beard below it: its skull is the upper part of the head
            if (upperHair < ALMOST_NO_HAIR * headArea) {
                for (int i = 0; i < zone.length; i++) zone[i] = head[i] && i / w < low;
                return zone;
            }
            // the large components' outlines are enough for their hull, in one pass over the pixels
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int i = y * w + x, c = ids[i];
                    if (!large[c]) continue;
                    boolean edge = x == 0 || y == 0 || x == w - 1 || y == h - 1
                            || ids[i - 1] != c || ids[i + 1] != c || ids[i - w] != c || ids[i + w] != c;
                    if (edge) pts.add(new org.opencv.core.Point(x, y));
                }
            }
            if (pts.size() < 3) return zone;
            zone = hairHull(pts, w, h);
            boolean[] upper = new boolean[w * h];
            for (int i = 0; i < upper.length; i++) upper[i] = large[ids[i]];
            zone = shadedHalf(upper, head, hair, tex, pts, zone, w, low).orElse(zone);
            if (skullAboveFaceHair(zone, head, tex, w, hairTop)) {
                for (int i = 0; i < zone.length; i++) zone[i] = head[i] && i / w < hairTop;
            }
        }
        return zone;
    }

    /**
     * A bald head lit from one side, whose shaded side the hair cut took for hair: that "hair" lies on one side of
     * the head only (on its lesser side of the head's middle column, under {@value #LOPSIDED} of what lies on its
     * greater side), and both it and the skin that its mirror image would add to the scalp are as smooth as a lit
     * skull (median texture under {@value #SMOOTH_SHADE}). A head is near enough symmetric, so its scalp is then what
     * the hair's outline and its mirror image enclose, but no lower than a bald head's scalp is taken (above row
     * {@code low}, {@value #SKULL_SHARE} of the head's height): below lies the face of a head bent forward.
     * <p>
     * On the real photos the shaded sides measured 0.9 to 3.6 and the lit sides they added 1.0 to 3.8. Real hair on
     * one side only has strands (5.1 to 19.9: the back of a head turned aside, whose face is the other side), or,
     * when it is short and blond (3.8), the skin model took the hair on the other side for skin, which is not as
     * smooth as a skull (7.2).
     *
     * @param upper the hair that encloses scalp, whose outline points are {@code pts} and whose hull is {@code zone}
     * @return the larger zone, or empty when the head is not lit so
     */
    private static Optional<boolean[]> shadedHalf(boolean[] upper, boolean[] head, boolean[] hair, float[] tex,
                                                  List<org.opencv.core.Point> pts, boolean[] zone, int w, int low) {
        int h = head.length / w;
        double sum = 0;
        long n = 0;
        for (int i = 0; i < head.length; i++) {
            if (head[i] || hair[i]) {
                sum += i % w;
                n++;
            }
        }
        if (n == 0) return Optional.empty();
        double middle = sum / n;
        long left = 0, right = 0;
        double[] hairTex = new double[upper.length];
        int k = 0;
        for (int i = 0; i < upper.length; i++) {
            if (!upper[i]) continue;
            if (i % w < middle) left++;
            else right++;
            hairTex[k++] = tex[i];
        }
        if (Math.min(left, right) >= LOPSIDED * Math.max(left, right)) return Optional.empty();
        if (k == 0 || median(Arrays.copyOf(hairTex, k)) >= SMOOTH_SHADE) return Optional.empty();
        List<org.opencv.core.Point> both = new ArrayList<>(pts);
        for (org.opencv.core.Point q : pts) {
            both.add(new org.opencv.core.Point(Math.max(0, Math.min(w - 1, 2 * middle - q.x)), q.y));
        }
        boolean[] wide = hairHull(both, w, h);
        for (int i = low * w; i < wide.length; i++) wide[i] = zone[i];
        double[] added = new double[head.length];
        int m = 0;
        for (int i = 0; i < head.length; i++) if (wide[i] && !zone[i] && head[i]) added[m++] = tex[i];
        if (m > 0 && median(Arrays.copyOf(added, m)) >= SMOOTH_SHADE) return Optional.empty();
        return Optional.of(wide);
    }

    static final double LOPSIDED = 0.3, SMOOTH_SHADE = 4;

    /** The convex hull of the hair's outline points {@code pts}, with the ellipse through them ({@link #fillEllipseAboveHair}). */
    private static boolean[] hairHull(List<org.opencv.core.Point> pts, int w, int h) {
        boolean[] zone = new boolean[w * h];
        try (Native<org.opencv.core.MatOfPoint> all = Native.of(new org.opencv.core.MatOfPoint());
             Native<org.opencv.core.MatOfInt> hull = Native.of(new org.opencv.core.MatOfInt());
             Native<Mat> fill = Native.of(Mat.zeros(h, w, CvType.CV_8UC1))) {
            all.get().fromList(pts);
            Imgproc.convexHull(all.get(), hull.get());
            org.opencv.core.Point[] p = all.get().toArray();
            int[] idx = hull.get().toArray();
            org.opencv.core.Point[] hp = new org.opencv.core.Point[idx.length];
            for (int k = 0; k < idx.length; k++) hp[k] = p[idx[k]];
            try (Native<org.opencv.core.MatOfPoint> poly = Native.of(new org.opencv.core.MatOfPoint(hp))) {
                Imgproc.fillPoly(fill.get(), List.of(poly.get()), new Scalar(255));
            }
            if (pts.size() >= 5) fillEllipseAboveHair(fill.get(), pts);
            byte[] b = Mats.bytes(fill.get());
            for (int i = 0; i < zone.length; i++) zone[i] = b[i] != 0;
        }
        return zone;
    }

    /**
     * Hair on a face seen without a face found: a bald head bent forward or turned aside, whose brows, closed eyes,
     * moustache, beard or grey stubble are as dark as hair, high enough on the head to count as a fringe. Their hull
     * then encloses the face, and the bald skull above all the hair (above row {@code hairTop}) is left out. It is
     * taken as that when more of the head's skin lies above the hair, outside the {@code zone}, than in it; when
     * that skin is smooth (median texture under {@value #SMOOTH_SKULL}: a lit skull, not hair the skin model took
     * for skin); and when it is a dome within the photo, along whose top edge it runs for at most
     * {@value #SKULL_EDGE} of its widest row (a band along that edge is a wall that the person cut took in).
     */
    private static boolean skullAboveFaceHair(boolean[] zone, boolean[] head, float[] tex, int w, int hairTop) {
        long enclosed = 0, skull = 0;
        int[] rowWidth = new int[hairTop];
        for (int i = 0; i < zone.length; i++) {
            if (!head[i]) continue;
            if (zone[i]) {
                enclosed++;
            } else if (i / w < hairTop) {
                rowWidth[i / w]++;
                skull++;
            }
        }
        if (skull <= enclosed) return false;
        int widest = Arrays.stream(rowWidth).max().orElse(0);
        if (rowWidth[0] > SKULL_EDGE * widest) return false;
        double[] t = new double[(int) skull];
        int k = 0;
        for (int i = 0; i < hairTop * w; i++) if (head[i] && !zone[i]) t[k++] = tex[i];
        return median(t) < SMOOTH_SKULL;
    }

    /**
     * A bald skull's median texture (local spread of lightness, 0..255, at work size) stays under this: the skulls
     * left out on the real photos measured 1.3 to 6.5; two tops of hair that the skin model took for skin, 10.9 and 15.
     */
    static final double SMOOTH_SKULL = 8;
    static final double SKULL_EDGE = 0.1;

    /**
     * A fringe or a ring of hair follows the skull: the ellipse through its outline {@code pts} covers the bald top
     * that the hull's chord cuts off at the open side of a horseshoe. It is filled into {@code fill} down to
     * {@value #BELOW_HAIR} of its length below the lowest hair, no further: there it would run on over the forehead
     * and the face of a head seen from the front.
     */
    private static void fillEllipseAboveHair(Mat fill, List<org.opencv.core.Point> pts) {
        try (Native<org.opencv.core.MatOfPoint2f> outline = Native.of(new org.opencv.core.MatOfPoint2f());
             Native<Mat> ellipse = Native.of(Mat.zeros(fill.size(), CvType.CV_8UC1))) {
            outline.get().fromList(pts);
            org.opencv.core.RotatedRect e = Imgproc.fitEllipse(outline.get());
            Imgproc.ellipse(ellipse.get(), e, new Scalar(255), -1);
            double lowest = pts.stream().mapToDouble(q -> q.y).max().orElse(0);
            int end = (int) Math.min(fill.rows(), lowest + BELOW_HAIR * Math.max(e.size.width, e.size.height));
            if (end < fill.rows()) {
                try (Native<Mat> below = Native.of(ellipse.get().rowRange(end, fill.rows()))) {
                    below.get().setTo(new Scalar(0));
                }
            }
            Core.bitwise_or(fill, ellipse.get(), fill);
        }
    }

    /**
     * In a frontal photo, hair beside the lower face is kept only where it falls from the head. From the eyes
     * ({@value #EYE_LINE} face heights into the face box) down to the mouth, strands thinner than
     * {@value #RIM_SHARE} of the face's width go: a dark rim along the shaded side of the cheeks or a door frame
     * behind them, not short hair, which ends about the ears' tops. Just below the eyes ({@value #SIDEBURN_DEPTH}
     * face heights), where short hair ends in sideburns about 1 to 2 cm wide, strands need only be
     * {@value #SIDEBURN_SHARE} of the face's width thick. Below the mouth hair is kept only beside the
     * face (outside the middle 80% of the face box) in strands thicker than {@value #STRAND_SHARE} of the face's
     * width: in the middle is a beard or clothing. What is left below the eyes must be connected to the hair above.
     */
    static boolean[] besideFace(boolean[] hair, int w, int h, Rect face) {
        int eyes = (int) Math.min(h, Math.max(0, face.y + EYE_LINE * face.height));
        int mouth = Math.min(h, face.y + face.height * 3 / 4);
        boolean[] out = hair.clone();
        boolean[] thickRim = clean(hair, w, h, Math.max(1, (int) Math.round(RIM_SHARE * face.width)));
        boolean[] sideburns = clean(hair, w, h, Math.max(1, (int) Math.round(SIDEBURN_SHARE * face.width)));
        int sideburnEnd = (int) Math.min(mouth, eyes + SIDEBURN_DEPTH * face.height);
        for (int i = eyes * w; i < mouth * w; i++) out[i] = out[i] && (i < sideburnEnd * w ? sideburns[i] : thickRim[i]);
        for (int y = mouth; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                boolean beside = x < face.x + 0.1 * face.width || x > face.x + 0.9 * face.width;
                out[i] = hair[i] && beside;
            }
        }
        boolean[] thick = clean(out, w, h, Math.max(1, (int) Math.round(STRAND_SHARE * face.width)));
        for (int i = mouth * w; i < out.length; i++) out[i] = out[i] && thick[i];
        Areas areas = components(out, w, h);
        int[] ids = areas.ids();
        boolean[] fromAbove = new boolean[areas.count()];
        for (int i = 0; i < eyes * w; i++) fromAbove[ids[i]] = true;
        for (int i = eyes * w; i < out.length; i++) out[i] = out[i] && fromAbove[ids[i]];
        return out;
    }

    /**
     * Straight lines of the backdrop that the hair cut took for hair (the edge of a door frame, a wall or a picture,
     * often joined to the hair where they meet it): in a frontal photo, the strands that an opening with a disc of
     * {@value #LINE_WIDTH} face widths' radius removes from the hair (narrower than about 0.6 cm) go when they are
     * longer than {@value #LINE_LENGTH} face widths, at least {@value #LINE_ELONGATION} times longer than wide (the
     * principal axes of their pixels), and their middle lies more than {@value #LINE_BESIDE} face widths beside the
     * face's middle. A thin rim of hair along the skull curves with it, and a wisp is short. On the real photos the
     * lines it removes were 7.5 to 26 times longer than wide; the thin arcs of hair along skulls it must keep, 6.2.
     *
     * @param hair the hair mask, changed in place (w x h)
     * @param face the frontal face box
     */
    static void withoutBackdropLines(boolean[] hair, int w, int h, Rect face) {
        boolean[] opened = morph(hair, w, h, Math.max(1, (int) Math.round(LINE_WIDTH * face.width)), Imgproc.MORPH_OPEN);
        boolean[] strands = new boolean[hair.length];
        for (int i = 0; i < hair.length; i++) strands[i] = hair[i] && !opened[i];
        Areas areas = components(strands, w, h);
        int[] ids = areas.ids();
        int n = areas.count();
        // each strand's pixel count, sums and sums of products of its coordinates, for its principal axes
        double[] count = new double[n], sx = new double[n], sy = new double[n], sxx = new double[n], syy = new double[n], sxy = new double[n];
        for (int i = 0; i < ids.length; i++) {
            int k = ids[i];
            if (k == 0) continue;
            double x = i % w, y = i / w;
            count[k]++;
            sx[k] += x;
            sy[k] += y;
            sxx[k] += x * x;
            syy[k] += y * y;
            sxy[k] += x * y;
        }
        boolean[] line = new boolean[n];
        double cx = face.x + face.width / 2.0;
        for (int k = 1; k < n; k++) {
            double mx = sx[k] / count[k], my = sy[k] / count[k];
            double vxx = sxx[k] / count[k] - mx * mx, vyy = syy[k] / count[k] - my * my, vxy = sxy[k] / count[k] - mx * my;
            double half = (vxx + vyy) / 2, spread = Math.sqrt(Math.max(0, half * half - (vxx * vyy - vxy * vxy)));
            double major = half + spread, minor = Math.max(1e-9, half - spread);
            // a bar of length L has a variance of L^2 / 12 along it
            double length = Math.sqrt(12 * major);
            line[k] = length > LINE_LENGTH * face.width && Math.sqrt(major / minor) > LINE_ELONGATION
                    && Math.abs(mx - cx) > LINE_BESIDE * face.width;
        }
        for (int i = 0; i < ids.length; i++) if (line[ids[i]]) hair[i] = false;
    }

    static final double LINE_WIDTH = 0.02, LINE_LENGTH = 0.25, LINE_ELONGATION = 7, LINE_BESIDE = 0.4;

    /**
     * Hair (or thinning hair) that touches neither the head's skin (skin or scalp) nor the largest area of hair, with a
     * gap of more than {@value #DETACHED_GAP} of the photo's long side between them, is not the client's: dark letters
     * on a sign behind the head, the dark edge of a frame above it, a speck on a shirt. It becomes background. The
     * client's hair grows from the head's skin or lies on the rest of the hair; a gap that small (about 0.3 cm in a
     * portrait) keeps wisps and strands that the cuts left apart. Run on the finished labels, so the scalp's outline,
     * which the hair shapes in a photo without a face, is not changed.
     *
     * @param labels the labels, changed in place (w x h)
     */
    static void withoutDetachedHair(byte[] labels, int w, int h) {
        boolean[] hair = new boolean[labels.length];
        for (int i = 0; i < hair.length; i++) hair[i] = labels[i] == LabelMap.HAIR || labels[i] == LabelMap.THINNING;
        Areas areas = components(hair, w, h);
        int[] ids = areas.ids();
        long[] sizes = areas.sizes();
        int largest = 0;
        for (int k = 1; k < sizes.length; k++) if (largest == 0 || sizes[k] > sizes[largest]) largest = k;
        boolean[] anchor = new boolean[hair.length];
        for (int i = 0; i < anchor.length; i++) {
            anchor[i] = labels[i] == LabelMap.SKIN || labels[i] == LabelMap.SCALP || (largest > 0 && ids[i] == largest);
        }
        anchor = morph(anchor, w, h, Math.max(1, (int) Math.round(DETACHED_GAP * Math.max(w, h))), Imgproc.MORPH_DILATE);
        boolean[] attached = new boolean[sizes.length];
        for (int i = 0; i < ids.length; i++) if (anchor[i]) attached[ids[i]] = true;
        for (int i = 0; i < ids.length; i++) if (hair[i] && !attached[ids[i]]) labels[i] = LabelMap.BACKGROUND;
    }

    static final double DETACHED_GAP = 0.01;

    /**
     * Background that hair (or thinning hair) encloses all around, up to {@value #HAIR_HOLE} of the photo, is hair:
     * strands lit like the backdrop, or a gap between the cuts' pieces of one head of hair. A hole touching skin,
     * scalp or the photo's edge is left as it is: the backdrop beside the head, or between long hair and the neck.
     *
     * @param labels the labels, changed in place (w x h)
     */
    static void fillHairHoles(byte[] labels, int w, int h) {
        boolean[] background = new boolean[labels.length];
        for (int i = 0; i < labels.length; i++) background[i] = labels[i] == LabelMap.BACKGROUND;
        // 4-connected, so that a hole is closed by its hair on all four sides, not only diagonally
        Areas areas = components(background, w, h, 4);
        int[] ids = areas.ids();
        long[] size = areas.sizes();
        boolean[] open = new boolean[areas.count()];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x, k = ids[i];
                if (k == 0 || open[k]) continue;
                open[k] = x == 0 || y == 0 || x == w - 1 || y == h - 1
                        || bare(labels[i - 1]) || bare(labels[i + 1]) || bare(labels[i - w]) || bare(labels[i + w]);
            }
        }
        double largest = HAIR_HOLE * w * h;
        for (int i = 0; i < ids.length; i++) {
            int k = ids[i];
            if (k > 0 && !open[k] && size[k] <= largest) labels[i] = LabelMap.HAIR;
        }
    }

    private static boolean bare(byte label) {
        return label == LabelMap.SKIN || label == LabelMap.SCALP;
    }

    static final double HAIR_HOLE = 0.01;

    /**
     * What {@link #besideFace} dropped on the face itself is the face's skin, not background: the shaded rims of the
     * cheeks, a moustache, a beard on the chin (none of them scalp). On the face is within the ellipse over the face
     * box's middle, {@value #FACE_REACH} face widths to each side and reaching {@value #CHIN_REACH} face heights
     * below the box's top (the chin and a beard under it); and only areas that hold a disc of {@value #FACE_RIM_RADIUS}
     * px radius at the work size, not the thin lines of a door frame or a collar's edge.
     *
     * @param hair the hair before {@link #besideFace}
     * @param kept the hair it kept
     */
    static boolean[] droppedOnFace(boolean[] hair, boolean[] kept, int w, int h, Rect face) {
        boolean[] dropped = new boolean[hair.length];
        for (int i = 0; i < dropped.length; i++) dropped[i] = hair[i] && !kept[i];
        dropped = morph(dropped, w, h, FACE_RIM_RADIUS, Imgproc.MORPH_OPEN);
        double cx = face.x + face.width / 2.0, cy = face.y + 0.5 * face.height;
        double ax = FACE_REACH * face.width, ay = (CHIN_REACH - 0.5) * face.height;
        for (int i = 0; i < dropped.length; i++) {
            double u = (i % w - cx) / ax, v = (i / w - cy) / ay;
            dropped[i] &= u * u + v * v <= 1;
        }
        return dropped;
    }

    static final double FACE_REACH = 0.6, CHIN_REACH = 1.25;
    static final int FACE_RIM_RADIUS = 2;

    /**
     * The eyes, nostrils, the mouth and glasses are neither skin- nor hair-coloured, and are left as holes in the face:
     * what is still unlabelled on the person inside the face box (its middle {@value #FACE_FILL_WIDTH} across, from
     * {@value #FACE_FILL_TOP} of its height, about the brows, down to {@value #FACE_FILL_BOTTOM}, the chin) is the
     * face's skin.
     */
    static void fillFace(byte[] labels, boolean[] person, int w, Rect face) {
        double margin = (1 - FACE_FILL_WIDTH) / 2 * face.width;
        int x0 = (int) Math.ceil(face.x + margin), x1 = (int) Math.ceil(face.x + face.width - margin);
        int y0 = (int) Math.ceil(face.y + FACE_FILL_TOP * face.height), y1 = (int) Math.ceil(face.y + FACE_FILL_BOTTOM * face.height);
        int h = labels.length / w;
        for (int y = Math.max(0, y0); y < Math.min(h, y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(w, x1); x++) {
                int i = y * w + x;
                if (labels[i] == LabelMap.BACKGROUND && person[i]) labels[i] = LabelMap.SKIN;
            }
        }
    }

    static final double FACE_FILL_WIDTH = 0.8, FACE_FILL_TOP = 0.2, FACE_FILL_BOTTOM = 1.05;

    /** The area of {@code head} that holds most of the face's cheeks and nose; all of it when none does. */
    static boolean[] faceComponent(boolean[] head, int w, int h, Rect face) {
        Areas areas = components(head, w, h);
        int[] ids = areas.ids();
        int[] votes = new int[areas.count()];
        Rect c = cheeks(face);
        for (int y = Math.max(0, c.y); y < Math.min(h, c.y + c.height); y++) {
            for (int x = Math.max(0, c.x); x < Math.min(w, c.x + c.width); x++) votes[ids[y * w + x]]++;
        }
        votes[0] = 0;
        int best = 0;
        for (int k = 1; k < votes.length; k++) if (votes[k] > votes[best]) best = k;
        if (best == 0) return head.clone();
        boolean[] out = new boolean[w * h];
        for (int i = 0; i < out.length; i++) out[i] = ids[i] == best;
        return out;
    }

    /** The 8-connected areas of a mask: per pixel 0 outside it, 1, 2, ... for each area; {@code count} with the 0. */
    record Areas(int[] ids, int count) {
        /** Each area's pixel count, by its number (index 0 counts the pixels outside the mask). */
        long[] sizes() {
            long[] n = new long[count];
            for (int id : ids) n[id]++;
            return n;
        }
    }

    static Areas components(boolean[] mask, int w, int h) {
        return components(mask, w, h, 8);
    }

    /** The areas of a mask whose pixels join their 4 or 8 neighbours ({@code connectivity}). */
    static Areas components(boolean[] mask, int w, int h, int connectivity) {
        try (Native<Mat> m = Native.of(toMat(mask, w, h)); Native<Mat> lab = Native.of(new Mat())) {
            int count = Imgproc.connectedComponents(m.get(), lab.get(), connectivity, CvType.CV_32S);
            int[] ids = new int[w * h];
            lab.get().get(0, 0, ids);
            return new Areas(ids, count);
        }
    }

    /**
     * The brows are not the hair of the head. The hair cut never takes the eyes and cheeks
     * ({@link HairRegion#NEVER_HAIR_TOP}) but does take the dark brows just above them; within the band of the brows
     * (from {@value #BROW_TOP} of the face box's height down to where the cut's never-hair part starts, over that
     * part's width), hair that does not reach the band's top is a brow and goes. A fringe falling over the forehead
     * comes down through the band's top and stays.
     *
     * @param hair the hair mask, changed in place (w x h)
     * @param face the frontal face box
     */
    static void withoutBrows(boolean[] hair, int w, int h, Rect face) {
        int x0 = Math.max(0, (int) (face.x + HairRegion.NEVER_HAIR_SIDE * face.width));
        int x1 = Math.min(w, (int) (face.x + (1 - HairRegion.NEVER_HAIR_SIDE) * face.width));
        int y0 = Math.max(0, (int) (face.y + BROW_TOP * face.height));
        int y1 = Math.min(h, (int) (face.y + HairRegion.NEVER_HAIR_TOP * face.height));
        int bw = x1 - x0, bh = y1 - y0;
        if (bw <= 0 || bh <= 0) return;
        boolean[] band = new boolean[bw * bh];
        for (int y = 0; y < bh; y++) for (int x = 0; x < bw; x++) band[y * bw + x] = hair[(y0 + y) * w + x0 + x];
        Areas areas = components(band, bw, bh);
        boolean[] fringe = new boolean[areas.count()];
        for (int x = 0; x < bw; x++) fringe[areas.ids()[x]] = true;
        for (int y = 0; y < bh; y++) {
            for (int x = 0; x < bw; x++) {
                int id = areas.ids()[y * bw + x];
                if (id > 0 && !fringe[id]) hair[(y0 + y) * w + x0 + x] = false;
            }
        }
    }

    /** The brows' band starts this share of a frontal face box's height below its top. */
    static final double BROW_TOP = 0.17;

    /** Long hair below the mouth is at least this share of the face's width thick. */
    static final double STRAND_SHARE = 0.08;

    /** Hair beside the cheeks is at least this share of the face's width thick. */
    static final double RIM_SHARE = 0.06;

    /**
     * For {@code SIDEBURN_DEPTH} of the face's height below the eyes, sideburns need only be {@code SIDEBURN_SHARE} of
     * the face's width thick (with a 16 cm face box, about 1 cm).
     */
    static final double SIDEBURN_SHARE = 0.03, SIDEBURN_DEPTH = 0.08;

    /** The eyes' height in a frontal face box, as a share of the box's height from its top. */
    static final double EYE_LINE = 0.38;

    /**
     * {@code hairLike} and the skin-coloured pixels that are lighter (by half the skin's lightness spread) and less
     * saturated than this client's typical skin, as white and grey hair is.
     */
    static boolean[] withPaleSkin(boolean[] hairLike, boolean[] skin, Work w, SkinModel model) {
        boolean[] out = hairLike.clone();
        for (int i = 0; i < out.length; i++) {
            if (skin[i] && w.l(i) > model.l() + 0.5 * model.sl() && chromaOf(w, i) < model.chroma()) out[i] = true;
        }
        return out;
    }

    /**
     * Dark skin in shade beside and above the eyes is as dark as black hair, so it starts as clearly dark hair and
     * the hair cut keeps it. But black hair is near-neutral, and this client's skin keeps its warmth in shade. When
     * the hair above the face box (from {@value #SHADE_REF_TOP} to {@value #SHADE_REF_BOTTOM} face heights above it)
     * is black, darker than {@value #BLACK_HAIR} of the skin's lightness, a hair-coloured pixel is skin when it lies
     * between that hair's top and just below the eyes ({@value #SHADE_BOTTOM} of the box), at most
     * {@value #SHADE_BESIDE} face widths beside the box, and is:
     * <ul>
     *   <li>more colourful than that hair: its median chroma plus {@value #SHADE_SPREADS} spreads (median absolute
     *   deviations, at least 1.5) plus {@value #SHADE_MARGIN};</li>
     *   <li>of the skin's hue, within three of its spreads plus 10 degrees;</li>
     *   <li>not far rougher than the hair: under {@value #SHADE_TEXTURE} times its median texture.</li>
     * </ul>
     * Under brown or grey hair, which is as warm as shaded skin, nothing changes.
     *
     * @param skin     skin-coloured pixels, changed in place
     * @param hairLike hair-coloured pixels, changed in place
     * @param darkHair clearly dark hair-coloured pixels, changed in place
     * @param tex      {@link HairRegion#texture} of the work-size photo
     * @param face     the frontal face box
     */
    static void shadedForehead(boolean[] skin, boolean[] hairLike, boolean[] darkHair, Work w, float[] tex, SkinModel model,
                               Rect face) {
        int sw = w.w(), sh = w.h();
        int top = Math.max(0, (int) (face.y - SHADE_REF_TOP * face.height));
        int refBottom = Math.max(0, (int) (face.y - SHADE_REF_BOTTOM * face.height));
        int x0 = Math.max(0, face.x), x1 = Math.min(sw, face.x + face.width);
        List<Integer> ref = new ArrayList<>();
        for (int y = top; y < refBottom; y++) {
            for (int x = x0; x < x1; x++) if (darkHair[y * sw + x]) ref.add(y * sw + x);
        }
        if (ref.size() < Math.max(MIN_SHADE_REF, SHADE_REF_SHARE * (refBottom - top) * (x1 - x0))) return;
        double[] ls = new double[ref.size()], cs = new double[ref.size()], ts = new double[ref.size()];
        for (int k = 0; k < ref.size(); k++) {
            int i = ref.get(k);
            ls[k] = w.l(i);
            cs[k] = chromaOf(w, i);
            ts[k] = tex[i];
        }
        if (median(ls) > BLACK_HAIR * model.l()) return;
        double colourful = median(cs) + SHADE_SPREADS * Math.max(1.5, mad(cs)) + SHADE_MARGIN;
        double rough = SHADE_TEXTURE * median(ts);
        double hueTolerance = 3 * model.sHue() + 10;
        int bottom = Math.min(sh, (int) (face.y + SHADE_BOTTOM * face.height));
        int zx0 = Math.max(0, (int) (face.x - SHADE_BESIDE * face.width));
        int zx1 = Math.min(sw, (int) (face.x + (1 + SHADE_BESIDE) * face.width));
        for (int y = top; y < bottom; y++) {
            for (int x = zx0; x < zx1; x++) {
                int i = y * sw + x;
                if (hairLike[i] && tex[i] < rough && chromaOf(w, i) > colourful
                        && Math.abs(angle(hueOf(w, i) - model.hue())) < hueTolerance) {
                    skin[i] = true;
                    hairLike[i] = false;
                    darkHair[i] = false;
                }
            }
        }
    }

    /**
     * {@link #shadedForehead}'s bounds; the hair above the face must cover at least {@value #SHADE_REF_SHARE} of its
     * band, and {@value #MIN_SHADE_REF} pixels, to be measured.
     */
    static final double SHADE_REF_TOP = 0.6, SHADE_REF_BOTTOM = 0.15, SHADE_REF_SHARE = 0.05, BLACK_HAIR = 0.3;
    static final double SHADE_SPREADS = 4, SHADE_MARGIN = 3, SHADE_TEXTURE = 1.5, SHADE_BESIDE = 0.15;
    static final double SHADE_BOTTOM = 0.45;
    static final int MIN_SHADE_REF = 20;

    /** True when (almost) no pixel has any chroma: a grayscale photo stored as colour or as gray. */
    private static boolean isGrayscale(Work w) {
        long chroma = 0;
        int n = w.w() * w.h();
        for (int i = 0; i < n; i++) chroma += Math.abs(w.a(i) - 128) + Math.abs(w.b(i) - 128);
        return chroma < 1.0 * n;
    }

    private static SmpException noScalp(String why) {
        return new SmpException(SmpException.Kind.NO_SCALP, "no head or scalp found: " + why);
    }

    /** Cheeks and nose: the part of a face box that is almost always bare skin. */
    private static Rect cheeks(Rect face) {
        return new Rect(face.x + face.width / 4, face.y + face.height * 11 / 20, face.width / 2, face.height / 5);
    }

    /** The reduced image in CIELAB (OpenCV 8-bit scaling: L 0..255, a and b offset by 128). */
    record Work(int w, int h, byte[] lab) {
        int l(int i) { return lab[i * 3] & 0xFF; }

        int a(int i) { return lab[i * 3 + 1] & 0xFF; }

        int b(int i) { return lab[i * 3 + 2] & 0xFF; }
    }

    /**
     * This client's skin colour: robust centre and spread of lightness, hue angle and chroma in CIELAB. Hue
     * separates skin from beige walls and wood far better than a and b do, and it barely changes with shading.
     */
    record SkinModel(double l, double sl, double hue, double sHue, double chroma, double sChroma) {
        static SkinModel fromBox(Work w, Rect r) {
            List<Integer> idx = new ArrayList<>();
            for (int y = Math.max(0, r.y); y < Math.min(w.h(), r.y + r.height); y++) {
                for (int x = Math.max(0, r.x); x < Math.min(w.w(), r.x + r.width); x++) idx.add(y * w.w() + x);
            }
            return fit(w, idx);
        }

        /** Conservative skin rule (warm, mid-chroma) on the central 70% of the photo. */
        static SkinModel fromRule(Work w) {
            List<Integer> idx = new ArrayList<>();
            int x0 = (int) (w.w() * 0.15), x1 = (int) (w.w() * 0.85), y0 = (int) (w.h() * 0.1), y1 = (int) (w.h() * 0.9);
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    int i = y * w.w() + x;
                    double h = hueOf(w, i), c = chromaOf(w, i);
                    int l = w.l(i);
                    if (h >= 5 && h <= 80 && c >= 6 && c <= 60 && l >= 30 && l <= 245) idx.add(i);
                }
            }
            if (idx.size() < 0.01 * w.w() * w.h()) return null;
            return fit(w, lighterCluster(w, idx));
        }

        /**
         * Brown hair passes the warm-colour rule too. When the candidates fall in two clearly different lightnesses
         * (k-means in CIELAB), the lighter group is the skin: scalp and skin are lighter than the brown or dark
         * hair around them.
         */
        static List<Integer> lighterCluster(Work w, List<Integer> idx) {
            int n = idx.size();
            float[] samples = new float[n * 3];
            for (int k = 0; k < n; k++) {
                int i = idx.get(k);
                samples[k * 3] = w.l(i);
                samples[k * 3 + 1] = w.a(i);
                samples[k * 3 + 2] = w.b(i);
            }
            int[] labels = new int[n];
            float[] centers = new float[6];
            try (Native<Mat> data = Native.of(new Mat(n, 3, CvType.CV_32F)); Native<Mat> lab = Native.of(new Mat());
                 Native<Mat> cen = Native.of(new Mat())) {
                data.get().put(0, 0, samples);
                Core.setRNGSeed(0x5eed);
                Core.kmeans(data.get(), 2, lab.get(), new org.opencv.core.TermCriteria(org.opencv.core.TermCriteria.EPS
                        + org.opencv.core.TermCriteria.COUNT, 20, 0.5), 2, Core.KMEANS_PP_CENTERS, cen.get());
                lab.get().get(0, 0, labels);
                cen.get().get(0, 0, centers);
            }
            int light = centers[0] > centers[3] ? 0 : 1;
            long lightCount = Arrays.stream(labels).filter(l -> l == light).count();
            if (Math.abs(centers[0] - centers[3]) < LIGHTNESS_GAP || lightCount < 0.15 * n) return idx;
            List<Integer> out = new ArrayList<>();
            for (int k = 0; k < n; k++) if (labels[k] == light) out.add(idx.get(k));
            return out;
        }

        private static SkinModel fit(Work w, List<Integer> idx) {
            if (idx.isEmpty()) return null;
            double[] ls = new double[idx.size()], hs = new double[idx.size()], cs = new double[idx.size()];
            for (int k = 0; k < idx.size(); k++) {
                int i = idx.get(k);
                ls[k] = w.l(i);
                hs[k] = hueOf(w, i);
                cs[k] = chromaOf(w, i);
            }
            return new SkinModel(median(ls), Math.max(8, mad(ls)), median(hs), Math.max(3, mad(hs)), median(cs), Math.max(2.5, mad(cs)));
        }

        boolean[] classify(Work w) {
            boolean[] out = new boolean[w.w() * w.h()];
            for (int i = 0; i < out.length; i++) {
                int li = w.l(i);
                double c = chromaOf(w, i);
                // shaded skin can be much darker; highlights brighter and paler (low chroma, hue unreliable)
                if (li < l * DARKEST_SKIN || li > 252) continue;
                if (li > l + 1.5 * sl && c < chroma && c > 2) {
                    if (li > l + 3 * sl + 25) continue;
                    out[i] = Math.abs(angle(hueOf(w, i) - hue)) < 4 * sHue + 10;
                    continue;
                }
                double dh = angle(hueOf(w, i) - hue) / Math.max(sHue, 3);
                double dc = (c - chroma) / sChroma;
                out[i] = dh * dh + 0.5 * dc * dc / 4 < 9 && c > 0.35 * chroma;
            }
            return out;
        }
    }

    /** Shaded skin is at least this share of the skin's typical lightness; darker is hair. */
    static final double DARKEST_SKIN = 0.45;

    /** Two groups of skin-rule pixels this far apart in L (0..255) are skin and hair, not one skin in light and shade. */
    static final double LIGHTNESS_GAP = 40;

    static double hueOf(Work w, int i) {
        return Math.toDegrees(Math.atan2(w.b(i) - 128, w.a(i) - 128));
    }

    static double chromaOf(Work w, int i) {
        return Math.hypot(w.a(i) - 128, w.b(i) - 128);
    }

    /** An angle difference folded into -180..180 degrees. */
    static double angle(double d) {
        d = d % 360;
        if (d > 180) d -= 360;
        if (d < -180) d += 360;
        return d;
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    private static double mad(double[] v) {
        double m = median(v);
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) d[i] = Math.abs(v[i] - m);
        return 1.4826 * median(d);
    }

    /** An opening then a closing with a disc of {@code radius}: specks and pinholes gone. */
    private static boolean[] clean(boolean[] mask, int w, int h, int radius) {
        return morph(mask, w, h, radius, Imgproc.MORPH_OPEN, Imgproc.MORPH_CLOSE);
    }

    /** The morphological operations {@code ops} (Imgproc.MORPH_*) in turn, with a disc of {@code radius}. */
    private static boolean[] morph(boolean[] mask, int w, int h, int radius, int... ops) {
        try (Native<Mat> m = Native.of(toMat(mask, w, h)); Native<Mat> k = Native.of(
                Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE, new Size(2 * radius + 1, 2 * radius + 1)))) {
            for (int op : ops) Imgproc.morphologyEx(m.get(), m.get(), op, k.get());
            return fromMat(m.get());
        }
    }

    /**
     * The connected skin region most likely to be the head: the one holding the face when there is one, else the
     * largest one whose area fills at least half of its bounding ellipse (walls and wood are rarely that compact
     * and skin-coloured at once).
     */
    private static boolean[] largestCompactComponent(boolean[] mask, int w, int h, Optional<Rect> face) {
        try (Native<Mat> m = Native.of(toMat(mask, w, h)); Native<Mat> lab = Native.of(new Mat());
             Native<Mat> stats = Native.of(new Mat()); Native<Mat> cent = Native.of(new Mat())) {
            int n = Imgproc.connectedComponentsWithStats(m.get(), lab.get(), stats.get(), cent.get(), 8, CvType.CV_32S);
            int best = -1;
            double bestScore = 0;
            for (int c = 1; c < n; c++) {
                int bw = (int) stats.get().get(c, Imgproc.CC_STAT_WIDTH)[0], bh = (int) stats.get().get(c, Imgproc.CC_STAT_HEIGHT)[0];
                int bx = (int) stats.get().get(c, Imgproc.CC_STAT_LEFT)[0], by = (int) stats.get().get(c, Imgproc.CC_STAT_TOP)[0];
                double area = stats.get().get(c, Imgproc.CC_STAT_AREA)[0];
                double fill = area / (Math.PI / 4 * bw * bh);
                double score = area * Math.min(1, fill / 0.5);
                if (face.isPresent()) {
                    Rect r = face.get();
                    int fx = r.x + r.width / 2, fy = r.y + r.height / 2;
                    if (fx >= bx && fx < bx + bw && fy >= by && fy < by + bh) score *= 4;
                }
                if (fill < 0.3) score *= 0.1;
                if (score > bestScore) {
                    bestScore = score;
                    best = c;
                }
            }
            boolean[] out = new boolean[w * h];
            if (best < 0) return out;
            int[] ids = new int[w * h];
            lab.get().get(0, 0, ids);
            for (int i = 0; i < ids.length; i++) out[i] = ids[i] == best;
            return out;
        }
    }

    /** Drops skin regions under 0.2% of the photo: skin-coloured specks in hair or on the background. */
    private static boolean[] withoutSpecks(boolean[] mask, int w, int h) {
        try (Native<Mat> m = Native.of(toMat(mask, w, h)); Native<Mat> lab = Native.of(new Mat());
             Native<Mat> stats = Native.of(new Mat()); Native<Mat> cent = Native.of(new Mat())) {
            int n = Imgproc.connectedComponentsWithStats(m.get(), lab.get(), stats.get(), cent.get(), 8, CvType.CV_32S);
            boolean[] keep = new boolean[n];
            for (int c = 1; c < n; c++) keep[c] = stats.get().get(c, Imgproc.CC_STAT_AREA)[0] >= 0.002 * w * h;
            int[] ids = new int[w * h];
            lab.get().get(0, 0, ids);
            boolean[] out = new boolean[w * h];
            for (int i = 0; i < out.length; i++) out[i] = keep[ids[i]];
            return out;
        }
    }

    /**
     * Fills holes inside the head region that are highlights, eyes or a mouth: holes that are small (under 5% of the
     * region) or brighter than the skin. Large dark holes are hair (a crown of hair around a bald patch) and stay.
     */
    private static void fillHoles(boolean[] region, Work work, SkinModel model) {
        int w = work.w(), h = work.h();
        long regionArea = count(region);
        int[] comp = new int[w * h];
        java.util.Arrays.fill(comp, -1);
        int[] stack = new int[w * h];
        int id = 0;
        for (int start = 0; start < region.length; start++) {
            if (region[start] || comp[start] >= 0) continue;
            // flood one hole (or the outside) from here
            int sp = 0, n = 0;
            long sumL = 0;
            boolean touchesBorder = false;
            stack[sp++] = start;
            comp[start] = id;
            java.util.List<Integer> members = new java.util.ArrayList<>();
            while (sp > 0) {
                int i = stack[--sp];
                members.add(i);
                n++;
                sumL += work.l(i);
                int x = i % w, y = i / w;
                if (x == 0 || y == 0 || x == w - 1 || y == h - 1) touchesBorder = true;
                int[] nb = {x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, y > 0 ? i - w : -1, y < h - 1 ? i + w : -1};
                for (int j : nb) {
                    if (j >= 0 && !region[j] && comp[j] < 0) { comp[j] = id; stack[sp++] = j; }
                }
            }
            id++;
            if (touchesBorder) continue;
            if (n < 0.05 * regionArea || sumL / (double) n > model.l()) {
                for (int i : members) region[i] = true;
            }
        }
    }

    /**
     * A colour hair can have on this client: near-neutral (black, grey, white) or the warm hues of brown, blond and
     * red hair; never blue or green (clothes, walls, plants).
     */
    static boolean isHairColour(Work w, int i, SkinModel model) {
        double c = chromaOf(w, i);
        return c < 12 || (Math.abs(angle(hueOf(w, i) - 55)) < 45 && w.l(i) < model.l() + model.sl());
    }

    /** Hair is clearly darker than this client's skin. */
    static double hairDarkLimit(SkinModel model) {
        return Math.min(model.l() - 22, 0.62 * model.l());
    }

    /**
     * A hair-like pixel: clearly darker than the skin, and near-neutral (black, grey) or of the warm hues of brown,
     * blond and red hair; never blue or green (clothes).
     */
    static boolean isHairPixel(Work w, int i, double darkLimit) {
        return w.l(i) < darkLimit && (chromaOf(w, i) < 12 || Math.abs(angle(hueOf(w, i) - 55)) < 45);
    }

    /**
     * Thinning where skin shows through hair: on the head (scalp and hair labels), the hair's share of a window of
     * about half a centimetre is between {@value #THIN_LOW} and {@value #THIN_HIGH}; above, it is hair. The share is
     * that of hair-dark pixels, or, where the window is at least as textured as this photo's dense hair, how far its
     * mean lightness has gone from the bare scalp's toward the dense hair's (fine strands over skin). A window far
     * more textured than dense hair is thinning too, however light ({@link #strands}). Thinning must be
     * an area at least half a window wide on every side, not the rim along a hairline; hair at the head's outline is
     * not thinning ({@link #notAtTheOutline}), nor is bare skin whose window is less hair than {@value #THIN_BARE}
     * ({@link #keepBareSkin}).
     *
     * @param tex         {@link HairRegion#texture} of the work-size photo
     * @param hairTexture {@link HairRegion#hairTexture}, or NaN (then only hair-dark pixels count)
     */
    private static void markThinning(byte[] labels, Work w, SkinModel model, int window, float[] tex, double hairTexture) {
        int sw = w.w(), sh = w.h();
        double darkLimit = hairDarkLimit(model);
        float[] dark = new float[sw * sh];
        double[] hairL = new double[sw * sh], bareL = new double[sw * sh];
        double[] bareTex = new double[sw * sh];
        int nHair = 0, nBare = 0;
        for (int i = 0; i < dark.length; i++) {
            boolean d = isHairPixel(w, i, darkLimit);
            dark[i] = d ? 1 : 0;
            if (labels[i] == LabelMap.HAIR && d) hairL[nHair++] = w.l(i);
            // the bare skin of this head: its smooth scalp, when there is some (the face may be lit differently)
            if (labels[i] == LabelMap.SCALP && tex[i] < hairTexture) {
                bareTex[nBare] = tex[i];
                bareL[nBare++] = w.l(i);
            }
        }
        boxBlur(dark, sw, sh, window);
        // how far each window's lightness has gone from the bare skin's toward the dense hair's: strands too fine to
        // be dark pixels at this size still darken their window
        float[] cover = null;
        double lSkin = nBare >= MIN_SAMPLE ? Math.max(model.l(), median(Arrays.copyOf(bareL, nBare))) : model.l();
        double lHair = nHair >= MIN_SAMPLE ? median(Arrays.copyOf(hairL, nHair)) : Double.NaN;
        if (!Double.isNaN(hairTexture) && lSkin - lHair > 20) {
            cover = new float[sw * sh];
            for (int i = 0; i < cover.length; i++) cover[i] = w.l(i);
            boxBlur(cover, sw, sh, window);
            for (int i = 0; i < cover.length; i++) cover[i] = (float) Math.max(0, Math.min(1, (lSkin - cover[i]) / (lSkin - lHair)));
        }
        double bareTexture = nBare >= MIN_SAMPLE ? median(Arrays.copyOf(bareTex, nBare)) : Double.NaN;
        boolean[] strands = strandAreas(tex, hairTexture, bareTexture, labels, sw, sh, window);
        boolean[] thin = new boolean[labels.length];
        float[] shares = new float[labels.length];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != LabelMap.HAIR && labels[i] != LabelMap.SCALP) continue;
            // smooth shading darkens a bald head too: only a window as textured as hair counts its lightness
            boolean textured = cover != null && tex[i] >= hairTexture;
            shares[i] = textured ? Math.max(dark[i], cover[i]) : dark[i];
            if (dark[i] > THIN_HIGH) labels[i] = LabelMap.HAIR;
            else if (shares[i] > THIN_LOW || strands[i]) thin[i] = true;
        }
        notAtTheOutline(thin, labels, sw, sh, window);
        // the window straddling the edge between dense hair and bare skin mixes them too: thinning is an area at
        // least a window wide, not the rim along every hairline
        thin = morph(thin, sw, sh, Math.max(1, window / 2), Imgproc.MORPH_OPEN);
        keepBareSkin(thin, labels, shares, strands);
        for (int i = 0; i < labels.length; i++) if (thin[i]) labels[i] = LabelMap.THINNING;
    }

    /**
     * Hair whose window is less than {@value #ON_HEAD} head (hair or scalp) lies at the head's outline: what shows
     * between its strands is the background, not skin, and wispy hair against a wall is not thinning.
     */
    static void notAtTheOutline(boolean[] thin, byte[] labels, int w, int h, int window) {
        float[] onHead = new float[labels.length];
        for (int i = 0; i < onHead.length; i++) onHead[i] = labels[i] == LabelMap.HAIR || labels[i] == LabelMap.SCALP ? 1 : 0;
        boxBlur(onHead, w, h, window);
        for (int i = 0; i < onHead.length; i++) if (labels[i] == LabelMap.HAIR && onHead[i] < ON_HEAD) thin[i] = false;
    }

    static final float ON_HEAD = 0.7f;

    /**
     * Bare skin (labelled scalp) beside thinning hair stays bare unless at least {@value #THIN_BARE} of its window is
     * hair, or sparse strands lie over it: the window of a bare pixel near the edge of a bald patch reaches into the
     * thinning hair around it and would take the patch's rim, and pores and freckles on a bald head pass
     * {@value #THIN_LOW} too. Hair-labelled pixels keep the lower bar, so faint thinning in hair is still found. Runs
     * after the opening, so that it never narrows a thinning area of hair below the opening's width.
     */
    static void keepBareSkin(boolean[] thin, byte[] labels, float[] shares, boolean[] strands) {
        for (int i = 0; i < thin.length; i++) {
            if (thin[i] && labels[i] == LabelMap.SCALP && shares[i] <= THIN_BARE && !strands[i]) thin[i] = false;
        }
    }

    static final float THIN_BARE = 0.25f;

    /**
     * Cleaning the hair and the skin apart leaves slivers of the person between them with no label: each such pixel
     * with head labels (scalp or hair) around it takes the most frequent one in its 5 x 5 neighbourhood, so that a
     * bare patch inside hair is enclosed by hair, not by a seam of background.
     */
    static void fillSlivers(byte[] labels, boolean[] person, int w, int h) {
        byte[] src = labels.clone();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (src[i] != LabelMap.BACKGROUND || !person[i]) continue;
                int[] n = new int[LabelMap.COUNT];
                for (int dy = -2; dy <= 2; dy++) {
                    for (int dx = -2; dx <= 2; dx++) {
                        int xx = x + dx, yy = y + dy;
                        if (xx >= 0 && yy >= 0 && xx < w && yy < h) n[src[yy * w + xx]]++;
                    }
                }
                // a sliver: most of the neighbourhood is head, and none of it is face or neck skin
                if (n[LabelMap.SKIN] > 0 || n[LabelMap.BACKGROUND] > 12) continue;
                labels[i] = n[LabelMap.SCALP] > n[LabelMap.HAIR] ? LabelMap.SCALP : LabelMap.HAIR;
            }
        }
    }

    /** Pixels needed to learn a lightness from. */
    private static final int MIN_SAMPLE = 50;

    /** {@code v} (w x h) averaged in place over a {@code window} x {@code window} box. */
    static void boxBlur(float[] v, int w, int h, int window) {
        try (Native<Mat> m = Native.of(new Mat(h, w, CvType.CV_32F))) {
            m.get().put(0, 0, v);
            Imgproc.blur(m.get(), m.get(), new Size(window, window));
            m.get().get(0, 0, v);
        }
    }

    static final float THIN_LOW = 0.15f, THIN_HIGH = 0.7f;

    /**
     * Sparse strands over skin: a window that varies at least {@value #STRANDS} times as much as this photo's dense
     * hair. Dense hair is dark strands on dark strands; strands over bare skin are dark on light, and vary far more,
     * even where too few or too fine to darken their window past {@value #THIN_LOW}.
     */
    static boolean strands(float tex, double hairTexture) {
        return !Double.isNaN(hairTexture) && tex >= STRANDS * hairTexture;
    }

    /**
     * Where sparse strands lie over skin ({@link #strands}), as areas. The texture is smoothed over
     * {@value HairRegion#TEXTURE_SMOOTHING} px, so where strands end at bare skin it ramps down across the edge, and
     * the strands' bar, well above the bare skin's texture, leaves the areas short of the edge where the strands
     * are sparsest. Where the head has bare skin ({@code bareTexture}, its median texture), the areas reach on, by
     * {@value #STRANDS_REACH} px (the ramp's half width) at most, as far as the texture is above the midpoint
     * between the bare skin's and that of the strands found on the head (scalp or hair in {@code labels}): a blurred
     * step's edge is at its midpoint. The smoothing also carries texture past the strands' last hairs into a bare
     * patch and into dense hair: the areas are shrunk back by {@value #STRANDS_BLEED} px, and gaps between strands up
     * to twice {@code window} (half a centimetre) wide are closed.
     *
     * @param bareTexture the median texture of the head's bare skin, or NaN when it has none
     */
    static boolean[] strandAreas(float[] tex, double hairTexture, double bareTexture, byte[] labels, int w, int h,
                                 int window) {
        boolean[] out = new boolean[tex.length];
        for (int i = 0; i < out.length; i++) out[i] = strands(tex[i], hairTexture);
        double[] onHead = new double[tex.length];
        int n = 0;
        for (int i = 0; i < out.length; i++) {
            if (out[i] && (labels[i] == LabelMap.SCALP || labels[i] == LabelMap.HAIR)) onHead[n++] = tex[i];
        }
        if (!Double.isNaN(bareTexture) && n >= MIN_SAMPLE) {
            double edge = Math.min(STRANDS * hairTexture, (bareTexture + median(Arrays.copyOf(onHead, n))) / 2);
            boolean[] near = morph(out, w, h, STRANDS_REACH, Imgproc.MORPH_DILATE);
            for (int i = 0; i < out.length; i++) out[i] = near[i] && tex[i] >= edge;
        }
        out = morph(out, w, h, STRANDS_BLEED, Imgproc.MORPH_ERODE);
        return morph(out, w, h, window, Imgproc.MORPH_CLOSE);
    }

    static final int STRANDS_REACH = (HairRegion.TEXTURE_SMOOTHING + HairRegion.TEXTURE_WINDOW) / 2;

    static final int STRANDS_BLEED = 2;

    static final double STRANDS = 2.5;

    /**
     * Without a face, the share of the head's height (from its top) that hair must reach into to enclose scalp,
     * and that a bald head's scalp is taken from when no such hair is there: below it are the face bent forward, a
     * beard, the neck.
     */
    static final double SKULL_SHARE = 0.65;

    /** Hair under this share of the head's skin is almost none: a shaved or bald head, or one with only a beard. */
    static final double ALMOST_NO_HAIR = 0.08;

    /**
     * Without a face, the ellipse through the hair reaches this share of its length below the lowest hair, no further:
     * below a fringe that ends at the temples is a forehead and a face, cut off from the hull but not from the ellipse.
     */
    static final double BELOW_HAIR = 0.1;

    /** {@link #neckTop}: how much narrower than the skull, how far below its widest row, how wide and how long a neck is. */
    static final double NECK_NARROW = 0.7, NECK_BELOW = 0.15, NECK_COLUMN = 0.35, NECK_LENGTH = 0.15;

    /** {@link #neckTop}: a neck's row is one span this full; shoulders this much wider than the waist; the neck's band. */
    static final double SOLID = 0.9, SHOULDERS = 1.15, WAIST_BAND = 1.1;

    /**
     * {@link #envelope}: the radius of the disc that rounds the head's outline, as a share of the skull's width (an
     * ear seen from behind sticks out about 2 cm from a skull 16 to 19 cm across; the skull's own sides curve with a
     * radius of 6 cm or more), and the share of skin that makes what it cuts off skin.
     */
    static final double EAR_TRIM = 0.2, LOBE_SKIN = 0.6;

    private static int widestRow(boolean[] a, boolean[] b, int w, int h) {
        return Arrays.stream(rowSpans(a, b, w, h, new int[h])).max().orElse(0);
    }

    /** The first and the last row whose span is not 0, or -1 and -1 when there is none. */
    static int[] rowExtent(int[] span) {
        int top = -1, bottom = -1;
        for (int y = 0; y < span.length; y++) {
            if (span[y] == 0) continue;
            if (top < 0) top = y;
            bottom = y;
        }
        return new int[]{top, bottom};
    }

    /**
     * Per row, the span from the leftmost to the rightmost pixel of {@code a} or {@code b} (0 for a row with none),
     * and in {@code filled} how many pixels of that row are in either.
     */
    static int[] rowSpans(boolean[] a, boolean[] b, int w, int h, int[] filled) {
        int[] span = new int[h];
        for (int y = 0; y < h; y++) {
            int x0 = -1, x1 = -1;
            filled[y] = 0;
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (a[i] || b[i]) {
                    if (x0 < 0) x0 = x;
                    x1 = x;
                    filled[y]++;
                }
            }
            span[y] = x0 < 0 ? 0 : x1 - x0 + 1;
        }
        return span;
    }

    /**
     * Labels back to full size along the photo's own edges (a fast colour guided filter, He, Sun and Tang 2013, He
     * and Sun 2015): for each label, its work-size mask is fitted in every window of work pixels within
     * {@value #GUIDE_RADIUS} of a pixel as a linear function of the photo's colour (B, G and R); those fits, brought to
     * full size, are applied to the full-size colour, so a label's edge follows the edge in the photo (a hairline, the
     * head's outline, an ear against a backdrop as light as itself but of another colour) instead of a blur of work
     * pixels. Where colour is flat the fit is the mask's local mean, as bilinear interpolation gives. The strongest
     * label wins.
     * <p>
     * A label's fit is zero beyond its pixels' reach (two window blurs and the interpolation), and where only one
     * label is within that reach, it wins outright. So the fits are brought to full size and applied only in the
     * tiles of {@value #TILE} x {@value #TILE} work pixels that have two labels within reach of each other (the band
     * along the labels' edges); elsewhere the work-size label is simply enlarged. The fits of all labels sum to one,
     * so the label with the largest box (the background, usually) is one minus the others.
     *
     * @param guide the full-size photo (8-bit BGR)
     */
    static LabelMap upscale(byte[] labels, int sw, int sh, Mat guide) {
        try (Native<Mat> small = Native.of(new Mat())) {
            Imgproc.resize(guide, small.get(), new Size(sw, sh), 0, 0, Imgproc.INTER_AREA);
            byte[] bgr = new byte[sw * sh * 3];
            small.get().get(0, 0, bgr);
            return upscale(labels, bgr, sw, sh, guide);
        }
    }

    /** @param small the photo at work size (8-bit BGR, as resized with {@code INTER_AREA}) */
    private static LabelMap upscale(byte[] labels, byte[] small, int sw, int sh, Mat guide) {
        Size window = new Size(2 * GUIDE_RADIUS + 1, 2 * GUIDE_RADIUS + 1);
        try (Native<Mat> bgr = Native.of(new Mat(sh, sw, CvType.CV_8UC3)); Native<Mat> i = Native.of(new Mat())) {
            bgr.get().put(0, 0, small);
            bgr.get().convertTo(i.get(), CvType.CV_32FC3, 1 / 255.0);
            try (Guide g = Guide.of(i.get(), window)) {
                return upscale(labels, sw, sh, guide, g);
            }
        }
    }

    /** The side of the tiles (work pixels) in which the guided fits are applied at full size. */
    static final int TILE = 16;

    /** @param full the full-size photo (8-bit BGR) */
    private static LabelMap upscale(byte[] labels, int sw, int sh, Mat full, Guide g) {
        int w = full.cols(), h = full.rows(), n = sw * sh;
        int[][] box = labelBoxes(labels, sw, sh);
        int largest = -1;
        long largestArea = -1;
        for (int l = 0; l < box.length; l++) {
            if (box[l] == null) continue;
            long area = (long) (box[l][2] - box[l][0] + 1) * (box[l][3] - box[l][1] + 1);
            if (area > largestArea) {
                largestArea = area;
                largest = l;
            }
        }
        int reach = 2 * GUIDE_RADIUS + 2;
        Mat[] a3 = new Mat[box.length], b = new Mat[box.length];
        try (Native<Mat> lab = Native.of(new Mat(sh, sw, CvType.CV_8UC1)); Native<Mat> out = Native.of(new Mat());
             Native<Mat> high = Native.of(new Mat()); Native<Mat> low = Native.of(new Mat());
             Native<Mat> kernel = Native.of(Imgproc.getStructuringElement(Imgproc.MORPH_RECT,
                     new Size(2 * reach + 1, 2 * reach + 1)));
             Native<Mat> pMat = Native.of(new Mat(sh, sw, CvType.CV_32F))) {
            lab.get().put(0, 0, labels);
            Imgproc.resize(lab.get(), out.get(), new Size(w, h), 0, 0, Imgproc.INTER_NEAREST);
            float[] p = new float[n];
            for (int l = 0; l < box.length; l++) {
                if (box[l] == null || l == largest) continue;
                for (int k = 0; k < n; k++) p[k] = labels[k] == l ? 1 : 0;
                pMat.get().put(0, 0, p);
                a3[l] = new Mat(sh, sw, CvType.CV_32FC3);
                b[l] = new Mat(sh, sw, CvType.CV_32F);
                g.fit(pMat.get(), a3[l], b[l]);
            }
            // two labels within reach of each other: the highest and the lowest label around a pixel differ
            Imgproc.dilate(lab.get(), high.get(), kernel.get());
            Imgproc.erode(lab.get(), low.get(), kernel.get());
            byte[] hi = Mats.bytes(high.get()), lo = Mats.bytes(low.get());
            Tiles tiles = new Tiles(sw, sh, w, h, full, out.get(), a3, b, largest);
            for (int ty = 0; ty < sh; ty += TILE) {
                for (int tx = 0; tx < sw; tx += TILE) {
                    int tx1 = Math.min(sw, tx + TILE), ty1 = Math.min(sh, ty + TILE);
                    if (!mixed(hi, lo, sw, tx, ty, tx1, ty1)) continue;
                    // the labels within reach of the tile
                    boolean[] near = new boolean[box.length];
                    for (int y = Math.max(0, ty - reach); y < Math.min(sh, ty1 + reach); y++) {
                        for (int x = Math.max(0, tx - reach); x < Math.min(sw, tx1 + reach); x++) {
                            near[labels[y * sw + x]] = true;
                        }
                    }
                    tiles.apply(new Rect(tx, ty, tx1 - tx, ty1 - ty), near);
                }
            }
            return LabelMap.wrap(w, h, Mats.bytes(out.get()));
        } finally {
            for (Mat m : a3) if (m != null) m.release();
            for (Mat m : b) if (m != null) m.release();
        }
    }

    /** Whether any pixel of the tile [x0, x1) x [y0, y1) has a different highest and lowest label around it. */
    private static boolean mixed(byte[] hi, byte[] lo, int sw, int x0, int y0, int x1, int y1) {
        for (int y = y0; y < y1; y++) {
            for (int k = y * sw + x0; k < y * sw + x1; k++) if (hi[k] != lo[k]) return true;
        }
        return false;
    }

    /**
     * The guided fits of the labels applied at full size, one tile at a time: each label's fit (a, b) is enlarged from
     * the tile's work pixels, with one more around them so that the interpolation at the tile's edge sees its
     * neighbours, then applied to the photo's colour there; the strongest label wins.
     */
    private record Tiles(int sw, int sh, int w, int h, Mat full, Mat out, Mat[] a3, Mat[] b, int largest) {
        void apply(Rect tile, boolean[] near) {
            int x0 = full(tile.x, w, sw), y0 = full(tile.y, h, sh);
            int x1 = full(tile.x + tile.width, w, sw), y1 = full(tile.y + tile.height, h, sh);
            if (x1 <= x0 || y1 <= y0) return;
            int px0 = Math.max(0, tile.x - 1), py0 = Math.max(0, tile.y - 1);
            int px1 = Math.min(sw, tile.x + tile.width + 1), py1 = Math.min(sh, tile.y + tile.height + 1);
            int fx0 = full(px0, w, sw), fy0 = full(py0, h, sh);
            Rect padded = new Rect(px0, py0, px1 - px0, py1 - py0);
            Size paddedSize = new Size(full(px1, w, sw) - fx0, full(py1, h, sh) - fy0);
            Rect inner = new Rect(x0 - fx0, y0 - fy0, x1 - x0, y1 - y0), roi = new Rect(x0, y0, x1 - x0, y1 - y0);
            try (Native<Mat> colour = Native.of(new Mat());
                 Native<Mat> aBig = Native.of(new Mat()); Native<Mat> bBig = Native.of(new Mat());
                 Native<Mat> q = Native.of(new Mat()); Native<Mat> won = Native.of(new Mat());
                 Native<Mat> ones = Native.of(new Mat(1, 3, CvType.CV_32F, new Scalar(1)));
                 Native<Mat> sum = Native.of(Mat.zeros(roi.height, roi.width, CvType.CV_32F));
                 Native<Mat> best = Native.of(new Mat(roi.height, roi.width, CvType.CV_32F, new Scalar(-1e9)));
                 Native<Mat> photo = Native.of(full.submat(roi)); Native<Mat> outRoi = Native.of(out.submat(roi))) {
                photo.get().convertTo(colour.get(), CvType.CV_32FC3, 1 / 255.0);
                for (int l = 0; l < a3.length; l++) {
                    if (a3[l] == null || !near[l]) continue;
                    try (Native<Mat> aWork = Native.of(a3[l].submat(padded));
                         Native<Mat> bWork = Native.of(b[l].submat(padded));
                         Native<Mat> aIn = Native.of(new Mat()); Native<Mat> bIn = Native.of(new Mat())) {
                        Imgproc.resize(aWork.get(), aBig.get(), paddedSize, 0, 0, Imgproc.INTER_LINEAR);
                        Imgproc.resize(bWork.get(), bBig.get(), paddedSize, 0, 0, Imgproc.INTER_LINEAR);
                        aBig.get().submat(inner).copyTo(aIn.get());
                        bBig.get().submat(inner).copyTo(bIn.get());
                        Core.multiply(aIn.get(), colour.get(), aIn.get());
                        Core.transform(aIn.get(), q.get(), ones.get());
                        Core.add(q.get(), bIn.get(), q.get());
                    }
                    Core.add(sum.get(), q.get(), sum.get());
                    Core.compare(q.get(), best.get(), won.get(), Core.CMP_GT);
                    q.get().copyTo(best.get(), won.get());
                    outRoi.get().setTo(new Scalar(l), won.get());
                }
                sum.get().convertTo(q.get(), CvType.CV_32F, -1, 1);
                Core.compare(q.get(), best.get(), won.get(), Core.CMP_GT);
                outRoi.get().setTo(new Scalar(largest), won.get());
            }
        }

        /** A work-size coordinate's full-size counterpart. */
        private static int full(int workCoordinate, int fullSize, int workSize) {
            return (int) Math.round(workCoordinate * (double) fullSize / workSize);
        }
    }

    /** Each label's bounding box in work pixels (x0, y0, x1, y1, inclusive), null for labels not present. */
    private static int[][] labelBoxes(byte[] labels, int sw, int sh) {
        int[][] box = new int[LabelMap.COUNT][];
        for (int k = 0; k < labels.length; k++) {
            int l = labels[k], x = k % sw, y = k / sw;
            if (box[l] == null) {
                box[l] = new int[]{x, y, x, y};
            } else {
                box[l][0] = Math.min(box[l][0], x);
                box[l][1] = Math.min(box[l][1], y);
                box[l][2] = Math.max(box[l][2], x);
                box[l][3] = Math.max(box[l][3], y);
            }
        }
        return box;
    }

    /**
     * The work-size guide of the colour guided filter: its three channels, their window means, and the inverse of
     * each window's colour covariance (plus {@value #GUIDE_EPS} on the diagonal), as the six entries of a symmetric
     * matrix (00, 01, 02, 11, 12, 22). All in OpenCV, so that a single preview does not wait for Java loops to warm.
     */
    private record Guide(List<Mat> channel, Mat[] mean, Mat[] inverse, Size window) implements AutoCloseable {
        static Guide of(Mat bgr, Size window) {
            List<Mat> ch = new ArrayList<>();
            Core.split(bgr, ch);
            Mat[] mean = new Mat[3];
            for (int c = 0; c < 3; c++) mean[c] = blurred(ch.get(c), window);
            int[][] pairs = {{0, 0}, {0, 1}, {0, 2}, {1, 1}, {1, 2}, {2, 2}};
            Mat[] cov = new Mat[6];
            try (Native<Mat> t = Native.of(new Mat()); Native<Mat> det = Native.of(new Mat())) {
                for (int e = 0; e < 6; e++) {
                    int c = pairs[e][0], d = pairs[e][1];
                    Core.multiply(ch.get(c), ch.get(d), t.get());
                    cov[e] = blurred(t.get(), window);
                    Core.multiply(mean[c], mean[d], t.get());
                    Core.subtract(cov[e], t.get(), cov[e]);
                    if (c == d) Core.add(cov[e], new Scalar(GUIDE_EPS), cov[e]);
                }
                // the inverse by cofactors of | s00 s01 s02 ; s01 s11 s12 ; s02 s12 s22 |
                Mat s00 = cov[0], s01 = cov[1], s02 = cov[2], s11 = cov[3], s12 = cov[4], s22 = cov[5];
                Mat[] inv = {
                        productsMinus(s11, s22, s12, s12), productsMinus(s02, s12, s01, s22), productsMinus(s01, s12, s02, s11),
                        productsMinus(s00, s22, s02, s02), productsMinus(s02, s01, s00, s12), productsMinus(s00, s11, s01, s01)};
                Core.multiply(s00, inv[0], det.get());
                Core.multiply(s01, inv[1], t.get());
                Core.add(det.get(), t.get(), det.get());
                Core.multiply(s02, inv[2], t.get());
                Core.add(det.get(), t.get(), det.get());
                for (Mat m : inv) Core.divide(m, det.get(), m);
                return new Guide(ch, mean, inv, window);
            } finally {
                for (Mat m : cov) if (m != null) m.release();
            }
        }

        /** a * b - c * d, a new matrix. */
        private static Mat productsMinus(Mat a, Mat b, Mat c, Mat d) {
            Mat out = new Mat();
            try (Native<Mat> t = Native.of(new Mat())) {
                Core.multiply(a, b, out);
                Core.multiply(c, d, t.get());
                Core.subtract(out, t.get(), out);
            }
            return out;
        }

        /**
         * One label's fit: a = inverse covariance times cov(colour, mask), b = mean(mask) - a . mean(colour), each
         * then averaged over the window; a goes into {@code a3} (three channels), b into {@code b}.
         */
        void fit(Mat p, Mat a3, Mat b) {
            Mat[] cp = new Mat[3];
            List<Mat> a = new ArrayList<>();
            try (Native<Mat> meanP = Native.of(blurred(p, window)); Native<Mat> t = Native.of(new Mat())) {
                for (int c = 0; c < 3; c++) {
                    Core.multiply(channel.get(c), p, t.get());
                    cp[c] = blurred(t.get(), window);
                    Core.multiply(mean[c], meanP.get(), t.get());
                    Core.subtract(cp[c], t.get(), cp[c]);
                }
                int[][] row = {{0, 1, 2}, {1, 3, 4}, {2, 4, 5}};
                meanP.get().copyTo(b);
                for (int c = 0; c < 3; c++) {
                    Mat ac = new Mat();
                    a.add(ac);
                    Core.multiply(inverse[row[c][0]], cp[0], ac);
                    Core.multiply(inverse[row[c][1]], cp[1], t.get());
                    Core.add(ac, t.get(), ac);
                    Core.multiply(inverse[row[c][2]], cp[2], t.get());
                    Core.add(ac, t.get(), ac);
                    Core.multiply(ac, mean[c], t.get());
                    Core.subtract(b, t.get(), b);
                    Imgproc.blur(ac, ac, window);
                }
                Imgproc.blur(b, b, window);
                Core.merge(a, a3);
            } finally {
                for (Mat m : cp) if (m != null) m.release();
                for (Mat m : a) m.release();
            }
        }

        private static Mat blurred(Mat m, Size window) {
            Mat out = new Mat();
            Imgproc.blur(m, out, window);
            return out;
        }

        @Override
        public void close() {
            for (Mat m : channel) m.release();
            for (Mat m : mean) m.release();
            for (Mat m : inverse) m.release();
        }
    }

    /** The guided upscale's window radius (work pixels) and regulariser (colour 0..1, squared). */
    static final int GUIDE_RADIUS = 4;
    static final double GUIDE_EPS = 0.005;

    private static long count(boolean[] m) {
        long n = 0;
        for (boolean b : m) if (b) n++;
        return n;
    }

    private static Mat toMat(boolean[] mask, int w, int h) {
        byte[] b = new byte[w * h];
        for (int i = 0; i < b.length; i++) b[i] = mask[i] ? (byte) 255 : 0;
        return Mats.gray(w, h, b);
    }

    private static boolean[] fromMat(Mat m) {
        byte[] b = Mats.bytes(m);
        boolean[] out = new boolean[b.length];
        for (int i = 0; i < b.length; i++) out[i] = b[i] != 0;
        return out;
    }
}
