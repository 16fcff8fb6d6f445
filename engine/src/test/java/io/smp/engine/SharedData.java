package io.smp.engine;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds ../shared (real photos, bad inputs, scoring tools). Tests that need it call {@link #require(String)},
 * which skips the test, never fails it, when the folder is absent.
 */
public final class SharedData {
    private SharedData() {
    }

    public static Path root() {
        String p = System.getProperty("smp.shared");
        if (p != null) return Path.of(p).toAbsolutePath().normalize();
        return Path.of("..", "shared").toAbsolutePath().normalize();
    }

    /** The sub-folder of ../shared, or the test is skipped. */
    public static Path require(String sub) {
        Path dir = root().resolve(sub);
        Assumptions.assumeTrue(Files.isDirectory(dir), "../shared/" + sub + " is absent; skipping");
        return dir;
    }
}
