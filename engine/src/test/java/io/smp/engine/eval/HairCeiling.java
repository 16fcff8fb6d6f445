package io.smp.engine.eval;

import io.smp.engine.cv.OpenCv;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.core.TermCriteria;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;
import org.opencv.ml.Ml;
import org.opencv.ml.RTrees;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

/**
 * How far a pixel's appearance can carry the hair label on the real photos: a measurement for deciding what the
 * segmenter needs next, not part of it (nothing here is used by the engine, and no model is kept or written).
 *
 * <p>For each photo with a hair mask, at {@value #SIDE} px on the long side, it prints the hair IoU of:
 * <ul>
 * <li><b>engine</b>: the label map in PRED_DIR (labels 3 and 4), as {@link RealPhotoLabels} wrote it;</li>
 * <li><b>colour ceiling</b>: a random forest on the pixel's Lab colour, trained on that photo's own hair mask and
 * scored on the same photo: about what a per-photo colour model (the segmenter's GrabCut and skin models are such
 * models) reaches with perfect seeds; only a 5 x 5 average stands in for GrabCut's smoothness between neighbours;</li>
 * <li><b>appearance ceiling</b>: the same with texture, gradients and neighbourhood means: about what per-photo
 * colour and texture reach with perfect seeds;</li>
 * <li><b>learned</b>: one forest trained on half of the photos' masks (features: the appearance above, the engine's
 * labels, colour distances and distances to them, position relative to the face found) and scored on the other half,
 * then the reverse (2-fold, photos alternating in manifest order): what one model learned from labelled photos
 * (a random forest on these features) adds on top of the engine, with as few training photos as the masks here
 * give.</li>
 * </ul>
 *
 * <pre>java -cp ... io.smp.engine.eval.RealPhotoLabels ../shared/data DIR
 * java -cp ... io.smp.engine.eval.HairCeiling ../shared/data DIR</pre>
 */
public final class HairCeiling {
    static final int SIDE = 320;
    private static final int OWN_SAMPLES = 20000;
    private static final int LEARNED_SAMPLES = 4000;

    private HairCeiling() {
    }

    /** One photo at {@link #SIDE}: its features per pixel (rows), its hair mask and the engine's hair. */
    private record Photo(String id, Mat colour, Mat appearance, Mat learned, boolean[] truth, boolean[] engine, int width) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: HairCeiling DATA_DIR PRED_DIR");
            System.exit(2);
        }
        System.out.print(measure(Path.of(args[0]), Path.of(args[1])));
    }

    /** The table: one line per photo with a hair mask, then the means. */
    static String measure(Path data, Path pred) throws IOException {
        OpenCv.load();
        List<Photo> photos = new ArrayList<>();
        for (RealPhotoLabels.Row r : RealPhotoLabels.manifest(data)) {
            int hairValue = switch (r.maskKind()) {
                case "hair255", "hair255-half" -> -1;
                case "celeb19-half" -> 13;
                default -> 0;
            };
            if (hairValue != 0) photos.add(photo(data, pred, r, hairValue));
        }
        if (photos.size() < 2) throw new IllegalArgumentException("2-fold training needs at least 2 photos with hair masks, found " + photos.size());
        double[][] iou = new double[photos.size()][4];
        for (int i = 0; i < photos.size(); i++) {
            Photo p = photos.get(i);
            iou[i][0] = iou(p.engine(), p.truth());
            iou[i][1] = iou(predict(train(List.of(p), Photo::colour, OWN_SAMPLES, 40, 12), p.colour(), p.width()), p.truth());
            iou[i][2] = iou(predict(train(List.of(p), Photo::appearance, OWN_SAMPLES, 40, 12), p.appearance(), p.width()), p.truth());
        }
        for (int fold = 0; fold < 2; fold++) {
            List<Photo> training = new ArrayList<>();
            for (int i = 0; i < photos.size(); i++) if (i % 2 != fold) training.add(photos.get(i));
            RTrees model = train(training, Photo::learned, LEARNED_SAMPLES, 60, 16);
            for (int i = fold; i < photos.size(); i += 2) {
                Photo p = photos.get(i);
                iou[i][3] = iou(predict(model, p.learned(), p.width()), p.truth());
            }
        }
        StringBuilder out = new StringBuilder("photo\tengine\tcolour ceiling\tappearance ceiling\tlearned (2-fold)\n");
        double[] sum = new double[4];
        for (int i = 0; i < photos.size(); i++) {
            out.append(String.format(Locale.ROOT, "%s\t%.3f\t%.3f\t%.3f\t%.3f%n", photos.get(i).id(), iou[i][0], iou[i][1], iou[i][2], iou[i][3]));
            for (int k = 0; k < 4; k++) sum[k] += iou[i][k];
        }
        int n = photos.size();
        out.append(String.format(Locale.ROOT, "mean of %d photos\t%.3f\t%.3f\t%.3f\t%.3f%n", n, sum[0] / n, sum[1] / n, sum[2] / n, sum[3] / n));
        return out.toString();
    }

    /** @param hairValue the mask's value for hair, or -1 for masks where hair is above 127 */
    private static Photo photo(Path data, Path pred, RealPhotoLabels.Row r, int hairValue) throws IOException {
        Mat full = Imgcodecs.imread(data.resolve(r.image()).toString(), Imgcodecs.IMREAD_COLOR);
        if (full.empty()) throw new IOException("cannot read " + data.resolve(r.image()));
        double f = (double) SIDE / Math.max(full.cols(), full.rows());
        Size size = new Size(Math.round(full.cols() * f), Math.round(full.rows() * f));
        Mat bgr = new Mat();
        Imgproc.resize(full, bgr, size, 0, 0, Imgproc.INTER_AREA);
        byte[] mask = nearest(data.resolve(r.mask()), size);
        byte[] labels = nearest(pred.resolve(r.id() + ".png"), size);
        int w = (int) size.width;
        int h = (int) size.height;
        boolean[] truth = new boolean[w * h];
        boolean[] engine = new boolean[w * h];
        for (int i = 0; i < truth.length; i++) {
            int m = mask[i] & 0xff;
            truth[i] = hairValue < 0 ? m > 127 : m == hairValue;
            engine[i] = labels[i] == 3 || labels[i] == 4;
        }

        List<Mat> lab = new ArrayList<>();
        Mat lab8 = new Mat();
        Imgproc.cvtColor(bgr, lab8, Imgproc.COLOR_BGR2Lab);
        Mat lab32 = new Mat();
        lab8.convertTo(lab32, CvType.CV_32F);
        Core.split(lab32, lab);
        List<Mat> appearance = appearance(lab);
        List<Mat> learned = learned(appearance, lab, labels, face(pred.resolve(r.id() + ".view"), f), w, h);
        return new Photo(r.id(), rows(lab), rows(appearance), rows(learned), truth, engine, w);
    }

    /** Lab, texture at two scales, gradients and neighbourhood means of Lab, one plane each. */
    private static List<Mat> appearance(List<Mat> lab) {
        Mat l = lab.get(0);
        List<Mat> appearance = new ArrayList<>(lab);
        for (int k : new int[]{3, 7}) appearance.add(box(deviation(l, k), 7));
        Mat smooth = box(l, 3);
        for (int[] d : new int[][]{{1, 0}, {0, 1}}) {
            Mat g = new Mat();
            Imgproc.Sobel(smooth, g, CvType.CV_32F, d[0], d[1], 1);
            Core.absdiff(g, Scalar.all(0), g);
            appearance.add(box(g, 7));
        }
        for (int k : new int[]{7, 15}) for (Mat c : lab) appearance.add(box(c, k));

        return appearance;
    }

    /**
     * The appearance, and for skin, hair and background as the engine labelled them: each pixel's colour distance
     * from their median, its distance to them and their share around it; the labels one-hot; position relative to the
     * face found (zero without one) and in the photo.
     */
    private static List<Mat> learned(List<Mat> appearance, List<Mat> lab, byte[] labels, double[] face, int w, int h) {
        List<Mat> learned = new ArrayList<>(appearance);
        float[][] labPixels = new float[3][w * h];
        for (int c = 0; c < 3; c++) lab.get(c).get(0, 0, labPixels[c]);
        for (int[] classes : new int[][]{{1, 2}, {3, 4}, {0}}) {
            Mat in = new Mat(h, w, CvType.CV_8U);
            byte[] inside = new byte[w * h];
            int count = 0;
            for (int i = 0; i < inside.length; i++) {
                for (int c : classes) if (labels[i] == c) inside[i] = (byte) 255;
                if (inside[i] != 0) count++;
            }
            in.put(0, 0, inside);
            learned.add(colourDistance(labPixels, inside, count, w, h));
            learned.add(distanceTo(in, count, Math.max(w, h)));
            Mat frac = new Mat();
            in.convertTo(frac, CvType.CV_32F, 1 / 255.0);
            learned.add(box(frac, 15));
        }
        for (int c = 0; c < 5; c++) {
            float[] oneHot = new float[w * h];
            for (int i = 0; i < oneHot.length; i++) oneHot[i] = labels[i] == c ? 1 : 0;
            learned.add(plane(oneHot, w, h));
        }
        float[] fx = new float[w * h];
        float[] fy = new float[w * h];
        float[] has = new float[w * h];
        float[] px = new float[w * h];
        float[] py = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (face != null) {
                    fx[i] = (float) ((x - (face[0] + face[2] / 2)) / face[2]);
                    fy[i] = (float) ((y - (face[1] + face[3] / 2)) / face[3]);
                    has[i] = 1;
                }
                px[i] = (float) x / w;
                py[i] = (float) y / h;
            }
        }
        for (float[] a : new float[][]{fx, fy, has, px, py}) learned.add(plane(a, w, h));
        return learned;
    }

    private static byte[] nearest(Path png, Size size) throws IOException {
        Mat m = Imgcodecs.imread(png.toString(), Imgcodecs.IMREAD_GRAYSCALE);
        if (m.empty()) throw new IOException("cannot read " + png);
        Mat small = new Mat();
        Imgproc.resize(m, small, size, 0, 0, Imgproc.INTER_NEAREST);
        byte[] b = new byte[(int) (size.width * size.height)];
        small.get(0, 0, b);
        return b;
    }

    /** The face box found, in pixels at {@link #SIDE}, from a {@code .view} file ("... face x y w h"), or null. */
    private static double[] face(Path view, double f) throws IOException {
        List<String> words = Arrays.asList(Files.readString(view).strip().split(" "));
        int k = words.indexOf("face");
        if (k < 0) return null;
        double[] box = new double[4];
        for (int i = 0; i < 4; i++) box[i] = Double.parseDouble(words.get(k + 1 + i)) * f;
        return box;
    }

    private static Mat box(Mat m, int k) {
        Mat out = new Mat();
        Imgproc.blur(m, out, new Size(k, k));
        return out;
    }

    private static Mat deviation(Mat l, int k) {
        Mat mean = box(l, k);
        Mat sq = new Mat();
        Core.multiply(l, l, sq);
        Mat meanSq = box(sq, k);
        Mat var = new Mat();
        Core.multiply(mean, mean, var);
        Core.subtract(meanSq, var, var);
        Core.max(var, new Scalar(0), var);
        Core.sqrt(var, var);
        return var;
    }

    /** Each pixel's Lab distance from the median colour of the pixels {@code inside}; 255 when they are too few. */
    private static Mat colourDistance(float[][] lab, byte[] inside, int count, int w, int h) {
        float[] d = new float[w * h];
        if (count < 20) {
            Arrays.fill(d, 255);
            return plane(d, w, h);
        }
        double[] median = new double[3];
        for (int c = 0; c < 3; c++) {
            float[] v = new float[count];
            int n = 0;
            for (int i = 0; i < inside.length; i++) if (inside[i] != 0) v[n++] = lab[c][i];
            Arrays.sort(v);
            median[c] = v[count / 2];
        }
        for (int i = 0; i < d.length; i++) {
            double s = 0;
            for (int c = 0; c < 3; c++) s += (lab[c][i] - median[c]) * (lab[c][i] - median[c]);
            d[i] = (float) Math.sqrt(s);
        }
        return plane(d, w, h);
    }

    /** Each pixel's distance to the nearest pixel inside, in percent of the long side, capped; 100 when none is. */
    private static Mat distanceTo(Mat inside, int count, int side) {
        Mat out = new Mat();
        if (count == 0) return new Mat(inside.size(), CvType.CV_32F, Scalar.all(100));
        Mat outside = new Mat();
        Core.bitwise_not(inside, outside);
        Imgproc.distanceTransform(outside, out, Imgproc.DIST_L2, 3);
        Core.min(out, new Scalar(200), out);
        out.convertTo(out, CvType.CV_32F, 100.0 / side);
        return out;
    }

    private static Mat plane(float[] values, int w, int h) {
        Mat m = new Mat(h, w, CvType.CV_32F);
        m.put(0, 0, values);
        return m;
    }

    /** The planes as one row of features per pixel. */
    private static Mat rows(List<Mat> planes) {
        Mat merged = new Mat();
        Core.merge(planes, merged);
        return merged.reshape(1, merged.rows() * merged.cols());
    }

    private static RTrees train(List<Photo> photos, Function<Photo, Mat> features, int perPhoto, int trees, int depth) {
        Random random = new Random(0);
        int columns = features.apply(photos.get(0)).cols();
        int total = 0;
        for (Photo p : photos) total += Math.min(perPhoto, p.truth().length);
        float[] x = new float[total * columns];
        float[] y = new float[total];
        int row = 0;
        for (Photo p : photos) {
            float[] all = new float[p.truth().length * columns];
            features.apply(p).get(0, 0, all);
            int[] order = new int[p.truth().length];
            for (int i = 0; i < order.length; i++) order[i] = i;
            int n = Math.min(perPhoto, order.length);
            for (int i = 0; i < n; i++, row++) {
                int j = i + random.nextInt(order.length - i);
                int pick = order[j];
                order[j] = order[i];
                System.arraycopy(all, pick * columns, x, row * columns, columns);
                y[row] = p.truth()[pick] ? 1f : 0f;
            }
        }
        Mat samples = new Mat(total, columns, CvType.CV_32F);
        samples.put(0, 0, x);
        Mat responses = new Mat(total, 1, CvType.CV_32F);
        responses.put(0, 0, y);
        RTrees model = RTrees.create();
        model.setMaxDepth(depth);
        model.setMinSampleCount(5);
        model.setRegressionAccuracy(0);
        model.setTermCriteria(new TermCriteria(TermCriteria.MAX_ITER, trees, 0));
        model.train(samples, Ml.ROW_SAMPLE, responses);
        return model;
    }

    /** The model's hair share per pixel, averaged over 5x5 pixels, above one half. */
    private static boolean[] predict(RTrees model, Mat features, int width) {
        Mat out = new Mat();
        model.predict(features, out);
        Mat share = box(out.reshape(1, features.rows() / width), 5);
        float[] v = new float[features.rows()];
        share.get(0, 0, v);
        boolean[] hair = new boolean[v.length];
        for (int i = 0; i < v.length; i++) hair[i] = v[i] > 0.5f;
        return hair;
    }

    private static double iou(boolean[] a, boolean[] b) {
        long both = 0;
        long either = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] && b[i]) both++;
            if (a[i] || b[i]) either++;
        }
        return either == 0 ? 0 : (double) both / either;
    }
}
