package io.smp.engine.scale;

import java.util.Locale;

/**
 * What the user knows about a photo's scale, used instead of the estimate: the scale itself, or the client's head
 * width measured on the client with calipers, which the engine turns into a scale with the head's width as
 * it finds it in the photo.
 */
public sealed interface ScaleOverride {
    /**
     * The scale for a head the segmentation found {@code headWidthPx} wide at its widest (full-size pixels).
     *
     * @throws IllegalArgumentException when the override needs the head's width and none was measured
     */
    Scale scale(double headWidthPx);

    /**
     * The scale for a head seen from the side, which the segmentation found {@code headLengthPx} long at its widest
     * row (full-size pixels).
     *
     * @throws IllegalArgumentException when the override needs the head's length and none was measured
     */
    Scale scaleFromLength(double headLengthPx);

    /** Pixels per centimetre on the scalp, as the user gives them: exact. */
    record PxPerCm(double value) implements ScaleOverride {
        public PxPerCm {
            if (!(value > 0) || !Double.isFinite(value)) throw new IllegalArgumentException("px per cm must be positive: " + value);
        }

        @Override
        public Scale scale(double headWidthPx) {
            return Scale.user(value);
        }

        @Override
        public Scale scaleFromLength(double headLengthPx) {
            return Scale.user(value);
        }
    }

    /**
     * The client's head width at its widest as the photo shows it, ears included, in cm (measured on the client with
     * calipers). As exact as the head's outline that the segmentation finds, which the uncertainty
     * ({@value #OUTLINE_UNCERTAINTY}) stands for.
     */
    record HeadWidth(double cm) implements ScaleOverride {
        public HeadWidth {
            if (!(cm >= MIN_CM && cm <= MAX_CM)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "a head width of %s cm is not an adult's (%.0f to %.0f cm)", cm, MIN_CM, MAX_CM));
            }
        }

        @Override
        public Scale scale(double headWidthPx) {
            if (!(headWidthPx > 0)) throw new IllegalArgumentException("the head's width could not be measured in the photo");
            return new Scale(headWidthPx / cm, Scale.Source.USER_HEAD_WIDTH, OUTLINE_UNCERTAINTY);
        }

        /**
         * From the side the width does not show: the head's length is taken in proportion to it, as the adult head
         * ({@value ScaleEstimator#HEAD_LENGTH_CM} cm long for {@value ScaleEstimator#HEAD_WIDTH_CM} cm wide), with the
         * uncertainty of that proportion.
         */
        @Override
        public Scale scaleFromLength(double headLengthPx) {
            if (!(headLengthPx > 0)) throw new IllegalArgumentException("the head's length could not be measured in the photo");
            double lengthCm = cm * ScaleEstimator.HEAD_LENGTH_CM / ScaleEstimator.HEAD_WIDTH_CM;
            return new Scale(headLengthPx / lengthCm, Scale.Source.USER_HEAD_WIDTH, ScaleEstimator.HEAD_UNCERTAINTY);
        }
    }

    /** Adult head widths lie well inside this range, hair and ears included. */
    double MIN_CM = 10, MAX_CM = 25;

    /**
     * Relative uncertainty of a scale from a known head width: that of the head's outline in the photo. On the
     * synthetic samples the widest row found is within 1.1% of the true one. On the 39 real frontal portraits whose
     * eyes were found, the head's width measured with the scale from the eyes (itself +-8%) spread from 13.4 to 21.7
     * cm on the 14 bald and shaved heads (median 16.1), more with hair that stands out: the outline takes in hair, a
     * shaded rim or a collar, and sometimes misses an ear.
     */
    double OUTLINE_UNCERTAINTY = 0.10;
}
