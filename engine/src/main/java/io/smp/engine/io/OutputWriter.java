package io.smp.engine.io;

import io.smp.engine.SmpException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes output files atomically: the bytes go to a hidden temporary file in the target folder, are flushed to
 * disk, and the temporary file is renamed over the target. A reader never sees a half-written output, and an
 * interrupted run leaves at most a {@code .smp-*.part} file that the next write to that folder removes.
 * Refuses to write over any of the protected input files.
 */
public final class OutputWriter {
    private static final String PART_PREFIX = ".smp-";
    private static final String PART_SUFFIX = ".part";

    /** Temporary files being written right now, removed by a shutdown hook if the JVM is interrupted (Ctrl-C). */
    private static final Set<Path> IN_FLIGHT = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Path p : IN_FLIGHT) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // shutting down; prepareFolder removes leftovers next time
                }
            }
        }, "smp-remove-partial-outputs"));
    }

    private final Set<Path> protectedInputs = new HashSet<>();

    public OutputWriter(Collection<Path> inputs) {
        for (Path p : inputs) protectedInputs.add(canonical(p));
    }

    /** Creates the folder if needed and checks that it can be written; call once before a batch. */
    public static void prepareFolder(Path dir) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new SmpException(SmpException.Kind.OUTPUT, dir + ": output folder is a file; choose a folder with -o");
            }
            Files.createDirectories(dir);
            if (!Files.isWritable(dir)) {
                throw new SmpException(SmpException.Kind.OUTPUT, dir + ": output folder cannot be written (permission denied); choose another with -o");
            }
            removeStaleParts(dir);
        } catch (AccessDeniedException e) {
            throw new SmpException(SmpException.Kind.OUTPUT, dir + ": output folder cannot be created (permission denied); choose another with -o");
        } catch (FileSystemException e) {
            throw new SmpException(SmpException.Kind.OUTPUT, dir + ": output folder cannot be created (" + e.getReason() + "); choose another with -o");
        } catch (IOException e) {
            throw new SmpException(SmpException.Kind.OUTPUT, dir + ": output folder cannot be created: " + e.getMessage());
        }
    }

    private static void removeStaleParts(Path dir) throws IOException {
        try (var s = Files.newDirectoryStream(dir, PART_PREFIX + "*" + PART_SUFFIX)) {
            for (Path p : s) Files.deleteIfExists(p);
        }
    }

    /** True when writing {@code target} would replace one of the inputs. */
    public boolean isProtected(Path target) {
        return protectedInputs.contains(canonical(target));
    }

    public void write(Path target, byte[] data) {
        if (isProtected(target)) {
            throw new SmpException(SmpException.Kind.OUTPUT, target + ": refusing to overwrite an input file; choose another output folder with -o");
        }
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, PART_PREFIX, PART_SUFFIX);
            IN_FLIGHT.add(tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                var buf = java.nio.ByteBuffer.wrap(data);
                while (buf.hasRemaining()) ch.write(buf);
                ch.force(true);
            }
            // temporary files are created owner-only; outputs get the usual rw-r--r--
            if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            IN_FLIGHT.remove(tmp);
            tmp = null;
        } catch (AccessDeniedException e) {
            throw new SmpException(SmpException.Kind.OUTPUT, target + ": cannot be written (permission denied); choose another output folder with -o");
        } catch (IOException e) {
            throw new SmpException(SmpException.Kind.OUTPUT, target + ": cannot be written: " + e.getMessage());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort; the next prepareFolder removes it
                }
                IN_FLIGHT.remove(tmp);
            }
        }
    }

    private static Path canonical(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
