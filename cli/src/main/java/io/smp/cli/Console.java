package io.smp.cli;

import java.io.PrintWriter;

/**
 * What a person sees: results on stdout, progress and warnings on stderr. Honours -q/-v and NO_COLOR
 * (no colour is ever used when NO_COLOR is set or stderr is not a terminal).
 */
final class Console {
    final PrintWriter out;
    final PrintWriter err;
    private final boolean quiet;
    private final boolean verbose;
    private final boolean stacktrace;
    private final boolean colour;

    Console(PrintWriter out, PrintWriter err, LoggingOptions opts) {
        this.out = out;
        this.err = err;
        this.quiet = opts.quiet;
        this.verbose = opts.verbose && !opts.quiet;
        this.stacktrace = opts.stacktrace;
        String noColor = System.getenv("NO_COLOR");
        this.colour = (noColor == null || noColor.isEmpty()) && System.console() != null;
    }

    /** The console of a running subcommand: picocli's out and err writers. */
    static Console of(picocli.CommandLine.Model.CommandSpec spec, LoggingOptions opts) {
        return new Console(spec.commandLine().getOut(), spec.commandLine().getErr(), opts);
    }

    /** A result line (an output path); suppressed by -q. */
    void result(String line) {
        if (!quiet) out.println(line);
    }

    void info(String line) {
        if (verbose) err.println("smp: " + line);
    }

    void progress(String line) {
        if (!quiet) err.println("smp: " + line);
    }

    void warn(String line) {
        if (!quiet) err.println(paint("smp: warning: ", "33") + line);
    }

    /** One line per error, always shown; the stack trace only with --stacktrace. */
    void error(String line, Throwable t) {
        err.println(paint("smp: error: ", "31") + line);
        if (stacktrace && t != null) t.printStackTrace(err);
    }

    private String paint(String s, String code) {
        return colour ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
