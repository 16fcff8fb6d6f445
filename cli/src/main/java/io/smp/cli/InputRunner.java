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
    private final InputOptions inputs;
    private final Path outDir;

    InputRunner(Console console, InputOptions inputs, Path outDir) {
        this.console = console;
        this.inputs = inputs;
        this.outDir = outDir;
    }

    int run(Job job) {
        List<Path> files = inputs.expand();
        OutputWriter.prepareFolder(outDir);
        OutputWriter writer = new OutputWriter(files);
        ImageLoader loader = new ImageLoader(inputs.limits());
        Map<String, Integer> stems = new HashMap<>();
        EnumMap<SmpException.Kind, Integer> failures = new EnumMap<>(SmpException.Kind.class);
        int failed = 0;
        for (int k = 0; k < files.size(); k++) {
            Path file = files.get(k);
            String stem = uniqueStem(file, stems);
            long t0 = System.nanoTime();
            if (files.size() > 1) console.progress(String.format(Locale.ROOT, "[%d/%d] %s", k + 1, files.size(), file));
            try {
                LoadedImage photo = loader.load(file);
                if (k == 0) {
                    console.info(String.format(Locale.ROOT, "OpenCV natives loaded in %.0f ms", io.smp.engine.cv.OpenCv.loadNanos() / 1e6));
                }
                for (String w : photo.warnings()) console.warn(file + ": " + w);
                Map<String, byte[]> outputs = job.run(photo, stem);
                writeAll(writer, outputs);
                console.info(String.format(Locale.ROOT, "%s: done in %.2f s", file, (System.nanoTime() - t0) / 1e9));
            } catch (SmpException e) {
                failed++;
                failures.merge(e.kind(), 1, Integer::sum);
                String msg = e.getMessage();
                console.error(msg.startsWith(file.toString()) ? msg : file + ": " + msg, e);
            } catch (OutOfMemoryError e) {
                failed++;
                failures.merge(SmpException.Kind.INTERNAL, 1, Integer::sum);
                console.error(file + ": out of memory; lower --max-pixels or give Java more memory (SMP_JAVA_OPTS=-Xmx8g)", e);
            } catch (RuntimeException e) {
                failed++;
                failures.merge(SmpException.Kind.INTERNAL, 1, Integer::sum);
                console.error(file + ": internal error: " + e + " (run again with --stacktrace and report it)", e);
            }
        }
        if (failed == 0) return ExitCode.OK;
        if (failures.size() == 1 && failed == files.size()) return ExitCode.of(failures.keySet().iterator().next());
        return ExitCode.SOME_FAILED;
    }

    /** Writes every output of one input; if one write fails, the ones already written are removed. */
    private void writeAll(OutputWriter writer, Map<String, byte[]> outputs) {
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
    }

    private static String uniqueStem(Path file, Map<String, Integer> seen) {
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
