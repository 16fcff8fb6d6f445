package io.smp.engine.preview;

import io.smp.engine.image.RgbImage;
import io.smp.engine.place.Dot;
import io.smp.engine.render.Shade;
import io.smp.engine.segment.Segmentation;

import java.util.List;

/**
 * A rendered preview and what it rests on.
 *
 * @param after           the photo with the simulated treatment
 * @param segmentation    labels, view and scale used
 * @param treatmentMask   row-major, non-zero where dot centres may go
 * @param dots            the rendered dots (sessions up to the requested one)
 * @param treatedAreaCm2  treated area in cm^2 at the segmentation's scale: the mask's area with a faded edge counted
 *                        in proportion to its density (a band at half density counts half)
 * @param maskAreaCm2     the whole area where dot centres may go, cm^2 (edges and stray dots included)
 * @param shade           the ink shade used (resolved when auto)
 * @param dotDiameterMm   the nominal dot diameter rendered, mm (stage applied)
 * @param targetDensity   the density aimed at, dots per cm^2 (the requested one; for scars, the surrounding one)
 * @param notes           what a user should know about how the result was made
 * @param settings        the settings used
 */
public record PreviewResult(RgbImage after, Segmentation segmentation, byte[] treatmentMask, List<Dot> dots,
                            double treatedAreaCm2, double maskAreaCm2, Shade shade, double dotDiameterMm, double targetDensity,
                            List<String> notes, PreviewSettings settings) {
    public PreviewResult {
        dots = List.copyOf(dots);
        notes = List.copyOf(notes);
    }

    /** Achieved density: dots per cm^2 of treated area. */
    public double achievedDensityPerCm2() {
        return treatedAreaCm2 <= 0 ? 0 : dots.size() / treatedAreaCm2;
    }
}
