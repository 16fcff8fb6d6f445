package io.smp.cli;

import io.smp.engine.io.ImageEncoder;
import io.smp.engine.output.Compare;
import io.smp.engine.output.Reports;
import io.smp.engine.preview.PreviewEngine;
import io.smp.engine.preview.PreviewResult;
import io.smp.engine.preview.PreviewSettings;
import io.smp.engine.preview.Stage;
import io.smp.engine.preview.Style;
import io.smp.engine.render.Shade;
import io.smp.engine.report.Json;
import io.smp.engine.units.Length;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "preview", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Renders simulated SMP on each photo.",
                "Writes <stem>.after.<ext> (the simulation), <stem>.compare.<ext> (before and after side by side,",
                "captioned, marked as a simulation) and <stem>.report.json (scale and its source, treated",
                "area, dot count, achieved and requested density, dot size, shade, seed); with --dots also",
                "<stem>.dots.csv, with --treatment-mask also <stem>.treatment.png."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  smp preview samples/photos/top-bald-medium.png",
                "  smp preview --density 100 --dot-size 0.2mm --shade dark -o out client.jpg",
                "  smp preview --style fill --session 1 --stage fresh -o out photos/",
                "  smp preview --px-per-cm 45 --dots --treatment-mask --format png -o out client.jpg"})
final class PreviewCommand implements Callable<Integer> {
    @Mixin InputOptions inputs;
    @Mixin OutputOptions output;

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "buzz", converter = StyleConverter.class,
            description = "buzz (shaved-head look, whole scalp) or fill (density under long hair, only where skin shows through). Default: ${DEFAULT-VALUE}.")
    Style style;

    @Option(names = "--density", paramLabel = "DOTS_PER_CM2", defaultValue = "80",
            description = "Finished density in dots per cm^2, 10 to 200 (natural scalp 65 to 110). Default: ${DEFAULT-VALUE}.")
    double density;

    @Option(names = "--dot-size", paramLabel = "LENGTH", defaultValue = "0.15mm", converter = LengthConverter.class,
            description = "Healed dot diameter in mm (0.05 to 0.5) or px, e.g. 0.15mm or 2px; a bare number is mm. Default: ${DEFAULT-VALUE}.")
    Length dotSize;

    @Option(names = "--shade", paramLabel = "SHADE", defaultValue = "auto",
            description = "Ink shade: auto (matched to the client's hair and skin), light, medium, dark or #RRGGBB. Default: ${DEFAULT-VALUE}.")
    String shade;

    @Option(names = "--session", paramLabel = "N", defaultValue = "3",
            description = "Sessions done: 1 (~30%% of the density), 2 (~70%%) or 3 (finished). Default: ${DEFAULT-VALUE}.")
    int session;

    @Option(names = "--stage", paramLabel = "STAGE", defaultValue = "healed", converter = StageConverter.class,
            description = "fresh (day 0: darker, larger, reddened), healed (4 to 6 weeks) or aged (years later, faded). Default: ${DEFAULT-VALUE}.")
    Stage stage;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Random seed: the same seed gives the same dots and pixels. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--px-per-cm", paramLabel = "PX",
            description = "Pixels per centimetre on the scalp, when known (overrides the estimate from eyes or head width).")
    Double pxPerCm;

    @Option(names = "--dots", description = "Also write <stem>.dots.csv: x,y,diameter_px,session,darkness in upright pixels.")
    boolean writeDots;

    @Option(names = "--treatment-mask", description = "Also write <stem>.treatment.png: non-zero where dots may go.")
    boolean writeMask;

    @Option(names = "--no-mark", description = "Leave the \"Simulated preview\" mark off the comparison.")
    boolean noMark;

    @Mixin LoggingOptions logging;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Console console = Console.of(spec, logging);
        PreviewSettings settings = PreviewSettings.builder()
                .style(style).density(density).dotSize(dotSize)
                .shade("auto".equalsIgnoreCase(shade.trim()) ? Optional.empty() : Optional.of(parseShade(shade)))
                .session(session).stage(stage).seed(seed).pxPerCm(Optional.ofNullable(pxPerCm))
                .build();
        PreviewEngine engine = new PreviewEngine();
        return new InputRunner(console, inputs, output.outDir).run((photo, stem) -> {
            PreviewResult r = engine.preview(photo.image(), settings,
                    (stage, f) -> console.info(String.format(Locale.ROOT, "%s: %s (%.0f%%)", photo.source(), stage, f * 100)));
            Map<String, byte[]> out = InputRunner.outputs();
            out.put(stem + ".after." + output.format.extension(), ImageEncoder.encode(r.after(), output.format, output.quality));
            out.put(stem + ".compare." + output.format.extension(), ImageEncoder.encode(
                    Compare.render(photo.image(), r.after(), Reports.caption(r), !noMark), output.format, output.quality));
            if (writeDots) out.put(stem + ".dots.csv", Reports.dotsCsv(r.dots()).getBytes(StandardCharsets.UTF_8));
            if (writeMask) {
                out.put(stem + ".treatment.png", ImageEncoder.encodeGray(r.after().width(), r.after().height(), r.treatmentMask()));
            }
            out.put(stem + ".report.json", Json.write(Reports.preview(r, photo.source().toString())).getBytes(StandardCharsets.UTF_8));
            return out;
        });
    }

    private Shade parseShade(String s) {
        try {
            return Shade.parse(s);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--shade: " + e.getMessage());
        }
    }

    static final class LengthConverter implements ITypeConverter<Length> {
        @Override
        public Length convert(String value) {
            try {
                return Length.parse(value, Length.Unit.MM);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class StyleConverter implements ITypeConverter<Style> {
        @Override
        public Style convert(String value) {
            try {
                return Style.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class StageConverter implements ITypeConverter<Stage> {
        @Override
        public Stage convert(String value) {
            try {
                return Stage.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
