package io.smp.engine.io;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.bmp.BmpHeaderDirectory;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.gif.GifHeaderDirectory;
import com.drew.metadata.jpeg.JpegDirectory;
import com.drew.metadata.png.PngDirectory;
import com.drew.metadata.webp.WebpDirectory;
import io.smp.engine.SmpException;
import io.smp.engine.cv.Mats;
import io.smp.engine.cv.Native;
import io.smp.engine.cv.OpenCv;
import io.smp.engine.image.RgbImage;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Scalar;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a photo from disk into an upright {@link RgbImage}.
 *
 * <p>Order of work, each step refusing with a {@link SmpException.Kind#BAD_INPUT} message that names the file:
 * the file exists and is not empty; its first bytes announce a supported format (the name does not matter);
 * the header's width and height are within {@link ImageLimits} (checked before decoding, so a 60000 x 60000
 * "bomb" costs nothing); the pixels decode; then EXIF orientation is applied once, here, before any coordinate
 * exists anywhere else; grayscale becomes RGB, 16-bit is scaled to 8-bit, transparency is flattened onto white,
 * CMYK JPEGs are converted to RGB.
 */
public final class ImageLoader {
    private final ImageLimits limits;

    public ImageLoader(ImageLimits limits) {
        this.limits = limits;
    }

    public ImageLoader() {
        this(ImageLimits.defaults());
    }

    public LoadedImage load(Path file) {
        byte[] bytes = readBytes(file);
        ImageFormat format = ImageFormat.sniff(bytes).orElseThrow(() -> unsupported(file, bytes));
        Header header = readHeader(file, bytes, format);
        checkSize(file, header.width, header.height);

        List<String> warnings = new ArrayList<>();
        if (format == ImageFormat.JPEG && !hasJpegEnd(bytes)) {
            warnings.add("the JPEG data ends early (the file is truncated): the missing part of the photo is grey");
        }
        OpenCv.load();
        try (Native<Mat> decoded = Native.of(decode(file, bytes, format))) {
            try (Native<Mat> bgr = Native.of(toBgr8(decoded.get(), warnings))) {
                try (Native<Mat> upright = Native.of(orient(bgr.get(), header.orientation))) {
                    RgbImage image = Mats.toRgbImage(upright.get());
                    checkSize(file, image.width(), image.height());
                    return new LoadedImage(file, image, format, header.orientation, warnings);
                }
            }
        }
    }

    private byte[] readBytes(Path file) {
        try {
            if (Files.isDirectory(file)) throw SmpException.badInput(file, "is a folder, not an image file");
            long size = Files.size(file);
            if (size == 0) throw SmpException.badInput(file, "is empty (0 bytes); copy the photo again");
            if (size > limits.maxFileBytes()) {
                throw SmpException.badInput(file, String.format(Locale.ROOT, "is %.0f MB, larger than the %d MB limit",
                        size / 1e6, limits.maxFileBytes() / 1_000_000));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw SmpException.badInput(file, "no such file");
        } catch (AccessDeniedException e) {
            throw SmpException.badInput(file, "cannot be read (permission denied)");
        } catch (IOException e) {
            throw SmpException.badInput(file, "cannot be read: " + e.getMessage());
        }
    }

    private static SmpException unsupported(Path file, byte[] bytes) {
        String supported = "supported formats are " + ImageFormat.supportedList();
        return ImageFormat.sniffUnsupported(bytes)
                .map(name -> SmpException.badInput(file, name + " is not a supported format; " + supported
                        + " (convert the photo, for example export it as JPEG)"))
                .orElseGet(() -> SmpException.badInput(file, "is not an image (its content is not any known image format; "
                        + supported + ")"));
    }

    private void checkSize(Path file, long w, long h) {
        if (w * h > limits.maxPixels()) {
            throw SmpException.badInput(file, String.format(Locale.ROOT,
                    "is %d x %d pixels (%.1f megapixels), over the limit of %.1f megapixels; shrink it or raise the limit (--max-pixels)",
                    w, h, w * h / 1e6, limits.maxPixels() / 1e6));
        }
        if (w < limits.minSide() || h < limits.minSide()) {
            throw SmpException.badInput(file, String.format(Locale.ROOT,
                    "is too small (%d x %d pixels); a photo must be at least %d x %d pixels to show a head",
                    w, h, limits.minSide(), limits.minSide()));
        }
    }

    /** Width, height (as stored, before orientation) and EXIF orientation, from the header alone. */
    record Header(long width, long height, int orientation) {
    }

    static Header readHeader(Path file, byte[] bytes, ImageFormat format) {
        Metadata md;
        try {
            md = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
        } catch (Exception e) {
            throw SmpException.badInput(file, "is damaged: its " + format + " header cannot be read");
        }
        long w = -1;
        long h = -1;
        switch (format) {
            case JPEG -> {
                JpegDirectory d = md.getFirstDirectoryOfType(JpegDirectory.class);
                if (d != null) { w = intOr(d, JpegDirectory.TAG_IMAGE_WIDTH); h = intOr(d, JpegDirectory.TAG_IMAGE_HEIGHT); }
            }
            case PNG -> {
                for (PngDirectory d : md.getDirectoriesOfType(PngDirectory.class)) {
                    if (d.containsTag(PngDirectory.TAG_IMAGE_WIDTH)) {
                        w = intOr(d, PngDirectory.TAG_IMAGE_WIDTH);
                        h = intOr(d, PngDirectory.TAG_IMAGE_HEIGHT);
                    }
                }
            }
            case WEBP -> {
                WebpDirectory d = md.getFirstDirectoryOfType(WebpDirectory.class);
                if (d != null) { w = intOr(d, WebpDirectory.TAG_IMAGE_WIDTH); h = intOr(d, WebpDirectory.TAG_IMAGE_HEIGHT); }
            }
            case GIF -> {
                GifHeaderDirectory d = md.getFirstDirectoryOfType(GifHeaderDirectory.class);
                if (d != null) { w = intOr(d, GifHeaderDirectory.TAG_IMAGE_WIDTH); h = intOr(d, GifHeaderDirectory.TAG_IMAGE_HEIGHT); }
            }
            case BMP -> {
                BmpHeaderDirectory d = md.getFirstDirectoryOfType(BmpHeaderDirectory.class);
                if (d != null) { w = intOr(d, BmpHeaderDirectory.TAG_IMAGE_WIDTH); h = Math.abs(intOr(d, BmpHeaderDirectory.TAG_IMAGE_HEIGHT)); }
            }
            case TIFF -> {
                ExifIFD0Directory d = md.getFirstDirectoryOfType(ExifIFD0Directory.class);
                if (d != null) { w = intOr(d, ExifDirectoryBase.TAG_IMAGE_WIDTH); h = intOr(d, ExifDirectoryBase.TAG_IMAGE_HEIGHT); }
            }
        }
        if (w <= 0 || h <= 0) throw SmpException.badInput(file, "is damaged: its " + format + " header gives no image size");
        int orientation = 1;
        ExifIFD0Directory exif = md.getFirstDirectoryOfType(ExifIFD0Directory.class);
        if (exif != null && exif.containsTag(ExifDirectoryBase.TAG_ORIENTATION)) {
            int o = (int) intOr(exif, ExifDirectoryBase.TAG_ORIENTATION);
            if (o >= 1 && o <= 8) orientation = o;
        }
        return new Header(w, h, orientation);
    }

    private static long intOr(Directory d, int tag) {
        Long v = d.getLongObject(tag);
        return v == null ? -1 : v;
    }

    private static boolean hasJpegEnd(byte[] b) {
        // the End Of Image marker, allowing for padding some cameras add after it
        for (int i = b.length - 2; i >= Math.max(0, b.length - 4096); i--) {
            if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xD9) return true;
        }
        return false;
    }

    private static Mat decode(Path file, byte[] bytes, ImageFormat format) {
        // JPEG: decode to colour (handles grayscale and CMYK, JPEG is always 8-bit); other formats unchanged so we
        // can handle alpha and 16 bits ourselves. Orientation is never applied by OpenCV: we do it, once.
        int flags = format == ImageFormat.JPEG
                ? Imgcodecs.IMREAD_COLOR | Imgcodecs.IMREAD_IGNORE_ORIENTATION
                : Imgcodecs.IMREAD_UNCHANGED;
        Mat m;
        try (Native<MatOfByte> buf = Native.of(new MatOfByte(bytes))) {
            m = Imgcodecs.imdecode(buf.get(), flags);
        }
        if (m == null || m.empty()) {
            if (m != null) m.release();
            throw SmpException.badInput(file, "is damaged or truncated: the " + format + " pixel data cannot be decoded");
        }
        return m;
    }

    /** Any decoded Mat (1..4 channels, 8/16/32-bit) to 8-bit BGR; alpha flattened onto white. */
    static Mat toBgr8(Mat in, List<String> warnings) {
        Mat m8 = new Mat();
        int depth = in.depth();
        if (depth == CvType.CV_8U) {
            in.copyTo(m8);
        } else if (depth == CvType.CV_16U) {
            in.convertTo(m8, CvType.CV_8U, 1.0 / 257.0);
        } else if (depth == CvType.CV_32F || depth == CvType.CV_64F) {
            in.convertTo(m8, CvType.CV_8U, 255.0);
        } else {
            in.convertTo(m8, CvType.CV_8U);
        }
        int ch = m8.channels();
        Mat out = new Mat();
        switch (ch) {
            case 1 -> Imgproc.cvtColor(m8, out, Imgproc.COLOR_GRAY2BGR);
            case 3 -> m8.copyTo(out);
            case 2 -> {
                // gray + alpha
                List<Mat> planes = new ArrayList<>();
                Core.split(m8, planes);
                try (Native<Mat> gray = Native.of(new Mat())) {
                    Imgproc.cvtColor(planes.get(0), gray.get(), Imgproc.COLOR_GRAY2BGR);
                    flattenOnWhite(gray.get(), planes.get(1), out, warnings);
                }
                planes.forEach(Mat::release);
            }
            case 4 -> {
                List<Mat> planes = new ArrayList<>();
                Core.split(m8, planes);
                try (Native<Mat> bgr = Native.of(new Mat())) {
                    Core.merge(planes.subList(0, 3), bgr.get());
                    flattenOnWhite(bgr.get(), planes.get(3), out, warnings);
                }
                planes.forEach(Mat::release);
            }
            default -> {
                m8.release();
                throw new SmpException(SmpException.Kind.BAD_INPUT, "images with " + ch + " channels are not supported");
            }
        }
        m8.release();
        return out;
    }

    private static void flattenOnWhite(Mat bgr, Mat alpha, Mat out, List<String> warnings) {
        double minAlpha = Core.minMaxLoc(alpha).minVal;
        if (minAlpha >= 255) {
            bgr.copyTo(out);
            return;
        }
        warnings.add("the photo has transparent areas; they are shown on white");
        try (Native<Mat> a = Native.of(new Mat()); Native<Mat> a3 = Native.of(new Mat());
             Native<Mat> f = Native.of(new Mat()); Native<Mat> white = Native.of(new Mat())) {
            alpha.convertTo(a.get(), CvType.CV_32F, 1.0 / 255.0);
            Imgproc.cvtColor(a.get(), a3.get(), Imgproc.COLOR_GRAY2BGR);
            bgr.convertTo(f.get(), CvType.CV_32FC3);
            Core.multiply(f.get(), a3.get(), f.get());
            // white * (1 - alpha) = 255 - 255 * alpha
            Core.multiply(a3.get(), new Scalar(-255, -255, -255), white.get());
            Core.add(white.get(), new Scalar(255, 255, 255), white.get());
            Core.add(f.get(), white.get(), f.get());
            f.get().convertTo(out, CvType.CV_8UC3);
        }
    }

    /** Applies EXIF orientation 1..8 (TIFF/EXIF convention: how to transform the stored image to view it upright). */
    static Mat orient(Mat in, int orientation) {
        Mat out = new Mat();
        switch (orientation) {
            case 2 -> Core.flip(in, out, 1);
            case 3 -> Core.rotate(in, out, Core.ROTATE_180);
            case 4 -> Core.flip(in, out, 0);
            case 5 -> { Core.transpose(in, out); }
            case 6 -> Core.rotate(in, out, Core.ROTATE_90_CLOCKWISE);
            case 7 -> { Core.transpose(in, out); Core.flip(out, out, -1); }
            case 8 -> Core.rotate(in, out, Core.ROTATE_90_COUNTERCLOCKWISE);
            default -> in.copyTo(out);
        }
        return out;
    }
}
