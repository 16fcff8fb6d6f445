package io.smp.engine.preview;

import io.smp.engine.SmpException;
import io.smp.engine.render.Shade;
import io.smp.engine.scale.ScaleOverride;
import io.smp.engine.units.Length;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything a consultant chooses for one preview. Immutable; build with {@link #builder()}, which validates all
 * fields at once and reports every problem in one message.
 *
 * @param style          buzz (whole scalp) or fill (only where skin shows through hair); default buzz
 * @param densityPerCm2  finished density in dots per cm^2; default 80 (natural scalp 65 to 110; range 10 to 200)
 * @param dotSize        healed dot diameter, mm or px; default 0.15 mm (typical 0.10 to 0.20; range 0.05 to 0.5 mm)
 * @param shade          ink shade; empty means auto (matched to the client's hair and skin)
 * @param session        how many sessions are done, 1..3; default 3 (session 1 ~30% of the density, 2 ~70%)
 * @param stage          fresh, healed or aged; default healed
 * @param seed           random seed; the same seed gives the same dots and the same pixels; default 1
 * @param pxPerCm        scale set by the user; empty means estimated from the photo
 * @param headWidth      the client's head width as measured on the client, from which the scale is taken instead of
 *                       estimated (cm or mm, {@value ScaleOverride#MIN_CM} to {@value ScaleOverride#MAX_CM} cm); not with
 *                       {@code pxPerCm}
 * @param hairline       the designed hairline's shape (buzz on front views); default soft
 * @param hairlineHeight the hairline's midpoint above the brow line; default 8 cm (7 aggressive, 10 conservative)
 */
public record PreviewSettings(Style style, double densityPerCm2, Length dotSize, Optional<Shade> shade, int session,
                              Stage stage, long seed, Optional<Double> pxPerCm, Optional<Length> headWidth, Hairline hairline,
                              Length hairlineHeight) {

    public static final double MIN_DENSITY = 10, MAX_DENSITY = 200;
    public static final double MIN_DOT_MM = 0.05, MAX_DOT_MM = 0.5;

    public PreviewSettings {
        List<String> errors = new ArrayList<>();
        if (style == null) errors.add("style is missing");
        if (!(densityPerCm2 >= MIN_DENSITY && densityPerCm2 <= MAX_DENSITY)) {
            errors.add("density " + densityPerCm2 + " per cm^2 is outside " + (int) MIN_DENSITY + " to " + (int) MAX_DENSITY);
        }
        if (dotSize == null) {
            errors.add("dot size is missing");
        } else if (dotSize.unit() != Length.Unit.PX) {
            double mm = physicalMm(dotSize);
            if (mm < MIN_DOT_MM || mm > MAX_DOT_MM) errors.add("dot size " + dotSize + " is outside " + MIN_DOT_MM + " to " + MAX_DOT_MM + " mm");
        } else if (dotSize.value() <= 0 || dotSize.value() > 50) {
            errors.add("dot size " + dotSize + " is outside 0 to 50 px");
        }
        if (session < 1 || session > 3) errors.add("session " + session + " is not 1, 2 or 3");
        if (stage == null) errors.add("stage is missing");
        if (shade == null) shade = Optional.empty();
        if (pxPerCm == null) pxPerCm = Optional.empty();
        if (pxPerCm.isPresent() && !(pxPerCm.get() > 0 && pxPerCm.get() < 10_000)) errors.add("px per cm " + pxPerCm.get() + " must be between 0 and 10000");
        if (headWidth == null) headWidth = Optional.empty();
        if (headWidth.isPresent()) {
            Length hw = headWidth.get();
            if (hw.unit() == Length.Unit.PX) {
                errors.add("head width " + hw + " must be in cm or mm, as measured on the client");
            } else {
                try {
                    new ScaleOverride.HeadWidth(physicalMm(hw) / 10);
                } catch (IllegalArgumentException e) {
                    errors.add(e.getMessage());
                }
            }
            if (pxPerCm.isPresent()) errors.add("give either px-per-cm or head-width, not both");
        }
        if (hairline == null) errors.add("hairline is missing");
        if (hairlineHeight == null) {
            errors.add("hairline height is missing");
        } else if (hairlineHeight.unit() == Length.Unit.PX ? hairlineHeight.value() <= 0
                : physicalMm(hairlineHeight) < 40 || physicalMm(hairlineHeight) > 140) {
            errors.add("hairline height " + hairlineHeight + " is outside 4 to 14 cm above the brows");
        }
        if (!errors.isEmpty()) throw new SmpException(SmpException.Kind.BAD_SETTINGS, "invalid settings: " + String.join("; ", errors));
    }

    private static double physicalMm(Length l) {
        return l.unit() == Length.Unit.CM ? l.value() * 10 : l.value();
    }

    /** What the user set of the scale: px per cm, or the head's width; empty when it is to be estimated. */
    public Optional<ScaleOverride> scaleOverride() {
        if (pxPerCm.isPresent()) return Optional.of(new ScaleOverride.PxPerCm(pxPerCm.get()));
        return headWidth.map(l -> new ScaleOverride.HeadWidth(physicalMm(l) / 10));
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.style = style; b.density = densityPerCm2; b.dotSize = dotSize; b.shade = shade; b.session = session;
        b.stage = stage; b.seed = seed; b.pxPerCm = pxPerCm; b.headWidth = headWidth; b.hairline = hairline; b.hairlineHeight = hairlineHeight;
        return b;
    }

    /** Builder with the documented defaults. */
    public static final class Builder {
        private Style style = Style.BUZZ;
        private double density = 80;
        private Length dotSize = Length.mm(0.15);
        private Optional<Shade> shade = Optional.empty();
        private int session = 3;
        private Stage stage = Stage.HEALED;
        private long seed = 1;
        private Optional<Double> pxPerCm = Optional.empty();
        private Optional<Length> headWidth = Optional.empty();
        private Hairline hairline = Hairline.SOFT;
        private Length hairlineHeight = Length.cm(8);

        public Builder style(Style v) { style = v; return this; }

        public Builder density(double v) { density = v; return this; }

        public Builder dotSize(Length v) { dotSize = v; return this; }

        /** Empty for auto. */
        public Builder shade(Optional<Shade> v) { shade = v; return this; }

        public Builder session(int v) { session = v; return this; }

        public Builder stage(Stage v) { stage = v; return this; }

        public Builder seed(long v) { seed = v; return this; }

        public Builder pxPerCm(Optional<Double> v) { pxPerCm = v; return this; }

        /** Empty for none (the scale is estimated, or set in px per cm). */
        public Builder headWidth(Optional<Length> v) { headWidth = v; return this; }

        public Builder hairline(Hairline v) { hairline = v; return this; }

        public Builder hairlineHeight(Length v) { hairlineHeight = v; return this; }

        public PreviewSettings build() {
            return new PreviewSettings(style, density, dotSize, shade, session, stage, seed, pxPerCm, headWidth, hairline, hairlineHeight);
        }
    }
}
