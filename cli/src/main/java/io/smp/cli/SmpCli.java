package io.smp.cli;

import io.smp.engine.SmpException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Properties;

/** The {@code smp} command. Only {@link #main} exits; everything else returns exit codes. */
@Command(name = "smp",
        mixinStandardHelpOptions = true,
        versionProvider = SmpCli.Version.class,
        description = {
                "Previews scalp micropigmentation (SMP) on a client's photo: finds the scalp, estimates the scale",
                "and renders follicle-like pigment dots at a density, dot size and shade in physical units."},
        subcommands = {PreviewCommand.class, SheetCommand.class, BatchCommand.class, SegmentCommand.class, PresetsCommand.class,
                SamplesCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
                "  smp preview samples/photos/top-bald-medium.png",
                "  smp preview --density 100 --dot-size 0.2mm -o out photos/",
                "  smp sheet --density 40,80,120 --shade light,medium,dark -o out client.jpg",
                "  smp batch --preset natural-healed --html -o out photos/",
                "  smp segment -o out client.jpg",
                "  smp help preview"})
public final class SmpCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: preview, sheet, batch, segment, presets or samples (see smp --help)");
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Runs the command line and returns its exit code; used by main and by tests. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        CommandLine cl = commandLine(out, err);
        return cl.execute(args);
    }

    static CommandLine commandLine(PrintStream out, PrintStream err) {
        System.setProperty("smp.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        CommandLine cl = new CommandLine(new SmpCli());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(colourAllowed() ? CommandLine.Help.Ansi.AUTO : CommandLine.Help.Ansi.OFF));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        applyExitCodeHelp(cl);
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter w = ex.getCommandLine().getErr();
            w.println("smp: error: " + ex.getMessage());
            w.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for the options.");
            return ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            PrintWriter w = c.getErr();
            boolean trace = parseResult.originalArgs().contains("--stacktrace");
            if (ex instanceof SmpException e) {
                w.println("smp: error: " + e.getMessage());
                if (trace) e.printStackTrace(w);
                return ExitCode.of(e.kind());
            }
            w.println("smp: error: internal error: " + ex + " (run again with --stacktrace and report it)");
            if (trace) ex.printStackTrace(w);
            return ExitCode.INTERNAL;
        });
        return cl;
    }

    /** The same exit-code table in the help of smp and of every subcommand. */
    private static void applyExitCodeHelp(CommandLine cl) {
        cl.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.HELP);
        cl.getSubcommands().values().forEach(SmpCli::applyExitCodeHelp);
    }

    private static boolean colourAllowed() {
        String v = System.getenv("NO_COLOR");
        return v == null || v.isEmpty();
    }

    /** Reads the version Maven wrote into version.properties. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = SmpCli.class.getResourceAsStream("version.properties")) {
                if (in != null) p.load(in);
            }
            return new String[]{"smp " + p.getProperty("version", "unknown"),
                    "Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name") + " " + System.getProperty("os.arch")};
        }
    }
}
