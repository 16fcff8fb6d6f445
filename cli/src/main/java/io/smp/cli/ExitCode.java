package io.smp.cli;

import io.smp.engine.SmpException;

/** The exit codes of every smp command; shown in --help. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int SOME_FAILED = 1;
    public static final int USAGE = 2;
    public static final int BAD_INPUT = 3;
    public static final int NO_SCALP = 4;
    public static final int INTERNAL = 5;

    /** Code and meaning, as shown in --help. */
    static final java.util.Map<String, String> HELP = new java.util.LinkedHashMap<>();

    static {
        HELP.put("0", "all inputs done");
        HELP.put("1", "some inputs of a batch failed (the others were written)");
        HELP.put("2", "usage error: bad option or value, or an output that cannot be written");
        HELP.put("3", "unreadable or unsupported input (missing, not an image, too large or too small)");
        HELP.put("4", "no head or scalp found in the photo");
        HELP.put("5", "internal error (please report it, with --stacktrace)");
    }

    private ExitCode() {
    }

    static int of(SmpException.Kind kind) {
        return switch (kind) {
            case BAD_INPUT -> BAD_INPUT;
            case NO_SCALP -> NO_SCALP;
            case BAD_SETTINGS, OUTPUT -> USAGE;
            case INTERNAL -> INTERNAL;
        };
    }
}
