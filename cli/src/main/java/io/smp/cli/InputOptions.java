package io.smp.cli;

import io.smp.engine.SmpException;
import io.smp.engine.io.ImageLimits;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Input photos (files or folders) and the pixel limit, shared by the commands that read photos. */
public class InputOptions {
    private static final Set<String> IMAGE_EXTENSIONS = Set.of("jpg", "jpeg", "png", "webp", "tif", "tiff", "bmp", "gif");

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Photos (JPEG, PNG, WebP, TIFF, BMP, GIF) or folders of photos (their image files, not sub-folders).")
    List<Path> inputs = new ArrayList<>();

    @picocli.CommandLine.Mixin LimitOptions limitOptions;

    ImageLimits limits() {
        return limitOptions.limits();
    }

    /** Files to process: the files given, and the image files inside the folders given, sorted by name. */
    List<Path> expand() {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) files.addAll(imagesIn(p));
            else files.add(p);
        }
        return files;
    }

    /** The image files directly inside a folder, sorted by name; an error when there are none. */
    static List<Path> imagesIn(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> found = s.filter(Files::isRegularFile).filter(InputOptions::looksLikeImage).sorted().toList();
            if (found.isEmpty()) throw SmpException.badInput(folder, "folder holds no image files (" + String.join(", ", IMAGE_EXTENSIONS) + ")");
            return found;
        } catch (IOException e) {
            throw SmpException.badInput(folder, "folder cannot be read: " + e.getMessage());
        }
    }

    private static boolean looksLikeImage(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return !n.startsWith(".") && dot > 0 && IMAGE_EXTENSIONS.contains(n.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
