package io.smp.engine.eval;

import io.smp.engine.SmpException;
import io.smp.engine.image.LabelMap;
import io.smp.engine.io.ImageEncoder;
import io.smp.engine.io.ImageLoader;
import io.smp.engine.io.LoadedImage;
import io.smp.engine.segment.Segmentation;
import io.smp.engine.segment.Segmenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Segments every photo of ../shared/data/manifest.csv and writes {@code <id>.png} label maps for
 * ../shared/tools/ScoreLabels.java. A photo where no head is found still gets a label map (all background), so
 * coverage counts only unreadable photos. Also writes {@code <id>.view} with the view and scale found.
 *
 * <pre>java -cp ... io.smp.engine.eval.RealPhotoLabels ../shared/data OUT_DIR</pre>
 */
public final class RealPhotoLabels {
    private RealPhotoLabels() {
    }

    /** One line of the manifest; {@code mask} is empty for a photo without a ground-truth mask. */
    public record Row(String id, String image, String mask, String maskKind, String view, String category) {
    }

    public static List<Row> manifest(Path data) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(data.resolve("manifest.csv"));
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) continue;
            String[] f = line.split(",", -1);
            rows.add(new Row(f[0], f[1], f[2], f[3], f[4], f[5]));
        }
        return rows;
    }

    /** Labels every photo into {@code out}; returns the number of photos that could not be read. */
    public static int run(Path data, Path out) throws Exception {
        Files.createDirectories(out);
        List<Row> rows = manifest(data);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        List<Future<Boolean>> jobs = new ArrayList<>();
        for (Row r : rows) {
            jobs.add(pool.submit(() -> label(data, out, r)));
        }
        int failed = 0;
        for (Future<Boolean> f : jobs) if (!f.get()) failed++;
        pool.shutdown();
        return failed;
    }

    static boolean label(Path data, Path out, Row r) throws IOException {
        LoadedImage photo;
        try {
            photo = new ImageLoader().load(data.resolve(r.image()));
        } catch (SmpException e) {
            Files.writeString(out.resolve(r.id() + ".view"), "unreadable " + e.getMessage() + "\n");
            return false;
        }
        LabelMap labels;
        String info;
        try {
            Segmentation s = Segmenter.create().segment(photo.image(), Optional.empty());
            labels = s.labels();
            info = String.format(Locale.ROOT, "%s %s %.2f %s", r.view(), s.view().id(), s.scale().pxPerCm(), s.scale().source().id())
                    + s.face().map(b -> String.format(Locale.ROOT, " face %d %d %d %d", b.x(), b.y(), b.width(), b.height())).orElse("");
        } catch (SmpException e) {
            labels = LabelMap.wrap(photo.image().width(), photo.image().height(), new byte[photo.image().width() * photo.image().height()]);
            info = r.view() + " none 0 " + e.getMessage();
        }
        Files.write(out.resolve(r.id() + ".png"), ImageEncoder.encodeLabels(labels));
        Files.writeString(out.resolve(r.id() + ".view"), info + "\n");
        return true;
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        int failed = run(Path.of(args[0]), Path.of(args[1]));
        System.out.printf(Locale.ROOT, "labelled in %.1f s, %d unreadable%n", (System.nanoTime() - t0) / 1e9, failed);
    }
}
