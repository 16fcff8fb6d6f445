package io.smp.cli;

import io.smp.engine.preview.Guides;
import io.smp.engine.preview.PreviewEngine;
import io.smp.engine.preview.PreviewResult;
import io.smp.engine.preview.PreviewSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "preview", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Renders simulated SMP on each photo.",
                "Writes <stem>.after.<ext> (the simulation), <stem>.compare.<ext> (before and",
                "after side by side, captioned, marked as a simulation) and <stem>.report.json",
                "(scale and its source, treated area, dot count, achieved and requested",
                "density, dot size, shade, seed); with --html a self-contained before/after",
                "page, with --dots <stem>.dots.csv, with --treatment-mask <stem>.treatment.png."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  smp preview samples/photos/top-bald-medium.png",
                "  smp preview --density 100 --dot-size 0.2mm --shade dark -o out client.jpg",
                "  smp preview --preset first-session --html -o out client.jpg",
                "  smp preview --style fill --session 1 --stage fresh -o out photos/",
                "  smp preview --hairline mature --hairline-height 9cm -o out front.jpg",
                "  smp preview --style scar --scar-polygon scar.json -o out back.jpg",
                "  smp preview --px-per-cm 45 --dots --treatment-mask --format png -o out client.jpg",
                "  smp preview --head-width 15.5cm -o out top.jpg"})
final class PreviewCommand implements Callable<Integer> {
    @Mixin InputOptions inputs;
    @Mixin OutputOptions output;
    @Mixin RenderOptions render;
    @Mixin GuideOptions guideOptions;
    @Mixin PreviewOutputs files;
    @Mixin LoggingOptions logging;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Console console = Console.of(spec, logging);
        PreviewSettings settings = render.settings(Map.of());
        Guides guides = guideOptions.load();
        PreviewEngine engine = new PreviewEngine();
        InputRunner runner = new InputRunner(console, output.outDir);
        return runner.run(inputs, (photo, stem) -> {
            PreviewResult r = engine.preview(photo.image(), settings, guides,
                    (stage, f) -> console.info(String.format(Locale.ROOT, "%s: %s (%.0f%%)", photo.source(), stage, f * 100)));
            runner.warn(photo.source(), r.segmentation().warnings());
            return files.files(photo, stem, r, output, Map.of());
        });
    }
}
