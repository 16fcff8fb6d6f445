package io.smp.cli;

import io.smp.engine.ProgressListener;
import io.smp.engine.SmpException;
import io.smp.engine.image.RgbImage;
import io.smp.engine.io.ImageEncoder;
import io.smp.engine.output.Reports;
import io.smp.engine.output.Sheet;
import io.smp.engine.preview.Guides;
import io.smp.engine.preview.PreviewEngine;
import io.smp.engine.preview.PreviewResult;
import io.smp.engine.preview.PreviewSettings;
import io.smp.engine.preview.SettingText;
import io.smp.engine.report.Json;
import io.smp.engine.scale.ScaleOverride;
import io.smp.engine.segment.Segmentation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "sheet", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Renders a grid of variations of each photo, every cell captioned with its settings.",
                "Give comma lists on any setting: one list makes a row, two lists make a grid (rows are the",
                "first list, columns the second), more lists make every combination. All cells use the same",
                "seed, so only the varied settings differ. Writes <stem>.sheet.<ext> and <stem>.sheet.json."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  smp sheet --density 40,80,120 --shade light,medium,dark -o out client.jpg",
                "  smp sheet --session 1,2,3 -o out client.jpg",
                "  smp sheet --stage fresh,healed,aged --preset dense-dark -o out client.jpg"})
final class SheetCommand implements Callable<Integer> {
    static final int MAX_CELLS = 36;

    @Mixin InputOptions inputs;
    @Mixin OutputOptions output;
    @Mixin RenderOptions render;
    @Mixin GuideOptions guideOptions;

    @Mixin PrivacyOptions privacy;

    @Mixin LoggingOptions logging;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Console console = Console.of(spec, logging);
        Map<String, List<String>> lists = render.lists();
        List<String> varied = lists.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
        List<Map<String, String>> combos = combinations(lists);
        if (combos.size() > MAX_CELLS) {
            throw new SmpException(SmpException.Kind.BAD_SETTINGS, "the lists make " + combos.size()
                    + " variations; a sheet holds at most " + MAX_CELLS + " (shorten a list)");
        }
        List<PreviewSettings> cells = new ArrayList<>();
        for (Map<String, String> combo : combos) cells.add(render.settings(combo));
        int columns = varied.isEmpty() ? 1 : lists.get(varied.get(varied.size() - 1)).size();
        Guides guides = guideOptions.load();
        PreviewEngine engine = new PreviewEngine();
        InputRunner runner = new InputRunner(console, output.outDir);
        return runner.run(inputs, (photo, stem) -> {
            Map<Optional<ScaleOverride>, Segmentation> segs = new HashMap<>();
            List<Sheet.Cell> out = new ArrayList<>();
            List<Map<String, Object>> reports = new ArrayList<>();
            Segmentation first = null;
            for (int k = 0; k < cells.size(); k++) {
                PreviewSettings s = cells.get(k);
                console.progress(String.format(Locale.ROOT, "%s: variation %d of %d", photo.source(), k + 1, cells.size()));
                Segmentation seg = segs.computeIfAbsent(s.scaleOverride(), p -> engine.segment(photo.image(), p, guides));
                if (first == null) first = seg;
                PreviewResult r = engine.render(photo.image(), seg, s, guides, ProgressListener.NONE);
                RgbImage after = privacy.apply(r.after(), seg);
                out.add(new Sheet.Cell(after, caption(varied, combos.get(k), r)));
                Map<String, Object> rep = Reports.preview(r, photo.source().toString());
                rep.remove("input");
                reports.add(rep);
            }
            runner.warn(photo.source(), first.warnings());
            Map<String, String> shared = new LinkedHashMap<>(SettingText.of(cells.get(0)));
            varied.forEach(shared::remove);
            List<String> footer = List.of(
                    "Same for all: " + String.join(", ", shared.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()),
                    String.format(Locale.ROOT, "scale %.1f px/cm (%s, +-%.0f%%), view %s", first.scale().pxPerCm(), first.scale().source().id(),
                            first.scale().uncertainty() * 100, first.view().id()));
            String title = "SMP variations: " + photo.source().getFileName() + (varied.isEmpty() ? "" : " (" + String.join(" x ", varied) + ")");
            Map<String, byte[]> files = InputRunner.outputs();
            files.put(stem + ".sheet." + output.format.extension(), ImageEncoder.encode(
                    Sheet.render(out, columns, title, footer, privacy.mark()), output.format, output.quality));
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("input", photo.source().toString());
            report.put("varied", varied);
            report.put("columns", columns);
            report.put("rows", (cells.size() + columns - 1) / columns);
            report.put("anonymized", privacy.anonymize);
            report.put("cells", reports);
            files.put(stem + ".sheet.json", Json.write(report).getBytes(StandardCharsets.UTF_8));
            return files;
        });
    }

    /** Every combination of the lists, the last list varying fastest (so it runs along a row). */
    static List<Map<String, String>> combinations(Map<String, List<String>> lists) {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (var e : lists.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : out) {
                for (String v : e.getValue()) {
                    Map<String, String> m = new LinkedHashMap<>(partial);
                    m.put(e.getKey(), v);
                    next.add(m);
                }
            }
            out = next;
        }
        return out;
    }

    private static List<String> caption(List<String> varied, Map<String, String> combo, PreviewResult r) {
        String what = varied.isEmpty() ? "as set" : String.join(", ", varied.stream().map(k -> k + " " + combo.get(k)).toList());
        return List.of(what, String.format(Locale.ROOT, "%d dots, %.1f/cm2, %.2f mm, %s", r.dots().size(),
                r.achievedDensityPerCm2(), r.dotDiameterMm(), r.shade().hex()));
    }
}
