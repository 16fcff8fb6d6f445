package io.smp.cli;

import io.smp.engine.ProgressListener;
import io.smp.engine.SmpException;
import io.smp.engine.io.ImageLoader;
import io.smp.engine.io.OutputWriter;
import io.smp.engine.preview.PreviewEngine;
import io.smp.engine.preview.PreviewResult;
import io.smp.engine.preview.PreviewSettings;
import io.smp.engine.preview.SettingText;
import io.smp.engine.report.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Previews many photos: every image in a folder, or the photos listed in a CSV",
                "manifest. A manifest has a header row with an 'input' column (paths relative",
                "to the manifest) and any setting columns (density, dot-size, shade, style,",
                "session, stage, seed, px-per-cm, head-width); a row's non-empty cells override",
                "the shared options. Photos run in parallel on all cores. Each writes what smp",
                "preview writes; a failing photo never stops the others (unless --fail-fast).",
                "At the end, DIR/batch-report.json lists every item. Re-running skips items",
                "whose outputs are complete and were made with the same settings (--force",
                "redoes them)."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  smp batch -o out photos/",
                "  smp batch --preset natural-healed --html -o out photos/",
                "  smp batch -o out clients.csv        (clients.csv: input,density,shade",
                "                                                    anna.jpg,80,medium",
                "                                                    ben.jpg,110,dark)"})
final class BatchCommand implements Callable<Integer> {
    static final String REPORT = "batch-report.json";

    @Parameters(paramLabel = "FOLDER|MANIFEST.csv", arity = "1", description = "A folder of photos, or a CSV manifest.")
    Path source;

    @Mixin OutputOptions output;
    @Mixin RenderOptions render;
    @Mixin PreviewOutputs files;
    @Mixin LimitOptions limits;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Photos processed at once (default: the number of cores, ${sys:smp.cores}).")
    Integer jobs;

    @Option(names = "--force", description = "Redo items whose outputs are already complete.")
    boolean force;

    @Option(names = "--fail-fast", description = "Stop at the first failing photo (photos already started still finish).")
    boolean failFast;

    @Mixin LoggingOptions logging;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** One photo of the batch and its settings. */
    private record Item(Path photo, String stem, PreviewSettings settings, Map<String, String> own) {
    }

    @Override
    public Integer call() throws InterruptedException {
        Console console = Console.of(spec, logging);
        List<Item> items = items();
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (threads < 1) throw new SmpException(SmpException.Kind.BAD_SETTINGS, "--jobs must be at least 1");
        OutputWriter.prepareFolder(output.outDir);
        List<Path> photos = items.stream().map(Item::photo).toList();
        InputRunner runner = new InputRunner(console, output.outDir);
        InputRunner.Items shared = new InputRunner.Items(photos, new ImageLoader(limits.limits()), new OutputWriter(photos));
        PreviewEngine engine = new PreviewEngine();
        Progress progress = new Progress(console, items.size());
        long t0 = System.nanoTime();
        Instant started = Instant.now();

        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) rows.add(null);
        AtomicBoolean stop = new AtomicBoolean();
        EnumMap<SmpException.Kind, Integer> failures = new EnumMap<>(SmpException.Kind.class);
        AtomicInteger skipped = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()), r -> {
            Thread t = new Thread(r, "smp-batch");
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> futures = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            int index = k;
            Item item = items.get(k);
            futures.add(pool.submit(() -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("input", item.photo().toString());
                row.put("stem", item.stem());
                if (!item.own().isEmpty()) row.put("settings", item.own());
                if (stop.get()) {
                    row.put("status", "not-run");
                    rows.set(index, row);
                    return;
                }
                if (!force && complete(item)) {
                    skipped.incrementAndGet();
                    row.put("status", "skipped");
                    row.put("outputs", files.names(item.stem(), output).stream().map(n -> output.outDir.resolve(n).toString()).toList());
                    rows.set(index, row);
                    progress.done(item.photo(), "skipped (already complete)", 0, true);
                    return;
                }
                InputRunner.Outcome o = runner.process(shared, item.photo(), item.stem(), (photo, stem) -> {
                    PreviewResult r = engine.preview(photo.image(), item.settings(), ProgressListener.NONE);
                    runner.warn(photo.source(), r.segmentation().warnings());
                    return files.files(photo, stem, r, output, Map.of());
                });
                row.put("status", o.ok() ? "done" : "failed");
                row.put("seconds", Math.round(o.seconds() * 100) / 100.0);
                if (o.ok()) {
                    row.put("outputs", o.written().stream().map(Path::toString).toList());
                } else {
                    row.put("error", o.error());
                    row.put("exit_code", ExitCode.of(o.failure()));
                    synchronized (failures) {
                        failures.merge(o.failure(), 1, Integer::sum);
                    }
                    if (failFast) stop.set(true);
                }
                rows.set(index, row);
                progress.done(item.photo(), o.ok() ? String.format(Locale.ROOT, "done in %.1f s", o.seconds()) : "failed", o.seconds(), o.ok());
            }));
        }
        pool.shutdown();
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new SmpException(SmpException.Kind.INTERNAL, "batch worker failed: " + e.getCause(), e.getCause());
            }
        }
        pool.awaitTermination(1, TimeUnit.MINUTES);
        console.endStatus();

        double seconds = (System.nanoTime() - t0) / 1e9;
        int failed = failures.values().stream().mapToInt(Integer::intValue).sum();
        int notRun = (int) rows.stream().filter(r -> "not-run".equals(r.get("status"))).count();
        int done = items.size() - failed - skipped.get() - notRun;
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("source", source.toString());
        report.put("started", started.toString());
        report.put("seconds", Math.round(seconds * 100) / 100.0);
        report.put("jobs", Math.min(threads, items.size()));
        report.put("settings", sharedSettings());
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("total", items.size());
        counts.put("done", done);
        counts.put("skipped", skipped.get());
        counts.put("failed", failed);
        counts.put("not_run", notRun);
        report.put("counts", counts);
        report.put("failures", rows.stream().filter(r -> "failed".equals(r.get("status")))
                .map(r -> Map.of("input", r.get("input"), "error", r.get("error"))).toList());
        report.put("items", rows);
        Path reportPath = output.outDir.resolve(REPORT);
        shared.writer().write(reportPath, Json.write(report).getBytes(StandardCharsets.UTF_8));
        console.progress(String.format(Locale.ROOT, "batch: %d done, %d skipped, %d failed%s of %d in %.1f s; report %s",
                done, skipped.get(), failed, notRun > 0 ? ", " + notRun + " not run" : "", items.size(), seconds, reportPath));
        return failed == 0 ? ExitCode.OK : ExitCode.SOME_FAILED;
    }

    private Map<String, String> sharedSettings() {
        Map<String, String> m = render.base();
        m.putAll(render.explicit());
        return m;
    }

    private List<Item> items() {
        Map<String, Integer> stems = new HashMap<>();
        List<Item> items = new ArrayList<>();
        if (Files.isDirectory(source)) {
            PreviewSettings s = render.settings(Map.of());
            for (Path p : InputOptions.imagesIn(source)) items.add(new Item(p, InputRunner.uniqueStem(p, stems), s, Map.of()));
        } else if (Files.isRegularFile(source) && source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            for (Manifest.Row row : Manifest.read(source)) {
                PreviewSettings s;
                try {
                    s = render.settings(row.settings());
                } catch (SmpException e) {
                    throw new SmpException(SmpException.Kind.BAD_SETTINGS, source + " line " + row.line() + ": " + e.getMessage());
                }
                items.add(new Item(row.photo(), InputRunner.uniqueStem(row.photo(), stems), s, row.settings()));
            }
        } else if (Files.exists(source)) {
            throw SmpException.badInput(source, "is neither a folder of photos nor a .csv manifest");
        } else {
            throw SmpException.badInput(source, "does not exist");
        }
        return items;
    }

    /** Complete: every output exists and the report, written last, records the same input and settings. */
    private boolean complete(Item item) {
        for (String n : files.names(item.stem(), output)) {
            if (!Files.isRegularFile(output.outDir.resolve(n))) return false;
        }
        try {
            Object rep = Json.read(Files.readString(output.outDir.resolve(PreviewOutputs.reportName(item.stem())), StandardCharsets.UTF_8));
            if (!(rep instanceof Map<?, ?> m)) return false;
            return item.photo().toString().equals(m.get("input"))
                    && SettingText.of(item.settings()).equals(m.get("settings"))
                    && Boolean.valueOf(files.privacy.anonymize).equals(m.get("anonymized"));
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Count, time left and a bar on a terminal; one line per item otherwise. */
    private static final class Progress {
        private final Console console;
        private final int total;
        private final long start = System.nanoTime();
        private int finished;
        private int failed;
        private int processed;

        Progress(Console console, int total) {
            this.console = console;
            this.total = total;
            console.status(bar());
        }

        synchronized void done(Path photo, String what, double seconds, boolean ok) {
            finished++;
            if (!ok) failed++;
            if (seconds > 0) processed++;
            if (console.interactive()) {
                console.status(bar());
            } else {
                console.progress(String.format(Locale.ROOT, "[%d/%d] %s: %s%s", finished, total, photo, what, left()));
            }
        }

        private String bar() {
            int width = 30, filled = total == 0 ? width : finished * width / total;
            return String.format(Locale.ROOT, "smp: [%s%s] %d/%d%s%s", "#".repeat(filled), ".".repeat(width - filled),
                    finished, total, failed > 0 ? " (" + failed + " failed)" : "", left());
        }

        private String left() {
            if (finished == 0 || finished == total || processed == 0) return "";
            double elapsed = (System.nanoTime() - start) / 1e9;
            long s = Math.round(elapsed / finished * (total - finished));
            return String.format(Locale.ROOT, ", about %d:%02d left", s / 60, s % 60);
        }
    }
}
