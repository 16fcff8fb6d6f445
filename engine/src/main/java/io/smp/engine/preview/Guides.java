package io.smp.engine.preview;

import io.smp.engine.SmpException;
import io.smp.engine.cv.Raster;
import io.smp.engine.image.LabelMap;
import io.smp.engine.image.RgbImage;
import io.smp.engine.io.ImageLimits;
import io.smp.engine.io.ImageLoader;
import io.smp.engine.report.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a consultant draws or paints to guide one photo, in the upright photo's pixel coordinates (as the overlay
 * shows it): a hairline, a scar, and corrections of the labels. Files are read once and checked against the
 * photo's size when used.
 *
 * <ul>
 * <li>hairline: JSON, {@code {"hairline": [[x, y], ...]}} or a bare list of points, left to right;</li>
 * <li>scar: a PNG/JPEG mask (non-zero = scar) or JSON polygons, {@code {"polygons": [[[x, y], ...], ...]}},
 *     {@code {"polygon": [[x, y], ...]}} or a bare list of points;</li>
 * <li>label corrections: a grey mask whose value forces the label (0 leave as found, 1 skin, 2 scalp, 3 hair,
 *     4 thinning, 255 background), or JSON {@code {"corrections": [{"label": "scalp", "polygon": [[x, y], ...]}]}}
 *     with labels by number or name; later corrections win.</li>
 * </ul>
 */
public final class Guides {
    /** Forces label {@code label} inside the polygon or mask. */
    private record Fix(int label, Optional<List<double[]>> polygon, Optional<byte[]> mask, int maskW, int maskH, String source) {
    }

    public static final Guides NONE = new Guides(null, null, List.of());

    private final List<double[]> hairline;
    private final Region scar;
    private final List<Fix> fixes;

    /** A region given as polygons or as a mask image. */
    private record Region(List<List<double[]>> polygons, byte[] mask, int w, int h, String source) {
    }

    private Guides(List<double[]> hairline, Region scar, List<Fix> fixes) {
        this.hairline = hairline;
        this.scar = scar;
        this.fixes = List.copyOf(fixes);
    }

    public static Guides load(Optional<Path> hairlineFile, Optional<Path> scarFile, Optional<Path> fixFile) {
        List<double[]> hairline = hairlineFile.map(f -> {
            List<double[]> pts = points(f, unwrap(readJson(f), "hairline", f), "the hairline");
            if (pts.size() < 2) throw bad(f, "a hairline needs at least 2 points");
            List<double[]> sorted = new ArrayList<>(pts);
            sorted.sort((a, b) -> Double.compare(a[0], b[0]));
            return sorted;
        }).orElse(null);
        Region scar = scarFile.map(Guides::region).orElse(null);
        List<Fix> fixes = new ArrayList<>();
        fixFile.ifPresent(f -> fixes.addAll(fixes(f)));
        return new Guides(hairline, scar, fixes);
    }

    public boolean hasHairline() {
        return hairline != null;
    }

    public boolean hasScar() {
        return scar != null;
    }

    public boolean hasCorrections() {
        return !fixes.isEmpty();
    }

    /** The user's hairline as the y of the line at each column (NaN outside its x range). */
    double[] hairlineRows(int width) {
        double[] ys = new double[width];
        for (int x = 0; x < width; x++) {
            ys[x] = Double.NaN;
            double cx = x + 0.5;
            for (int k = 0; k + 1 < hairline.size(); k++) {
                double[] a = hairline.get(k), b = hairline.get(k + 1);
                if (cx >= a[0] && cx <= b[0]) {
                    double t = b[0] == a[0] ? 0 : (cx - a[0]) / (b[0] - a[0]);
                    ys[x] = a[1] + t * (b[1] - a[1]);
                    break;
                }
            }
        }
        return ys;
    }

    /** The scar as a mask of the photo's size. */
    boolean[] scarMask(int width, int height) {
        return regionMask(scar, width, height);
    }

    /** The labels with the corrections applied (a new map; the labels unchanged when there are none). */
    public LabelMap correct(LabelMap labels) {
        if (fixes.isEmpty()) return labels;
        int w = labels.width(), h = labels.height();
        byte[] l = LabelMap.internalLabels(labels).clone();
        for (Fix f : fixes) {
            if (f.polygon().isPresent()) {
                boolean[] in = Raster.fill(List.of(f.polygon().get()), w, h);
                for (int i = 0; i < l.length; i++) if (in[i]) l[i] = (byte) f.label();
            } else {
                byte[] m = f.mask().get();
                checkSize(f.source(), f.maskW(), f.maskH(), w, h);
                for (int i = 0; i < l.length; i++) {
                    int v = m[i] & 0xFF;
                    if (v == 255) l[i] = LabelMap.BACKGROUND;
                    else if (v >= 1 && v <= 4) l[i] = (byte) v;
                }
            }
        }
        return LabelMap.wrap(w, h, l);
    }

    private static boolean[] regionMask(Region r, int width, int height) {
        if (r.polygons() != null) return Raster.fill(r.polygons(), width, height);
        checkSize(r.source(), r.w(), r.h(), width, height);
        boolean[] out = new boolean[width * height];
        for (int i = 0; i < out.length; i++) out[i] = r.mask()[i] != 0;
        return out;
    }

    private static void checkSize(String source, int mw, int mh, int w, int h) {
        if (mw != w || mh != h) {
            throw new SmpException(SmpException.Kind.BAD_SETTINGS, source + ": the mask is " + mw + " x " + mh
                    + " pixels but the photo is " + w + " x " + h + " (upright); draw it on the photo itself or on the overlay");
        }
    }

    private static Region region(Path f) {
        if (isJson(f)) {
            Object v = unwrap(readJson(f), "polygons", f);
            if (v instanceof Map<?, ?> m && m.containsKey("polygon")) v = List.of(m.get("polygon"));
            List<List<double[]>> polys = new ArrayList<>();
            if (v instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof List<?> first && !first.isEmpty() && first.get(0) instanceof Number) {
                polys.add(points(f, v, "the polygon"));
            } else if (v instanceof List<?> l) {
                for (Object p : l) polys.add(points(f, p, "a polygon"));
            } else {
                throw bad(f, "expected {\"polygons\": [[[x, y], ...], ...]} or a list of points");
            }
            for (List<double[]> p : polys) if (p.size() < 3) throw bad(f, "a polygon needs at least 3 points");
            return new Region(polys, null, 0, 0, f.toString());
        }
        RgbImage img = grayImage(f);
        byte[] px = RgbImage.internalPixels(img);
        byte[] m = new byte[img.width() * img.height()];
        for (int i = 0; i < m.length; i++) m[i] = (byte) Math.max(px[3 * i] & 0xFF, Math.max(px[3 * i + 1] & 0xFF, px[3 * i + 2] & 0xFF));
        return new Region(null, m, img.width(), img.height(), f.toString());
    }

    private static List<Fix> fixes(Path f) {
        List<Fix> out = new ArrayList<>();
        if (isJson(f)) {
            Object v = unwrap(readJson(f), "corrections", f);
            if (!(v instanceof List<?> l)) throw bad(f, "expected {\"corrections\": [{\"label\": \"scalp\", \"polygon\": [[x, y], ...]}, ...]}");
            for (Object o : l) {
                if (!(o instanceof Map<?, ?> m) || !m.containsKey("label") || !m.containsKey("polygon")) {
                    throw bad(f, "each correction needs a \"label\" and a \"polygon\"");
                }
                List<double[]> poly = points(f, m.get("polygon"), "a correction polygon");
                if (poly.size() < 3) throw bad(f, "a correction polygon needs at least 3 points");
                out.add(new Fix(label(f, m.get("label")), Optional.of(poly), Optional.empty(), 0, 0, f.toString()));
            }
            return out;
        }
        RgbImage img = grayImage(f);
        byte[] px = RgbImage.internalPixels(img);
        byte[] m = new byte[img.width() * img.height()];
        for (int i = 0; i < m.length; i++) m[i] = px[3 * i + 1];
        out.add(new Fix(-1, Optional.empty(), Optional.of(m), img.width(), img.height(), f.toString()));
        return out;
    }

    private static int label(Path f, Object v) {
        if (v instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= 4 && n.doubleValue() == Math.rint(n.doubleValue())) return n.intValue();
        if (v instanceof String s) {
            for (int l = 0; l < LabelMap.COUNT; l++) if (LabelMap.name(l).equalsIgnoreCase(s.trim())) return l;
        }
        throw bad(f, "label " + v + " is not one of 0..4 or background, skin, scalp, hair, thinning");
    }

    private static RgbImage grayImage(Path f) {
        try {
            return new ImageLoader(ImageLimits.defaults()).load(f).image();
        } catch (SmpException e) {
            throw new SmpException(SmpException.Kind.BAD_SETTINGS, e.getMessage());
        }
    }

    private static boolean isJson(Path f) {
        return f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static Object readJson(Path f) {
        try {
            return Json.read(Files.readString(f, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw bad(f, "cannot be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw bad(f, e.getMessage());
        }
    }

    private static Object unwrap(Object v, String key, Path f) {
        if (v instanceof Map<?, ?> m) {
            if (m.containsKey(key)) return m.get(key);
            if (!m.containsKey("polygon")) throw bad(f, "expected a \"" + key + "\" entry");
        }
        return v;
    }

    private static List<double[]> points(Path f, Object v, String what) {
        if (!(v instanceof List<?> l)) throw bad(f, what + " must be a list of [x, y] points");
        List<double[]> out = new ArrayList<>();
        for (Object p : l) {
            if (!(p instanceof List<?> xy) || xy.size() != 2 || !(xy.get(0) instanceof Number x) || !(xy.get(1) instanceof Number y)) {
                throw bad(f, what + ": every point must be [x, y] in pixels, found " + p);
            }
            out.add(new double[]{x.doubleValue(), y.doubleValue()});
        }
        return out;
    }

    private static SmpException bad(Path f, String what) {
        return new SmpException(SmpException.Kind.BAD_SETTINGS, f + ": " + what);
    }
}
