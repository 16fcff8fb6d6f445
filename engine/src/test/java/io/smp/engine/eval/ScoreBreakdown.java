package io.smp.engine.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real photos' scores broken down: ScoreLabels prints one IoU per photo and their means; this groups the
 * per-photo IoUs by the manifest's view and category and by the view the segmenter found, and counts which view was
 * found for each view of the manifest (from the {@code .view} files {@link RealPhotoLabels} writes).
 *
 * <pre>java ../shared/tools/ScoreLabels.java --data ../shared/data --pred DIR &gt; DIR.score
 * java -cp ... io.smp.engine.eval.ScoreBreakdown ../shared/data DIR DIR.score</pre>
 */
public final class ScoreBreakdown {
    private static final Pattern PER_PHOTO = Pattern.compile("(?m)^(\\S+)\\t(\\w+)_iou=([0-9.]+)$");

    private ScoreBreakdown() {
    }

    /** One photo's score of one kind ({@code hair}, {@code skin}, {@code hairloss}), as ScoreLabels prints it. */
    record Score(String id, String kind, double iou) {
    }

    static List<Score> perPhoto(String scoreLabelsOutput) {
        List<Score> scores = new ArrayList<>();
        Matcher m = PER_PHOTO.matcher(scoreLabelsOutput);
        while (m.find()) scores.add(new Score(m.group(1), m.group(2), Double.parseDouble(m.group(3))));
        return scores;
    }

    /**
     * The mean IoU of {@code kind} per group, as "group mean (n=count)", groups in order of name.
     *
     * @param group a photo's group from its id; photos not in the manifest are left out
     */
    static String means(List<Score> scores, String kind, Function<String, String> group) {
        Map<String, double[]> sums = new TreeMap<>();
        for (Score s : scores) {
            String g = group.apply(s.id());
            if (!s.kind().equals(kind) || g == null) continue;
            double[] sum = sums.computeIfAbsent(g, k -> new double[2]);
            sum[0] += s.iou();
            sum[1]++;
        }
        List<String> parts = new ArrayList<>();
        sums.forEach((g, sum) -> parts.add(String.format(Locale.ROOT, "%s %.3f (n=%d)", g, sum[0] / sum[1], (int) sum[1])));
        return String.join(", ", parts);
    }

    /** For each view of the manifest, how many photos were found as each view: "top-down: top 26, ...". */
    static String viewsFound(List<RealPhotoLabels.Row> rows, Map<String, String> found) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (RealPhotoLabels.Row r : rows) {
            String f = found.get(r.id());
            if (f != null) counts.computeIfAbsent(r.view(), k -> new TreeMap<>()).merge(f, 1, Integer::sum);
        }
        List<String> lines = new ArrayList<>();
        counts.forEach((view, by) -> {
            List<String> parts = new ArrayList<>();
            by.forEach((f, n) -> parts.add(f + " " + n));
            lines.add(view + ": " + String.join(", ", parts));
        });
        return String.join("\n", lines);
    }

    /**
     * The view found for each photo, from the {@code .view} files in {@code pred} (their second word): a view, or
     * "refused", or "unreadable".
     */
    static Map<String, String> found(List<RealPhotoLabels.Row> rows, Path pred) throws IOException {
        Map<String, String> found = new TreeMap<>();
        for (RealPhotoLabels.Row r : rows) {
            Path f = pred.resolve(r.id() + ".view");
            if (!Files.exists(f)) continue;
            String[] info = Files.readString(f).strip().split(" ");
            // RealPhotoLabels writes "none" for a photo the segmenter refused (no head found, no colour)
            found.put(r.id(), info[0].equals("unreadable") ? "unreadable" : info[1].equals("none") ? "refused" : info[1]);
        }
        return found;
    }

    /** The whole breakdown, as printed by {@link #main} and by {@link RealPhotoScoreTest}. */
    static String report(List<RealPhotoLabels.Row> rows, Map<String, String> found, String scoreLabelsOutput) {
        Map<String, RealPhotoLabels.Row> byId = new TreeMap<>();
        for (RealPhotoLabels.Row r : rows) byId.put(r.id(), r);
        List<Score> scores = perPhoto(scoreLabelsOutput);
        Function<String, String> view = id -> byId.containsKey(id) ? byId.get(id).view() : null;
        Function<String, String> category = id -> byId.containsKey(id) ? byId.get(id).category() : null;
        return "hair IoU by view: " + means(scores, "hair", view)
                + "\nhair IoU by view found: " + means(scores, "hair", found::get)
                + "\nhair IoU by group: " + means(scores, "hair", category)
                + "\nhair-loss IoU by view: " + means(scores, "hairloss", view)
                + "\nviews found, per view of the manifest:\n" + viewsFound(rows, found);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: ScoreBreakdown DATA_DIR PRED_DIR SCORELABELS_OUTPUT_FILE");
            System.exit(2);
        }
        List<RealPhotoLabels.Row> rows = RealPhotoLabels.manifest(Path.of(args[0]));
        System.out.println(report(rows, found(rows, Path.of(args[1])), Files.readString(Path.of(args[2]))));
    }
}
