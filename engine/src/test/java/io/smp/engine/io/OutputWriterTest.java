package io.smp.engine.io;

import io.smp.engine.SmpException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesCompleteFilesAndLeavesNoTemporaryFiles() throws Exception {
        OutputWriter w = new OutputWriter(List.of());
        Path target = dir.resolve("a.after.jpg");
        byte[] data = new byte[1 << 20];
        new java.util.Random(1).nextBytes(data);
        w.write(target, data);
        assertArrayEquals(data, Files.readAllBytes(target));
        try (var s = Files.list(dir)) {
            assertEquals(List.of(target), s.toList());
        }
    }

    @Test
    void neverOverwritesAnInput() throws Exception {
        Path input = Files.writeString(dir.resolve("client.jpg"), "original");
        OutputWriter w = new OutputWriter(List.of(input));
        SmpException e = assertThrows(SmpException.class, () -> w.write(dir.resolve("./client.jpg"), new byte[]{1}));
        assertEquals(SmpException.Kind.OUTPUT, e.kind());
        assertEquals("original", Files.readString(input));
    }

    @Test
    void prepareFolderCreatesItAndRemovesStalePartFiles() throws Exception {
        Path out = dir.resolve("new/deeper");
        OutputWriter.prepareFolder(out);
        assertTrue(Files.isDirectory(out));
        Path stale = Files.writeString(out.resolve(".smp-123.part"), "half");
        OutputWriter.prepareFolder(out);
        assertFalse(Files.exists(stale));
    }

    @Test
    void aFileWhereTheFolderShouldBeIsAnOutputError() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertEquals(SmpException.Kind.OUTPUT, assertThrows(SmpException.class, () -> OutputWriter.prepareFolder(file)).kind());
    }
}
