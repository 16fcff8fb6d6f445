package io.smp.engine.io;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import io.smp.engine.SharedData;
import io.smp.engine.image.RgbImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Client photos are personal data: nothing of the input's metadata may reach an output. */
class MetadataTest {
    @TempDir
    Path dir;

    @Test
    void outputsCarryNoExifWhateverTheInputHad() throws Exception {
        RgbImage img = Fixtures.markers(200, 200);
        byte[] tagged = Fixtures.withExif(ImageEncoder.encode(img, OutputFormat.JPG, 90), 1, "Client Name");
        Path in = dir.resolve("tagged.jpg");
        Files.write(in, tagged);
        assertTrue(new String(tagged, StandardCharsets.ISO_8859_1).contains("Client Name"), "fixture must carry the tag");
        RgbImage loaded = new ImageLoader().load(in).image();
        for (OutputFormat f : OutputFormat.values()) assertClean(ImageEncoder.encode(loaded, f, 90), f.toString());
    }

    @Test
    void theSharedGpsPhotoLeavesNoTrace() throws Exception {
        Path in = SharedData.require("bad-inputs").resolve("with-gps-exif.jpg");
        RgbImage loaded = new ImageLoader().load(in).image();
        for (OutputFormat f : OutputFormat.values()) assertClean(ImageEncoder.encode(loaded, f, 90), f.toString());
    }

    static void assertClean(byte[] out, String what) throws Exception {
        String s = new String(out, StandardCharsets.ISO_8859_1);
        assertFalse(s.contains("Exif\0"), what + ": has an EXIF block");
        assertFalse(s.contains("Client Name"), what + ": carries the artist");
        Metadata md = ImageMetadataReader.readMetadata(new ByteArrayInputStream(out));
        for (Directory d : md.getDirectories()) {
            String n = d.getName().toLowerCase(java.util.Locale.ROOT);
            assertFalse(n.contains("gps") || n.contains("exif") || n.contains("xmp") || n.contains("iptc"), what + ": has " + d.getName());
        }
    }
}
