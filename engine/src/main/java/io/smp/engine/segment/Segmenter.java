package io.smp.engine.segment;

import io.smp.engine.image.RgbImage;
import io.smp.engine.scale.ScaleOverride;

import java.util.Optional;

/**
 * Labels every pixel of an upright photo (background, skin, scalp, hair, thinning), finds the view and estimates
 * the scale. Implementations are deterministic and never modify the image.
 */
public interface Segmenter {
    /**
     * @param scaleOverride what the user knows of the scale (the scale itself, or the client's head width); when
     *                      present it is used instead of the estimate
     * @throws io.smp.engine.SmpException of kind NO_SCALP when no head or scalp is found
     */
    Segmentation segment(RgbImage photo, Optional<ScaleOverride> scaleOverride);

    /** The engine's default segmenter. */
    static Segmenter create() {
        return new AdaptiveSegmenter();
    }
}
