package io.smp.engine.segment;

import io.smp.engine.image.LabelMap;
import io.smp.engine.scale.Scale;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the engine understood of a photo.
 *
 * @param labels   per-pixel labels at the photo's upright size
 * @param view     where the camera looked from
 * @param scale    pixels per cm with source and uncertainty
 * @param face     the face box when a face was found: frontal in front views, the profile in side views
 * @param eyes     eye boxes when found: both in a front view, one in a side view seen by its eye alone
 * @param warnings things a user should check
 */
public record Segmentation(LabelMap labels, View view, Scale scale, Optional<Box> face, List<Box> eyes, List<String> warnings) {
    public Segmentation {
        eyes = List.copyOf(eyes);
        warnings = List.copyOf(warnings);
    }

    /**
     * In a side view, the row of the eye, below which nothing is scalp: from the profile box, or just above the eye
     * found alone. Empty in other views, and in a side view with neither.
     */
    public OptionalDouble sideEyeRow() {
        if (view != View.LEFT && view != View.RIGHT) return OptionalDouble.empty();
        if (face.isPresent()) return OptionalDouble.of(SideView.profileEyeRow(face.get().y(), face.get().height()));
        if (eyes.size() != 1) return OptionalDouble.empty();
        return OptionalDouble.of(SideView.loneEyeRow(eyes.get(0).y(), eyes.get(0).height(), scale.pxPerCm()));
    }

    /** Area of bare scalp (label 2) in cm^2 at this scale. */
    public double scalpAreaCm2() {
        return labels.count(LabelMap.SCALP) * scale.cm2PerPixel();
    }

    /** Area of thinning hair (label 4) in cm^2 at this scale. */
    public double thinningAreaCm2() {
        return labels.count(LabelMap.THINNING) * scale.cm2PerPixel();
    }
}
