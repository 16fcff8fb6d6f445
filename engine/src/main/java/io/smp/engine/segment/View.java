package io.smp.engine.segment;

import java.util.Locale;

/** Where the camera looked from. */
public enum View {
    FRONT, TOP, LEFT, RIGHT, BACK;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
