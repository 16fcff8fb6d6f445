package io.smp.engine.scale;

import java.util.Optional;

/**
 * Turns sizes measured in the photo into pixels per centimetre, using body sizes that vary little between adults
 * (see shared design notes): the pupils about 6.3 cm apart, a face detector's box about 16 cm wide, a head about
 * 15 cm across at its widest, and seen from the side about 21 cm long. Each source carries its own typical relative
 * error.
 */
public final class ScaleEstimator {
    /** Adult interpupillary distance, cm. */
    public static final double PUPIL_DISTANCE_CM = 6.3;
    /**
     * Width covered by the frontal Haar face box, cm. The box reaches past the cheeks towards the ears, so it is wider
     * than the face: on 40 real portraits whose eyes were both found it measured 16.2 cm at the median (quartiles 15.2
     * and 17.2) taking the pupils as 6.3 cm apart, and 15.7 cm on the synthetic portrait, whose scale is known.
     */
    public static final double FACE_BOX_WIDTH_CM = 16.0;
    /** Head width at its widest, cm. */
    public static final double HEAD_WIDTH_CM = 15.0;
    /**
     * The head's outline seen from the side at its widest row, cm: its length, hair included, on the row of the brow
     * or of the nose. Adults' head length from the brow ridge (glabella) to the back of the skull is 19.5 cm at the
     * median for men and 18 cm for women (British adults aged 19 to 65: 18.0 to 20.5 cm for 90% of men); the nose's
     * tip lies about 1.5 cm ahead of the glabella, and hair adds at the back. Seen from the front or above, the same
     * outline is about {@value #HEAD_WIDTH_CM} cm: taking the side's widest row as that width made the scale 1.4
     * times too large. The phone photos in the shared data cannot check the figure, as they are stretched to squares
     * (a frontal face there is about 1.5 times too wide for its height): on 12 of their side views, taking the ear's
     * vertical length (top of its rim to the bottom of its lobe) as 6.4 cm, the widest row measured 18.2 to 24.0 cm,
     * 21.0 at the median, which the stretch of each photo makes too long by an unknown factor. For a woman the scale
     * comes out about 7% too small.
     */
    public static final double HEAD_LENGTH_CM = 21.0;
    /** Relative uncertainty of a scale from the head's width or length in the photo. */
    public static final double HEAD_UNCERTAINTY = 0.20;

    private ScaleEstimator() {
    }

    /**
     * @param pupilDistancePx distance between the eye centres, if both eyes were found
     * @param faceBoxWidthPx  width of the face box, if a face was found
     * @param headWidthPx     widest extent of the head (skin and hair), if a head was found
     */
    public static Optional<Scale> estimate(Optional<Double> pupilDistancePx, Optional<Double> faceBoxWidthPx,
                                           Optional<Double> headWidthPx) {
        if (pupilDistancePx.isPresent() && pupilDistancePx.get() > 0) {
            return Optional.of(new Scale(pupilDistancePx.get() / PUPIL_DISTANCE_CM, Scale.Source.EYES, 0.08));
        }
        if (faceBoxWidthPx.isPresent() && faceBoxWidthPx.get() > 0) {
            return Optional.of(new Scale(faceBoxWidthPx.get() / FACE_BOX_WIDTH_CM, Scale.Source.FACE_WIDTH, 0.15));
        }
        if (headWidthPx.isPresent() && headWidthPx.get() > 0) {
            return Optional.of(new Scale(headWidthPx.get() / HEAD_WIDTH_CM, Scale.Source.HEAD_WIDTH, HEAD_UNCERTAINTY));
        }
        return Optional.empty();
    }

    /**
     * The scale of a head seen from the side, whose widest row is its length, not its width.
     *
     * @param headLengthPx widest extent of the head (skin and hair) seen from the side
     */
    public static Optional<Scale> fromHeadLength(double headLengthPx) {
        if (!(headLengthPx > 0)) return Optional.empty();
        return Optional.of(new Scale(headLengthPx / HEAD_LENGTH_CM, Scale.Source.HEAD_LENGTH, HEAD_UNCERTAINTY));
    }
}
