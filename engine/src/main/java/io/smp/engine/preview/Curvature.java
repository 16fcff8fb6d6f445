package io.smp.engine.preview;

import io.smp.engine.cv.Distance;
import io.smp.engine.image.LabelMap;
import io.smp.engine.place.Dot;

/**
 * Foreshortening: where the scalp curves away from the camera, toward the head's outline, a dot is seen at a
 * slant and looks smaller. The head is taken as a dome: at depth {@code d} inside the outline of a head of inner
 * radius {@code R}, the surface turns away by an angle whose cosine is {@code sqrt(1 - (1 - d/R)^2)}. A slanted
 * round dot is an ellipse whose area shrinks by that cosine, so its equal-area diameter shrinks by the cosine's
 * square root, down to {@value #MIN_FACTOR} at the outline.
 */
final class Curvature {
    static final double MIN_FACTOR = 0.8;

    private final float[] depth;
    private final int width, height;
    private final double radius;

    private Curvature(float[] depth, int width, int height, double radius) {
        this.depth = depth;
        this.width = width;
        this.height = height;
        this.radius = radius;
    }

    static Curvature of(LabelMap labels) {
        int w = labels.width(), h = labels.height();
        byte[] l = LabelMap.internalLabels(labels);
        boolean[] outside = new boolean[l.length];
        for (int i = 0; i < l.length; i++) outside[i] = l[i] == LabelMap.BACKGROUND;
        float[] d = Distance.toNearest(outside, w, h);
        double r = 0;
        for (float v : d) if (Float.isFinite(v)) r = Math.max(r, v);
        return new Curvature(d, w, h, r);
    }

    /** The factor on a dot's diameter at a point: 1 facing the camera, down to MIN_FACTOR near the outline. */
    double factor(double x, double y) {
        if (radius <= 0) return 1;
        int px = Math.min(width - 1, Math.max(0, (int) x)), py = Math.min(height - 1, Math.max(0, (int) y));
        float d = depth[py * width + px];
        if (!Float.isFinite(d)) return 1;
        double t = 1 - Math.min(1, d / radius);
        double cos = Math.sqrt(Math.max(0, 1 - t * t));
        return Math.max(MIN_FACTOR, Math.sqrt(cos));
    }

    Dot apply(Dot d) {
        double f = factor(d.x(), d.y());
        return f >= 0.999 ? d : new Dot(d.x(), d.y(), d.diameterPx() * f, d.darkness(), d.session());
    }
}
