package io.smp.engine.segment;

import io.smp.engine.image.RgbImage;
import io.smp.engine.scale.Scale;

import java.util.Optional;

/**
 * Labels every pixel of an upright photo (background, skin, scalp, hair, thinning), finds the view and estimates
 * the scale. Implementations are deterministic and never modify the image.
 */
public interface Segmenter {
    /**
     * @param scaleOverride a scale the user knows; when present it is used instead of the estimate
     * @throws io.smp.engine.SmpException of kind NO_SCALP when no head or scalp is found
     */
    Segmentation segment(RgbImage photo, Optional<Scale> scaleOverride);

    /** The engine's default segmenter. */
    static Segmenter create() {
        return new AdaptiveSegmenter();
    }
}
