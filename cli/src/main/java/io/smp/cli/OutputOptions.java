package io.smp.cli;

import io.smp.engine.io.OutputFormat;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where and how images are written. */
public class OutputOptions {
    @Option(names = {"-o", "--out-dir"}, paramLabel = "DIR", defaultValue = "smp-out",
            description = "Folder for the outputs, created if needed; files are named <input stem>.<kind>.<ext> (default: ${DEFAULT-VALUE}).")
    Path outDir;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "jpg", converter = FormatConverter.class,
            description = "Image format of the pictures: jpg, png or webp (default: ${DEFAULT-VALUE}). Label maps are always PNG.")
    OutputFormat format;

    @Option(names = "--quality", paramLabel = "Q", defaultValue = "92",
            description = "JPEG/WebP quality, 1 to 100 (default: ${DEFAULT-VALUE}).")
    int quality;

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
