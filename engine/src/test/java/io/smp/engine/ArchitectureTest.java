package io.smp.engine;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The walls the design relies on, checked on the source. */
class ArchitectureTest {
    static final Path MAIN = Path.of("src/main/java/io/smp/engine");
    /** Packages allowed to touch OpenCV's native memory. */
    static final Set<String> NATIVE_PACKAGES = Set.of("cv", "io", "segment", "output", "render");

    static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void openCvStaysInsideItsPackages() throws IOException {
        List<String> leaks = sources().stream()
                .filter(p -> !NATIVE_PACKAGES.contains(MAIN.relativize(p).getName(0).toString()))
                .filter(p -> read(p).contains("import org.opencv"))
                .map(Path::toString).toList();
        assertEquals(List.of(), leaks, "org.opencv imported outside " + NATIVE_PACKAGES);
    }

    @Test
    void theEngineNeverPrintsNorExits() throws IOException {
        List<String> offenders = sources().stream()
                .filter(p -> {
                    String s = read(p);
                    return s.contains("System.out") || s.contains("System.err") || s.contains("System.exit") || s.contains("printStackTrace()");
                })
                .map(Path::toString).toList();
        assertEquals(List.of(), offenders);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
