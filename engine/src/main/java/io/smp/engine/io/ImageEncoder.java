package io.smp.engine.io;

import io.smp.engine.SmpException;
import io.smp.engine.cv.Mats;
import io.smp.engine.cv.Native;
import io.smp.engine.image.LabelMap;
import io.smp.engine.image.RgbImage;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.MatOfInt;
import org.opencv.imgcodecs.Imgcodecs;

/**
 * Encodes images to bytes. What it writes carries no metadata at all: OpenCV's encoders write only the pixels
 * and the format's own header (JFIF for JPEG), so nothing of the input's EXIF, GPS or XMP can reach an output.
 */
public final class ImageEncoder {
    private ImageEncoder() {
    }

    /** @param jpegQuality 1..100, used for JPEG and WebP (100 = lossless WebP) */
    public static byte[] encode(RgbImage image, OutputFormat format, int jpegQuality) {
        try (Native<Mat> bgr = Native.of(Mats.bgr(image))) {
            return encodeMat(bgr.get(), format, jpegQuality);
        }
    }

    /** An 8-bit single-channel PNG of the label values 0..4. */
    public static byte[] encodeLabels(LabelMap labels) {
        try (Native<Mat> m = Native.of(Mats.labels(labels))) {
            return encodeMat(m.get(), OutputFormat.PNG, 100);
        }
    }

    /** An 8-bit single-channel PNG from row-major bytes. */
    public static byte[] encodeGray(int width, int height, byte[] data) {
        try (Native<Mat> m = Native.of(Mats.gray(width, height, data))) {
            return encodeMat(m.get(), OutputFormat.PNG, 100);
        }
    }

    private static byte[] encodeMat(Mat mat, OutputFormat format, int quality) {
        if (quality < 1 || quality > 100) throw new IllegalArgumentException("quality must be 1..100: " + quality);
        MatOfInt params = switch (format) {
            case JPG -> new MatOfInt(Imgcodecs.IMWRITE_JPEG_QUALITY, quality, Imgcodecs.IMWRITE_JPEG_OPTIMIZE, 1);
            case PNG -> new MatOfInt(Imgcodecs.IMWRITE_PNG_COMPRESSION, 3);
            case WEBP -> new MatOfInt(Imgcodecs.IMWRITE_WEBP_QUALITY, quality);
        };
        try (Native<MatOfInt> p = Native.of(params); Native<MatOfByte> buf = Native.of(new MatOfByte())) {
            if (!Imgcodecs.imencode("." + format.extension(), mat, buf.get(), p.get())) {
                throw new SmpException(SmpException.Kind.INTERNAL, "OpenCV could not encode " + format);
            }
            return buf.get().toArray();
        }
    }
}
