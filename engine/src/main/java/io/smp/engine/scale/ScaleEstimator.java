package io.smp.engine.scale;

import java.util.Optional;

/**
 * Turns sizes measured in the photo into pixels per centimetre, using body sizes that vary little between adults
 * (see shared design notes): the pupils about 6.3 cm apart, a face detector's box about 16 cm wide, a head about
 * 15 cm across at its widest, and seen from the side about 21 cm long. Each source carries its own typical relative error.
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
     * The head's outline seen from the side at its widest row, cm: its length from the nose or the forehead to the back
     * of the skull, hair included. Adults' head length (glabella to the back of the skull) is about 19.5 cm in men and
     * 18 cm in women; the row the outline is widest on also takes in the nose or the hair. On 12 real side views the
     * widest row measured 21.0 cm at the median (quartiles 20.3 and 23.0, range 18.2 to 24.0), taking the ear, from
     * the top of its rim to the bottom of its lobe, as 6.4 cm (an adult man's). The ear lies on the side of the head,
     * as the scalp that a side view shows does: in a close photo the outline's ends (nose and back of the head) are
     * farther from the camera and look smaller, and this length is the one that gives the scale at the ear's depth.
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
