package io.smp.cli;

import io.smp.engine.io.ImageEncoder;
import io.smp.engine.io.OutputFormat;
import io.smp.engine.io.OutputWriter;
import io.smp.engine.synth.SyntheticHeads;
import io.smp.engine.synth.SyntheticPhoto;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "samples", mixinStandardHelpOptions = true,
        description = {
                "Generates the synthetic sample photos (no real person) with their exact ground truth:",
                "<name>.png, <name>.truth.png (labels 0..4 as in 'smp segment') and samples.csv (name, view, px_per_cm).",
                "Deterministic: the same version writes the same bytes. The project's samples/photos come from here."},
        footerHeading = "%nExample:%n",
        footer = "  smp samples -o samples/photos")
final class SamplesCommand implements Callable<Integer> {
    @Option(names = {"-o", "--out-dir"}, paramLabel = "DIR", defaultValue = "samples/photos",
            description = "Folder to write into (default: ${DEFAULT-VALUE}).")
    Path outDir;

    @Mixin LoggingOptions logging;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Console console = Console.of(spec, logging);
        OutputWriter.prepareFolder(outDir);
        OutputWriter writer = new OutputWriter(List.of());
        StringBuilder csv = new StringBuilder("name,view,px_per_cm,width,height\n");
        for (SyntheticPhoto p : SyntheticHeads.sampleSet()) {
            Path photo = outDir.resolve(p.name() + ".png");
            writer.write(photo, ImageEncoder.encode(p.photo(), OutputFormat.PNG, 100));
            writer.write(outDir.resolve(p.name() + ".truth.png"), ImageEncoder.encodeLabels(p.truth()));
            csv.append(String.format(Locale.ROOT, "%s,%s,%.3f,%d,%d%n", p.name(), p.view().id(), p.pxPerCm(), p.photo().width(), p.photo().height()));
            console.result(photo.toString());
        }
        writer.write(outDir.resolve("samples.csv"), csv.toString().getBytes(StandardCharsets.UTF_8));
        return ExitCode.OK;
    }
}
