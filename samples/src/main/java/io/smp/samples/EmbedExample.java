package io.smp.samples;

import io.smp.engine.SmpException;
import io.smp.engine.io.ImageEncoder;
import io.smp.engine.io.ImageLoader;
import io.smp.engine.io.LoadedImage;
import io.smp.engine.io.OutputFormat;
import io.smp.engine.io.OutputWriter;
import io.smp.engine.preview.PreviewEngine;
import io.smp.engine.preview.PreviewResult;
import io.smp.engine.preview.PreviewSettings;
import io.smp.engine.segment.Segmentation;
import io.smp.engine.units.Length;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Using the engine from Java, as a clinic's own software would: load a photo upright, segment it, render a preview,
 * write it. Run from the project root:
 * <pre>
 *   mvn -q -DskipTests install
 *   mvn -q -pl samples exec:java -Dexec.mainClass=io.smp.samples.EmbedExample \
 *       -Dexec.args="samples/photos/top-bald-medium.png smp-out"
 * </pre>
 */
public final class EmbedExample {
    private EmbedExample() {
    }

    public static void main(String[] args) {
        Path input = Path.of(args.length > 0 ? args[0] : "samples/photos/top-bald-medium.png");
        Path outDir = Path.of(args.length > 1 ? args[1] : "smp-out");
        try {
            // 1. load: format sniffed from content, EXIF orientation applied, size limits checked
            LoadedImage photo = new ImageLoader().load(input);

            // 2. understand the head: labels, view, scale (pixels per cm with its source)
            PreviewEngine engine = new PreviewEngine();
            Segmentation seg = engine.segment(photo.image(), Optional.empty());
            System.out.printf(Locale.ROOT, "view %s, scale %s, bare scalp %.1f cm^2%n", seg.view().id(), seg.scale(), seg.scalpAreaCm2());

            // 3. render: settings in physical units, validated all at once
            PreviewSettings settings = PreviewSettings.builder().density(90).dotSize(Length.mm(0.15)).seed(42).build();
            PreviewResult result = engine.render(photo.image(), seg, settings, (stage, f) -> { });
            System.out.printf(Locale.ROOT, "%d dots on %.1f cm^2 = %.1f per cm^2%n",
                    result.dots().size(), result.treatedAreaCm2(), result.achievedDensityPerCm2());

            // 4. write atomically, never over the input, with no metadata from the input
            OutputWriter.prepareFolder(outDir);
            Path out = outDir.resolve("embed-example.after.jpg");
            new OutputWriter(List.of(input)).write(out, ImageEncoder.encode(result.after(), OutputFormat.JPG, 92));
            System.out.println(out);
        } catch (SmpException e) {
            // every expected failure is typed: BAD_INPUT, NO_SCALP, BAD_SETTINGS, OUTPUT, INTERNAL
            System.err.println(e.kind() + ": " + e.getMessage());
            System.exit(1);
        }
    }
}
