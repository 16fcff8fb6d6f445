package io.smp.engine.segment;

/** An axis-aligned box in upright pixel coordinates of the full-size photo. */
public record Box(int x, int y, int width, int height) {
    public Box scaled(double f) {
        return new Box((int) Math.round(x * f), (int) Math.round(y * f), (int) Math.round(width * f), (int) Math.round(height * f));
    }
}
