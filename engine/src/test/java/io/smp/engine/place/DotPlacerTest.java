package io.smp.engine.place;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DotPlacerTest {
    static final int W = 600, H = 500;

    /** A disc with a hole: placement must respect any mask shape. */
    static boolean[] mask() {
        boolean[] m = new boolean[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                double r = Math.hypot(x - 300, y - 250);
                m[y * W + x] = r < 230 && r > 60;
            }
        }
        return m;
    }

    static long area(boolean[] m) {
        long n = 0;
        for (boolean b : m) if (b) n++;
        return n;
    }

    @Test
    void countMatchesDensityTimesAreaAndEveryDotIsInside() {
        boolean[] m = mask();
        double density = 0.01; // dots per px^2
        List<Dot> dots = DotPlacer.place(m, W, H, density, 2.0, 0.12, 7);
        double expected = density * area(m);
        assertTrue(Math.abs(dots.size() - expected) / expected < 0.05, dots.size() + " vs " + expected);
        for (Dot d : dots) assertTrue(m[(int) d.y() * W + (int) d.x()], "dot outside mask at " + d.x() + "," + d.y());
    }

    @Test
    void keepsAMinimumSpacingAndIsNotAGrid() {
        double density = 0.01;
        List<Dot> dots = DotPlacer.place(mask(), W, H, density, 2.0, 0.12, 3);
        double r = Math.sqrt(0.5 / density) * Math.pow(0.9, 5) ;
        double minSeen = Double.MAX_VALUE;
        for (int i = 0; i < dots.size(); i++) {
            for (int j = i + 1; j < dots.size(); j++) {
                double dx = dots.get(i).x() - dots.get(j).x(), dy = dots.get(i).y() - dots.get(j).y();
                if (Math.abs(dx) < 20 && Math.abs(dy) < 20) minSeen = Math.min(minSeen, Math.hypot(dx, dy));
            }
        }
        assertTrue(minSeen >= r, "closest pair " + minSeen + " < " + r);
        // not a grid: fractional positions are spread out
        long distinct = dots.stream().mapToLong(d -> Math.round((d.x() % 1) * 20)).distinct().count();
        assertTrue(distinct >= 18, "sub-pixel positions look quantised: " + distinct);
    }

    @Test
    void sameSeedSameDotsOtherSeedOtherDots() {
        List<Dot> a = DotPlacer.place(mask(), W, H, 0.005, 1.0, 0.12, 42);
        List<Dot> b = DotPlacer.place(mask(), W, H, 0.005, 1.0, 0.12, 42);
        List<Dot> c = DotPlacer.place(mask(), W, H, 0.005, 1.0, 0.12, 43);
        assertEquals(a, b);
        assertTrue(!a.equals(c));
    }

    @Test
    void sessionsAreCumulativeLayers() {
        List<Dot> dots = DotPlacer.place(mask(), W, H, 0.01, 1.0, 0.12, 5);
        long s1 = dots.stream().filter(d -> d.session() == 1).count();
        long s2 = dots.stream().filter(d -> d.session() <= 2).count();
        assertEquals(0.30, s1 / (double) dots.size(), 0.01);
        assertEquals(0.70, s2 / (double) dots.size(), 0.01);
    }
}
