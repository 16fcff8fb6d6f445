package io.smp.cli;

import io.smp.engine.io.ImageEncoder;
import io.smp.engine.output.Overlay;
import io.smp.engine.output.Reports;
import io.smp.engine.preview.PreviewEngine;
import io.smp.engine.preview.PreviewSettings;
import io.smp.engine.preview.SettingText;
import io.smp.engine.scale.ScaleOverride;
import io.smp.engine.report.Json;
import io.smp.engine.segment.Segmentation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "segment", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Labels each photo pixel by pixel and estimates its view and scale.",
                "Writes <stem>.labels.png (8-bit: 0 background, 1 skin that is not scalp,",
                "2 bare scalp, 3 hair, 4 thinning hair), <stem>.overlay.<ext> (labels tinted on",
                "the photo) and <stem>.json (view, scale with source and uncertainty, scalp and",
                "thinning areas in cm^2, face and eyes)."},
        footerHeading = "%nExamples:%n",
        footer = {"  smp segment -o out client.jpg", "  smp segment --px-per-cm 42 -o out photos/",
                "  smp segment --head-width 15.5cm -o out top.jpg",
                "  smp segment --fix-labels fixes.json -o out client.jpg"})
final class SegmentCommand implements Callable<Integer> {
    @Mixin InputOptions inputs;
    @Mixin OutputOptions output;
    @Mixin LoggingOptions logging;

    @Option(names = "--fix-labels", paramLabel = "FILE",
            description = {"Correct the automatic labels: a grey PNG the photo's size (0 leave, 1 skin, 2 scalp, 3 hair, 4 thinning, 255 background)",
                    "or JSON {\"corrections\": [{\"label\": \"scalp\", \"polygon\": [[x,y], ...]}]}; the overlay shows the corrected labels."})
    java.nio.file.Path fixLabels;

    @Option(names = "--px-per-cm", paramLabel = "PX",
            description = "Pixels per centimetre on the scalp, when known (overrides the estimate from eyes or head width).")
    Double pxPerCm;

    @Option(names = "--head-width", paramLabel = "LENGTH", description = RenderOptions.HEAD_WIDTH_HELP)
    String headWidth;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Console console = Console.of(spec, logging);
        io.smp.engine.preview.Guides guides = io.smp.engine.preview.Guides.load(Optional.empty(), Optional.empty(), Optional.ofNullable(fixLabels));
        Optional<ScaleOverride> scale = scaleOverride();
        PreviewEngine engine = new PreviewEngine();
        InputRunner runner = new InputRunner(console, output.outDir);
        return runner.run(inputs, (photo, stem) -> {
            Segmentation seg = engine.segment(photo.image(), scale, guides);
            runner.warn(photo.source(), seg.warnings());
            Map<String, byte[]> out = InputRunner.outputs();
            out.put(stem + ".labels.png", ImageEncoder.encodeLabels(seg.labels()));
            out.put(stem + ".overlay." + output.format.extension(),
                    ImageEncoder.encode(Overlay.render(photo.image(), seg.labels()), output.format, output.quality));
            Map<String, Object> report = Reports.segmentation(seg);
            report.put("input", photo.source().toString());
            out.put(stem + ".json", Json.write(report).getBytes(StandardCharsets.UTF_8));
            return out;
        });
    }

    /** --px-per-cm or --head-width, checked as preview checks them, before any photo is read. */
    private Optional<ScaleOverride> scaleOverride() {
        PreviewSettings.Builder b = PreviewSettings.builder().pxPerCm(Optional.ofNullable(pxPerCm));
        if (headWidth != null) SettingText.apply(b, "head-width", headWidth);
        return b.build().scaleOverride();
    }
}
