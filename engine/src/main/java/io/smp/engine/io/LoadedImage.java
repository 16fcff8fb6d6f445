package io.smp.engine.io;

import io.smp.engine.image.RgbImage;

import java.nio.file.Path;
import java.util.List;

/**
 * A decoded, upright photo and what the loader noticed about it.
 *
 * @param source      the file it came from
 * @param image       upright 8-bit RGB pixels (EXIF orientation applied, alpha flattened, 16 bit reduced)
 * @param format      the format the file's bytes announced
 * @param orientation the EXIF orientation that was applied (1 = none, 1..8)
 * @param warnings    things a user should know ("file is truncated", "transparency flattened onto white")
 */
public record LoadedImage(Path source, RgbImage image, ImageFormat format, int orientation, List<String> warnings) {
    public LoadedImage {
        warnings = List.copyOf(warnings);
    }
}
