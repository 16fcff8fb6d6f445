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
    private final boolean terminal;
    /** The progress bar currently drawn on the terminal's last line, redrawn after other messages. */
    private String status = "";

    Console(PrintWriter out, PrintWriter err, LoggingOptions opts) {
        this.out = out;
        this.err = err;
        this.quiet = opts.quiet;
        this.verbose = opts.verbose && !opts.quiet;
        this.stacktrace = opts.stacktrace;
        String noColor = System.getenv("NO_COLOR");
        this.terminal = System.console() != null;
        this.colour = (noColor == null || noColor.isEmpty()) && terminal;
    }

    /** The console of a running subcommand: picocli's out and err writers. */
    static Console of(picocli.CommandLine.Model.CommandSpec spec, LoggingOptions opts) {
        return new Console(spec.commandLine().getOut(), spec.commandLine().getErr(), opts);
    }

    /** A result line (an output path); suppressed by -q. */
    synchronized void result(String line) {
        if (quiet) return;
        clearStatus();
        out.println(line);
        out.flush();
        redrawStatus();
    }

    void info(String line) {
        if (verbose) line("smp: " + line);
    }

    void progress(String line) {
        if (!quiet) line("smp: " + line);
    }

    void warn(String line) {
        if (!quiet) line(paint("smp: warning: ", "33") + line);
    }

    /** One line per error, always shown; the stack trace only with --stacktrace. */
    synchronized void error(String line, Throwable t) {
        clearStatus();
        err.println(paint("smp: error: ", "31") + line);
        if (stacktrace && t != null) t.printStackTrace(err);
        redrawStatus();
    }

    /** Whether stderr is a terminal, where a progress bar can redraw itself in place. */
    boolean interactive() {
        return terminal && !quiet;
    }

    /** Draws (or replaces) the progress bar on the terminal's last line; nothing when not interactive. */
    synchronized void status(String bar) {
        if (!interactive()) return;
        status = bar;
        redrawStatus();
    }

    /** Ends the progress bar, leaving its last state on screen. */
    synchronized void endStatus() {
        if (status.isEmpty()) return;
        err.println();
        status = "";
    }

    private synchronized void line(String s) {
        clearStatus();
        err.println(s);
        redrawStatus();
    }

    private void clearStatus() {
        if (!status.isEmpty()) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }

    private void redrawStatus() {
        if (!status.isEmpty()) {
            err.print("\r\u001b[K" + status);
            err.flush();
        }
    }

    private String paint(String s, String code) {
        return colour ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
