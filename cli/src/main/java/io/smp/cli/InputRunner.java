package io.smp.cli;

import io.smp.engine.SmpException;
import io.smp.engine.io.ImageLoader;
import io.smp.engine.io.LoadedImage;
import io.smp.engine.io.OutputWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs one job over each input photo: load (upright), compute every output in memory, then write them all
 * atomically. One failing input never stops the others; its error is one line on stderr. Decides the exit code.
 */
final class InputRunner {
    /** What one job makes of one photo: output files by name (e.g. "photo.after.jpg"), in writing order. */
    interface Job {
        Map<String, byte[]> run(LoadedImage photo, String stem);
    }

    private final Console console;
    private final Path outDir;
    private final java.util.concurrent.atomic.AtomicBoolean loadReported = new java.util.concurrent.atomic.AtomicBoolean();

    InputRunner(Console console, Path outDir) {
        this.console = console;
        this.outDir = outDir;
    }

    /** What became of one input. {@code failure} is null when it succeeded. */
    record Outcome(SmpException.Kind failure, String error, double seconds, List<Path> written) {
        boolean ok() {
            return failure == null;
        }
    }

    int run(InputOptions inputs, Job job) {
        List<Path> files = inputs.expand();
        OutputWriter.prepareFolder(outDir);
        Items items = new Items(files, new ImageLoader(inputs.limits()), new OutputWriter(files));
        Map<String, Integer> stems = new HashMap<>();
        EnumMap<SmpException.Kind, Integer> failures = new EnumMap<>(SmpException.Kind.class);
        for (int k = 0; k < files.size(); k++) {
            Path file = files.get(k);
            if (files.size() > 1) console.progress(String.format(Locale.ROOT, "[%d/%d] %s", k + 1, files.size(), file));
            Outcome o = process(items, file, uniqueStem(file, stems), job);
            if (!o.ok()) failures.merge(o.failure(), 1, Integer::sum);
        }
        return exitCode(failures, files.size());
    }

    /** What a user should check in the result for one photo (the view or scale guessed, a damaged file), on stderr. */
    void warn(Path file, List<String> warnings) {
        for (String w : warnings) console.warn(file + ": " + w);
    }

    /** The loader and writer shared by the items of one run. */
    record Items(List<Path> inputs, ImageLoader loader, OutputWriter writer) {
    }

    /** Loads one photo, runs the job and writes its outputs; reports its error on the console. Thread-safe. */
    Outcome process(Items items, Path file, String stem, Job job) {
        long t0 = System.nanoTime();
        try {
            LoadedImage photo = items.loader().load(file);
            if (!loadReported.getAndSet(true)) {
                console.info(String.format(Locale.ROOT, "OpenCV natives loaded in %.0f ms", io.smp.engine.cv.OpenCv.loadNanos() / 1e6));
            }
            warn(file, photo.warnings());
            Map<String, byte[]> outputs = job.run(photo, stem);
            List<Path> written = writeAll(items.writer(), outputs);
            double s = (System.nanoTime() - t0) / 1e9;
            console.info(String.format(Locale.ROOT, "%s: done in %.2f s", file, s));
            return new Outcome(null, null, s, written);
        } catch (SmpException e) {
            String msg = e.getMessage();
            return failed(e.kind(), msg.startsWith(file.toString()) ? msg : file + ": " + msg, e, t0);
        } catch (OutOfMemoryError e) {
            return failed(SmpException.Kind.INTERNAL,
                    file + ": out of memory; lower --max-pixels or give Java more memory (SMP_JAVA_OPTS=-Xmx8g)", e, t0);
        } catch (RuntimeException e) {
            return failed(SmpException.Kind.INTERNAL, file + ": internal error: " + e + " (run again with --stacktrace and report it)", e, t0);
        }
    }

    private Outcome failed(SmpException.Kind kind, String message, Throwable t, long t0) {
        console.error(message, t);
        return new Outcome(kind, message, (System.nanoTime() - t0) / 1e9, List.of());
    }

    /** 0 when nothing failed; the failures' own code when every input failed the same way; else 1. */
    static int exitCode(Map<SmpException.Kind, Integer> failures, int total) {
        int failed = failures.values().stream().mapToInt(Integer::intValue).sum();
        if (failed == 0) return ExitCode.OK;
        if (failures.size() == 1 && failed == total) return ExitCode.of(failures.keySet().iterator().next());
        return ExitCode.SOME_FAILED;
    }

    /** Writes every output of one input; if one write fails, the ones already written are removed. */
    private List<Path> writeAll(OutputWriter writer, Map<String, byte[]> outputs) {
        List<Path> written = new ArrayList<>();
        try {
            for (var e : outputs.entrySet()) {
                Path target = outDir.resolve(e.getKey());
                writer.write(target, e.getValue());
                written.add(target);
            }
        } catch (SmpException e) {
            for (Path p : written) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // already reporting the first failure
                }
            }
            throw e;
        }
        for (Path p : written) console.result(p.toString());
        return written;
    }

    static String uniqueStem(Path file, Map<String, Integer> seen) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        int n = seen.merge(stem, 1, Integer::sum);
        return n == 1 ? stem : stem + "-" + n;
    }

    static Map<String, byte[]> outputs() {
        return new LinkedHashMap<>();
    }
}
