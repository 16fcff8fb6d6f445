package io.smp.cli;

import io.smp.engine.preview.Preset;
import io.smp.engine.preview.PreviewSettings;
import io.smp.engine.preview.SettingText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "presets", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Lists the presets shipped with smp, or shows one in full.",
                "A preset file is key=value lines (the settings of smp preview, without dashes, plus a",
                "description); save a shown preset to a file, edit it and use it with --preset-file."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  smp presets",
                "  smp presets dense-dark",
                "  smp presets dense-dark > my-clinic.properties   (then: smp preview --preset-file my-clinic.properties ...)",
                "  smp presets --file my-clinic.properties"})
final class PresetsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", arity = "0..1", description = "A preset to show in full.")
    String name;

    @Option(names = "--file", paramLabel = "FILE", description = "Check and show a preset file of your own.")
    Path file;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (file != null) {
            show(out, Preset.load(file));
        } else if (name != null) {
            show(out, Preset.named(name));
        } else {
            int width = Preset.builtIn().stream().mapToInt(p -> p.name().length()).max().orElse(10);
            for (Preset p : Preset.builtIn()) out.printf("%-" + width + "s  %s%n", p.name(), p.description());
            out.println();
            out.println("Show one: smp presets NAME. Use one: smp preview --preset NAME (options given explicitly override it).");
        }
        out.flush();
        return ExitCode.OK;
    }

    /** The preset as a complete file: every setting, the preset's own values over the defaults. */
    private static void show(PrintWriter out, Preset p) {
        out.println("# preset " + p.name() + " (settings it does not set are the defaults)");
        out.println("description=" + p.description());
        Map<String, String> all = SettingText.of(p.apply(PreviewSettings.builder()).build());
        for (String key : SettingText.KEYS) {
            if (p.settings().containsKey(key)) out.println(key + "=" + p.settings().get(key));
            else out.println("# " + key + "=" + all.get(key));
        }
    }
}
