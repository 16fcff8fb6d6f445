package io.smp.engine.place;

/**
 * One pigment dot in upright pixel coordinates of the photo.
 *
 * @param x          centre, pixels from the left edge (sub-pixel)
 * @param y          centre, pixels from the top edge (sub-pixel)
 * @param diameterPx diameter in pixels (may be below 1: sub-pixel dots deposit their area, not a whole pixel)
 * @param darkness   relative pigment load, about 0.8 to 1.2 (neighbouring dots differ a little)
 * @param session    treatment session that deposits this dot, 1..3
 */
public record Dot(double x, double y, double diameterPx, double darkness, int session) {
}
