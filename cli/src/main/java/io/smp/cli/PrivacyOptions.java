package io.smp.cli;

import io.smp.engine.image.RgbImage;
import io.smp.engine.output.Anonymizer;
import io.smp.engine.segment.Segmentation;
import picocli.CommandLine.Option;

/** Hiding the client's identity and marking simulations, for every picture a command writes (preview, sheet, batch). */
public class PrivacyOptions {
    @Option(names = "--anonymize", description = "Hide the client's eyes with a bar in every picture written (for marketing use); front and side views where no eyes or face are found are refused.")
    boolean anonymize;

    @Option(names = "--no-mark", description = "Leave the \"Simulated preview\" mark off comparisons, sheets and pages.")
    boolean noMark;

    /** The picture as it may be written: with the eyes hidden when --anonymize is on. */
    RgbImage apply(RgbImage image, Segmentation seg) {
        return anonymize ? Anonymizer.apply(image, Anonymizer.eyeBar(seg, image.width(), image.height())) : image;
    }

    boolean mark() {
        return !noMark;
    }
}
