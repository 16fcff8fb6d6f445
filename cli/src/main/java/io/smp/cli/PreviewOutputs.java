package io.smp.cli;

import io.smp.engine.image.RgbImage;
import io.smp.engine.io.ImageEncoder;
import io.smp.engine.io.LoadedImage;
import io.smp.engine.output.Compare;
import io.smp.engine.output.HtmlPage;
import io.smp.engine.output.Reports;
import io.smp.engine.preview.PreviewResult;
import io.smp.engine.report.Json;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Which files a preview writes besides the after-image, comparison and report (preview and batch). */
public class PreviewOutputs {
    @Option(names = "--html", description = "Also write <stem>.html: one self-contained page with a before/after slider, the settings, scale and treated area (opens offline, on a phone too).")
    boolean html;

    @Option(names = "--dots", description = "Also write <stem>.dots.csv: x,y,diameter_px,session,darkness in upright pixels.")
    boolean writeDots;

    @Option(names = "--treatment-mask", description = "Also write <stem>.treatment.png: non-zero where dots may go.")
    boolean writeMask;

    @picocli.CommandLine.Mixin PrivacyOptions privacy;

    /** The report is always written last, so a complete report means the item's outputs are complete. */
    static String reportName(String stem) {
        return stem + ".report.json";
    }

    /** Names of every file {@link #files} writes for a stem. */
    List<String> names(String stem, OutputOptions output) {
        List<String> n = new java.util.ArrayList<>();
        String ext = output.format.extension();
        n.add(stem + ".after." + ext);
        n.add(stem + ".compare." + ext);
        if (html) n.add(stem + ".html");
        if (writeDots) n.add(stem + ".dots.csv");
        if (writeMask) n.add(stem + ".treatment.png");
        n.add(reportName(stem));
        return n;
    }

    /** Every output of one preview, by file name, in writing order (report last). */
    Map<String, byte[]> files(LoadedImage photo, String stem, PreviewResult r, OutputOptions output, Map<String, Object> reportExtra) {
        RgbImage before = privacy.apply(photo.image(), r.segmentation()), after = privacy.apply(r.after(), r.segmentation());
        Map<String, byte[]> out = InputRunner.outputs();
        String ext = output.format.extension();
        out.put(stem + ".after." + ext, ImageEncoder.encode(after, output.format, output.quality));
        out.put(stem + ".compare." + ext, ImageEncoder.encode(Compare.render(before, after, Reports.caption(r), privacy.mark()), output.format, output.quality));
        if (html) out.put(stem + ".html", HtmlPage.render(before, after, r, photo.source().getFileName().toString(), privacy.mark()));
        if (writeDots) out.put(stem + ".dots.csv", Reports.dotsCsv(r.dots()).getBytes(StandardCharsets.UTF_8));
        if (writeMask) out.put(stem + ".treatment.png", ImageEncoder.encodeGray(r.after().width(), r.after().height(), r.treatmentMask()));
        Map<String, Object> report = Reports.preview(r, photo.source().toString());
        report.put("anonymized", privacy.anonymize);
        report.putAll(reportExtra);
        out.put(reportName(stem), Json.write(report).getBytes(StandardCharsets.UTF_8));
        return out;
    }
}
