package io.smp.engine.io;

import io.smp.engine.image.RgbImage;

import java.io.ByteArrayOutputStream;

/** Small images and hand-made files for I/O tests. */
public final class Fixtures {
    private Fixtures() {
    }

    /** w x h grey image with a red block at the top-left corner and a green block at the top-right corner. */
    public static RgbImage markers(int w, int h) {
        byte[] px = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = (y * w + x) * 3;
                int r = 128, g = 128, b = 128;
                if (x < w / 5 && y < h / 5) { r = 230; g = 20; b = 20; }
                if (x >= w - w / 5 && y < h / 5) { r = 20; g = 230; b = 20; }
                px[i] = (byte) r;
                px[i + 1] = (byte) g;
                px[i + 2] = (byte) b;
            }
        }
        return RgbImage.wrap(w, h, px);
    }

    /** Inserts an EXIF APP1 segment carrying only the given orientation (and optionally an Artist) after SOI. */
    public static byte[] withExif(byte[] jpeg, int orientation, String artist) {
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        byte[] art = artist == null ? new byte[0] : (artist + "\0").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int entries = artist == null ? 1 : 2;
        int ifdSize = 2 + entries * 12 + 4;
        write(tiff, 'M', 'M', 0, 42, 0, 0, 0, 8);
        write(tiff, 0, entries);
        // 0x0112 Orientation, SHORT, 1, value
        write(tiff, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0);
        if (artist != null) {
            int off = 8 + ifdSize;
            // 0x013B Artist, ASCII, count, offset
            write(tiff, 0x01, 0x3B, 0, 2, 0, 0, (art.length >> 8) & 0xFF, art.length & 0xFF, 0, 0, (off >> 8) & 0xFF, off & 0xFF);
        }
        write(tiff, 0, 0, 0, 0);
        tiff.writeBytes(art);
        byte[] t = tiff.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        int len = 2 + 6 + t.length;
        write(out, 0xFF, 0xE1, (len >> 8) & 0xFF, len & 0xFF, 'E', 'x', 'i', 'f', 0, 0);
        out.writeBytes(t);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A PNG whose header claims w x h pixels, with a tiny (invalid) body. */
    public static byte[] pngHeaderOnly(int w, int h) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
        byte[] ihdr = {'I', 'H', 'D', 'R', (byte) (w >>> 24), (byte) (w >>> 16), (byte) (w >>> 8), (byte) w,
                (byte) (h >>> 24), (byte) (h >>> 16), (byte) (h >>> 8), (byte) h, 8, 2, 0, 0, 0};
        write(out, 0, 0, 0, 13);
        out.writeBytes(ihdr);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(ihdr);
        long c = crc.getValue();
        write(out, (int) (c >>> 24) & 0xFF, (int) (c >>> 16) & 0xFF, (int) (c >>> 8) & 0xFF, (int) c & 0xFF);
        byte[] iend = {'I', 'E', 'N', 'D'};
        write(out, 0, 0, 0, 0);
        out.writeBytes(iend);
        crc.reset();
        crc.update(iend);
        c = crc.getValue();
        write(out, (int) (c >>> 24) & 0xFF, (int) (c >>> 16) & 0xFF, (int) (c >>> 8) & 0xFF, (int) c & 0xFF);
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream o, int... bytes) {
        for (int b : bytes) o.write(b);
    }
}
