package io.smp.engine.scale;

import java.util.Locale;

/**
 * How many pixels make a centimetre on the scalp, where that figure came from, and how far it can be off.
 *
 * @param pxPerCm     pixels per centimetre at the scalp (typical: 40 for a 640 px phone crop of a head,
 *                    120 to 200 for a 12 MP close-up)
 * @param source      what the estimate rests on
 * @param uncertainty relative standard uncertainty, e.g. 0.08 for +-8%; 0 when the user set it
 */
public record Scale(double pxPerCm, Source source, double uncertainty) {
    /** What a scale estimate rests on. */
    public enum Source {
        /** Distance between the pupils, about 6.3 cm in adults (most reliable automatic source). */
        EYES,
        /** Width of the detected face box, about 16 cm. */
        FACE_WIDTH,
        /** Width of the head's outline, about 15 cm at its widest. */
        HEAD_WIDTH,
        /** Length of the head's outline seen from the side, about 21 cm at its widest row (nose and hair included). */
        HEAD_LENGTH,
        /** Set by the user. */
        USER,
        /** The head's width (from the side, its length) in the photo, and the client's head width the user measured. */
        USER_HEAD_WIDTH,
        /** Known exactly (synthetic photos). */
        GROUND_TRUTH;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public Scale {
        if (!(pxPerCm > 0) || !Double.isFinite(pxPerCm)) throw new IllegalArgumentException("px per cm must be positive: " + pxPerCm);
        if (uncertainty < 0) throw new IllegalArgumentException("uncertainty must be >= 0");
    }

    public static Scale user(double pxPerCm) {
        return new Scale(pxPerCm, Source.USER, 0);
    }

    /** Area of one pixel in cm^2. */
    public double cm2PerPixel() {
        return 1.0 / (pxPerCm * pxPerCm);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.1f px/cm (%s, +-%.0f%%)", pxPerCm, source.id(), uncertainty * 100);
    }
}
