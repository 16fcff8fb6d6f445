package io.smp.cli;

import io.smp.engine.preview.Guides;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** What the consultant drew for a photo: corrections of the labels, a hairline, a scar (upright pixel coordinates). */
public class GuideOptions {
    @Option(names = "--fix-labels", paramLabel = "FILE",
            description = {"Correct the automatic labels: a grey PNG the photo's size (0 leave, 1 skin, 2 scalp, 3 hair, 4 thinning, 255 background)",
                    "or JSON {\"corrections\": [{\"label\": \"scalp\", \"polygon\": [[x,y], ...]}]}."})
    Path fixLabels;

    @Option(names = "--hairline-file", paramLabel = "FILE",
            description = "Your own hairline, overriding the designed one: JSON {\"hairline\": [[x,y], ...]} in photo pixels, left to right.")
    Path hairlineFile;

    @Option(names = {"--scar-mask", "--scar-polygon"}, paramLabel = "FILE",
            description = "The scar for --style scar: a mask image the photo's size (non-zero = scar) or JSON {\"polygons\": [[[x,y], ...], ...]}.")
    Path scar;

    Guides load() {
        return Guides.load(Optional.ofNullable(hairlineFile), Optional.ofNullable(scar), Optional.ofNullable(fixLabels));
    }
}
