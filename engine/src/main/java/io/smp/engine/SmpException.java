package io.smp.engine;

/**
 * Every failure the engine reports on purpose. The {@link Kind} tells a caller what went wrong in terms a
 * program can act on (the CLI maps it to an exit code); the message is one sentence a person understands,
 * naming the file and what to do.
 */
public class SmpException extends RuntimeException {

    /** What kind of failure this is; stable, callers switch on it. */
    public enum Kind {
        /** The input cannot be read: missing, not an image, unsupported format, too large, too small, corrupt. */
        BAD_INPUT,
        /** The image was read but no head or scalp was found in it. */
        NO_SCALP,
        /** A setting is invalid (also used for user corrections that do not fit the photo). */
        BAD_SETTINGS,
        /** An output cannot be written (folder missing or read-only, would overwrite an input). */
        OUTPUT,
        /** A bug or an environment failure (native library missing); not the user's fault. */
        INTERNAL
    }

    private final Kind kind;

    public SmpException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public SmpException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static SmpException badInput(java.nio.file.Path file, String what) {
        return new SmpException(Kind.BAD_INPUT, file + ": " + what);
    }
}
