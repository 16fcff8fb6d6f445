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
import io.smp.engine.segment.Segmentation;
import io.smp.engine.segment.Segmenter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    public Segmentation segment(RgbImage photo, Optional<Double> pxPerCm) {
        return segmenter.segment(photo, pxPerCm.map(Scale::user));
    }

    public PreviewResult preview(RgbImage photo, PreviewSettings settings, ProgressListener progress) {
        progress.progress("segment", 0.1);
        Segmentation seg = segment(photo, settings.pxPerCm());
        return render(photo, seg, settings, progress);
    }

    /** Renders on an existing segmentation (a sheet of variations segments once). */
    public PreviewResult render(RgbImage photo, Segmentation seg, PreviewSettings settings, ProgressListener progress) {
        Scale scale = seg.scale();
        byte[] mask = treatmentMask(seg.labels(), settings.style());
        boolean[] allowed = new boolean[mask.length];
        long area = 0;
        for (int i = 0; i < mask.length; i++) {
            allowed[i] = mask[i] != 0;
            if (allowed[i]) area++;
        }
        if (area == 0) {
            throw new SmpException(SmpException.Kind.NO_SCALP, settings.style() == Style.FILL
                    ? "no thinning area found to fill (no skin shows through the hair); try --style buzz"
                    : "no scalp found to treat");
        }
        double treatedCm2 = area * scale.cm2PerPixel();
        double dotPx = settings.dotSize().toPixels(scale) * settings.stage().sizeFactor;
        double dotMm = settings.dotSize().toMillimetres(scale) * settings.stage().sizeFactor;
        progress.progress("place", 0.5);
        double densityPx = settings.densityPerCm2() * scale.cm2PerPixel();
        List<Dot> all = DotPlacer.place(allowed, photo.width(), photo.height(), densityPx, dotPx, 0.12, settings.seed());
        List<Dot> dots = new ArrayList<>(all.size());
        for (Dot d : all) if (d.session() <= settings.session()) dots.add(d);
        progress.progress("render", 0.75);
        Shade shade = settings.shade().orElseGet(() -> AutoShade.match(photo, seg.labels()));
        RgbImage after = DotRenderer.render(photo, dots, shade, settings.stage().opacity);
        if (settings.stage().redness > 0) after = Redness.apply(after, allowed, settings.stage().redness);
        progress.progress("render", 1.0);
        return new PreviewResult(after, seg, mask, dots, treatedCm2, shade, dotMm, settings);
    }

    /** Where dot centres may go for a style: 255 allowed, 0 not. */
    static byte[] treatmentMask(LabelMap labels, Style style) {
        byte[] l = LabelMap.internalLabels(labels);
        byte[] m = new byte[l.length];
        for (int i = 0; i < l.length; i++) {
            boolean ok = switch (style) {
                case BUZZ -> l[i] == LabelMap.SCALP || l[i] == LabelMap.THINNING;
                case FILL -> l[i] == LabelMap.THINNING;
            };
            m[i] = ok ? (byte) 255 : 0;
        }
        return m;
    }
}
