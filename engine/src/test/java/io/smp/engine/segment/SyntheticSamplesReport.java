package io.smp.engine.segment;

import io.smp.engine.image.LabelMap;
import io.smp.engine.synth.SkinTone;
import io.smp.engine.synth.SyntheticHeads;
import io.smp.engine.synth.SyntheticPhoto;

import java.util.Locale;
import java.util.Optional;

/** Prints per-label IoU, view and scale error of the segmenter on every synthetic sample kind and tone. */
public final class SyntheticSamplesReport {
    public static void main(String[] args) {
        for (SyntheticHeads.Kind k : SyntheticHeads.Kind.values()) {
            for (SkinTone tone : SkinTone.values()) {
                SyntheticPhoto p = SyntheticHeads.generate(k, tone, 1.0, 1);
                Segmentation s = Segmenter.create().segment(p.photo(), Optional.empty());
                StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-24s view %-5s scale %+5.1f%% %s", p.name(), s.view().id(),
                        100 * (s.scale().pxPerCm() / p.pxPerCm() - 1), s.scale().source().id()));
                for (int l = 0; l < LabelMap.COUNT; l++) {
                    if (p.truth().count((byte) l) == 0 && s.labels().count((byte) l) == 0) continue;
                    b.append(String.format(Locale.ROOT, "  %d:%.3f", l, SyntheticSegmentationTest.iou(s.labels(), p.truth(), l)));
                }
                System.out.println(b);
                if (args.length > 0) {
                    try {
                        java.nio.file.Files.write(java.nio.file.Path.of(args[0], p.name() + ".pred.png"), io.smp.engine.io.ImageEncoder.encodeLabels(s.labels()));
                        java.nio.file.Files.write(java.nio.file.Path.of(args[0], p.name() + ".truth.png"), io.smp.engine.io.ImageEncoder.encodeLabels(p.truth()));
                        java.nio.file.Files.write(java.nio.file.Path.of(args[0], p.name() + ".png"), io.smp.engine.io.ImageEncoder.encode(p.photo(), io.smp.engine.io.OutputFormat.PNG, 90));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
        }
    }
}
