package io.smp.cli;

import picocli.CommandLine.Option;

/** -q, -v and --stacktrace, shared by every subcommand. */
public class LoggingOptions {
    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print each step and timing on stderr.")
    boolean verbose;

    @Option(names = "--stacktrace", description = "Print the stack trace of errors (for bug reports).")
    boolean stacktrace;
}
