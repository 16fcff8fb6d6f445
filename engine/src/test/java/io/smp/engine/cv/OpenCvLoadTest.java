package io.smp.engine.cv;

import org.junit.jupiter.api.Test;
import org.opencv.core.Core;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenCvLoadTest {
    @Test
    void loadsTheOfficialJavaApi() {
        OpenCv.load();
        assertTrue(Core.getVersionString().startsWith("4.13"), Core.getVersionString());
        assertTrue(OpenCv.loadNanos() >= 0);
    }

    /** highgui needs GTK2, which servers lack: loading must never map it (regression guard for the loader). */
    @Test
    void neverMapsHighguiOrGtk() throws Exception {
        OpenCv.load();
        Path maps = Path.of("/proc/self/maps");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(maps), "no /proc on this OS");
        String text = Files.readString(maps);
        assertFalse(text.contains("libopencv_highgui"), "highgui was loaded");
        assertFalse(text.contains("libgtk"), "GTK was loaded");
    }
}
