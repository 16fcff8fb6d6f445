package io.smp.cli;

import io.smp.engine.SmpException;
import io.smp.engine.io.ImageLimits;
import picocli.CommandLine.Option;

/** How large a photo may be. */
public class LimitOptions {
    @Option(names = "--max-pixels", paramLabel = "MP", defaultValue = "60",
            description = "Refuse photos larger than this many megapixels, checked from the header before decoding (default: ${DEFAULT-VALUE}).")
    double maxMegapixels;

    ImageLimits limits() {
        if (!(maxMegapixels > 0)) throw new SmpException(SmpException.Kind.BAD_SETTINGS, "--max-pixels must be positive");
        return ImageLimits.defaults().withMaxPixels((long) (maxMegapixels * 1_000_000));
    }
}
