package io.smp.engine.synth;

import io.smp.engine.image.LabelMap;
import io.smp.engine.image.RgbImage;
import io.smp.engine.segment.View;

/**
 * A generated head photo with its exact ground truth.
 *
 * @param name    file stem, e.g. "top-bald-medium"
 * @param photo   the pixels
 * @param truth   the exact label of every pixel
 * @param pxPerCm the exact scale used to draw it
 * @param view    where the camera looks from
 */
public record SyntheticPhoto(String name, RgbImage photo, LabelMap truth, double pxPerCm, View view) {
}
