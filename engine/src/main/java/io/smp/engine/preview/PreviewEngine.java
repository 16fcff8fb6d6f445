package io.smp.engine.preview;

import io.smp.engine.ProgressListener;
import io.smp.engine.SmpException;
import io.smp.engine.image.LabelMap;
import io.smp.engine.image.RgbImage;
import io.smp.engine.place.Dot;
import io.smp.engine.place.DotPlacer;
import io.smp.engine.render.DotRenderer;
import io.smp.engine.render.Shade;
import io.smp.engine.scale.Scale;
import io.smp.engine.scale.ScaleOverride;
import io.smp.engine.segment.Segmentation;
import io.smp.engine.segment.Segmenter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The main job: photo in, simulated SMP out. Data flows one way: segment (labels, view, scale) -> treatment mask
 * -> dots -> render. Nothing here modifies its inputs.
 */
public final class PreviewEngine {
    private final Segmenter segmenter;

    public PreviewEngine(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    public PreviewEngine() {
        this(Segmenter.create());
    }

    public Segmentation segment(RgbImage photo, Optional<ScaleOverride> scale) {
        return segment(photo, scale, Guides.NONE);
    }

    /**
     * Segments, then applies the user's label corrections (they decide where the treatment goes).
     *
     * @param scale what the user knows of the scale; empty to estimate it from the photo
     */
    public Segmentation segment(RgbImage photo, Optional<ScaleOverride> scale, Guides guides) {
        Segmentation s = segmenter.segment(photo, scale);
        if (!guides.hasCorrections()) return s;
        List<String> warnings = new ArrayList<>(s.warnings());
        warnings.add("labels corrected by the user");
        return new Segmentation(guides.correct(s.labels()), s.view(), s.scale(), s.face(), s.eyes(), warnings);
    }

    public PreviewResult preview(RgbImage photo, PreviewSettings settings, ProgressListener progress) {
        return preview(photo, settings, Guides.NONE, progress);
    }

    public PreviewResult preview(RgbImage photo, PreviewSettings settings, Guides guides, ProgressListener progress) {
        progress.progress("segment", 0.1);
        Segmentation seg = segment(photo, settings.scaleOverride(), guides);
        return render(photo, seg, settings, guides, progress);
    }

    /** Renders on an existing segmentation (a sheet of variations segments once). */
    public PreviewResult render(RgbImage photo, Segmentation seg, PreviewSettings settings, ProgressListener progress) {
        return render(photo, seg, settings, Guides.NONE, progress);
    }

    public PreviewResult render(RgbImage photo, Segmentation seg, PreviewSettings settings, Guides guides, ProgressListener progress) {
        Scale scale = seg.scale();
        int w = photo.width(), h = photo.height();
        Treatment.Result t = Treatment.of(seg, settings, guides);
        float[] weight = t.weight();
        byte[] mask = new byte[weight.length];
        boolean[] allowed = new boolean[weight.length];
        long area = 0;
        double effective = 0;
        for (int i = 0; i < weight.length; i++) {
            if (weight[i] > 0) {
                allowed[i] = true;
                mask[i] = (byte) 255;
                area++;
                effective += Math.min(1f, weight[i]);
            }
        }
        if (area == 0) {
            throw new SmpException(SmpException.Kind.NO_SCALP, switch (settings.style()) {
                case FILL -> "no thinning area found to fill (no skin shows through the hair); try --style buzz";
                case SCAR -> "the scar area given is empty";
                case BUZZ -> "no scalp found to treat above the hairline; check the overlay of smp segment, or lower --hairline-height";
            });
        }
        // a faded hairline edge is treated at a fraction of the density: it counts in proportion
        double treatedCm2 = effective * scale.cm2PerPixel();
        double maskCm2 = area * scale.cm2PerPixel();
        double dotPx = settings.dotSize().toPixels(scale) * settings.stage().sizeFactor;
        double dotMm = settings.dotSize().toMillimetres(scale) * settings.stage().sizeFactor;
        List<String> notes = new ArrayList<>(t.notes());
        double density = settings.densityPerCm2();
        if (settings.style() == Style.SCAR) {
            OptionalDouble around = SurroundingDensity.estimate(photo, allowed, scale);
            if (around.isPresent()) {
                density = Math.max(PreviewSettings.MIN_DENSITY, Math.min(PreviewSettings.MAX_DENSITY, around.getAsDouble()));
                notes.add(String.format(java.util.Locale.ROOT, "scar density matched to the surrounding stubble: %.0f dots/cm2", density));
            } else {
                notes.add("the stubble around the scar could not be counted at this resolution; the requested density is used");
            }
        }
        progress.progress("place", 0.5);
        double densityPx = density * scale.cm2PerPixel();
        List<Dot> all = DotPlacer.place(weight, w, h, densityPx, dotPx, 0.12, settings.seed());
        Curvature curvature = Curvature.of(seg.labels());
        List<Dot> dots = new ArrayList<>(all.size());
        for (Dot d : all) if (d.session() <= settings.session()) dots.add(curvature.apply(d));
        progress.progress("render", 0.75);
        Shade shade = settings.shade().orElseGet(() -> AutoShade.match(photo, seg.labels()));
        float[] visibility = settings.style() == Style.FILL ? SkinVisibility.of(photo, seg.labels()) : null;
        float[] field = new float[weight.length];
        float sessionShare = (float) DotPlacer.SESSION_CUMULATIVE[settings.session() - 1];
        for (int i = 0; i < field.length; i++) field[i] = (float) (Math.min(1f, weight[i]) * densityPx) * sessionShare;
        RgbImage after = DotRenderer.render(photo, dots, shade, settings.stage().opacity, allowed, field, 1 / Math.sqrt(densityPx), visibility);
        if (settings.stage().redness > 0) after = Redness.apply(after, allowed, settings.stage().redness);
        progress.progress("render", 1.0);
        return new PreviewResult(after, seg, mask, dots, treatedCm2, maskCm2, shade, dotMm, density, notes, settings);
    }
}
