package io.smp.bench;

import io.smp.engine.image.RgbImage;
import io.smp.engine.place.Dot;
import io.smp.engine.place.DotPlacer;
import io.smp.engine.render.DotRenderer;
import io.smp.engine.render.Shade;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

import java.util.List;

/**
 * Placing and rendering 100,000 dots on a 12 MP photo (target: under 300 ms on 2 cores), the way the engine
 * renders a preview: dots, their halo, and the pigment veil over the density field, clipped to the mask.
 */
public class RenderBench extends MedianBench {
    static final int DOTS = 100_000;
    RgbImage image;
    boolean[] mask;
    double density;
    List<Dot> dots;
    float[] field;
    /** The density field's weights, as the engine passes them (1 inside the head, 0 outside). */
    float[] weight;

    @Setup
    public void setup() {
        image = Photos.twelveMegapixelTop().photo();
        int w = image.width(), h = image.height();
        mask = new boolean[w * h];
        long area = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double nx = (x - w / 2.0) / (w * 0.3), ny = (y - h / 2.0) / (h * 0.38);
                mask[y * w + x] = nx * nx + ny * ny < 1;
            }
        }
        for (boolean b : mask) if (b) area++;
        density = DOTS / (double) area;
        weight = new float[w * h];
        for (int i = 0; i < weight.length; i++) weight[i] = mask[i] ? 1f : 0f;
        dots = DotPlacer.place(weight, w, h, density, 2.4, 0.12, 1);
        field = new float[w * h];
        for (int i = 0; i < field.length; i++) field[i] = weight[i] * (float) density;
    }

    private RgbImage render(List<Dot> d) {
        return DotRenderer.render(image, d, Shade.MEDIUM, 0.85, mask, field, 1 / Math.sqrt(density), null);
    }

    @Benchmark
    public List<Dot> place100kDots() {
        return DotPlacer.place(weight, image.width(), image.height(), density, 2.4, 0.12, 1);
    }

    @Benchmark
    public RgbImage render100kDots() {
        return render(dots);
    }

    @Benchmark
    public RgbImage placeAndRender100kDots() {
        return render(DotPlacer.place(weight, image.width(), image.height(), density, 2.4, 0.12, 1));
    }
}
