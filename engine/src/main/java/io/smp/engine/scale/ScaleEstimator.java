package io.smp.engine.scale;

import java.util.Optional;

/**
 * Turns sizes measured in the photo into pixels per centimetre, using body sizes that vary little between adults
 * (see shared design notes): the pupils about 6.3 cm apart, a face detector's box about 16 cm wide, a head about
 * 15 cm across at its widest. Each source carries its own typical relative error.
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
            return Optional.of(new Scale(headWidthPx.get() / HEAD_WIDTH_CM, Scale.Source.HEAD_WIDTH, 0.20));
        }
        return Optional.empty();
    }
}
