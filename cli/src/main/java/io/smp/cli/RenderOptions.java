package io.smp.cli;

import io.smp.engine.SmpException;
import io.smp.engine.preview.Preset;
import io.smp.engine.preview.PreviewSettings;
import io.smp.engine.preview.SettingText;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rendering settings of preview, sheet and batch. Values stay text until they are combined, in this order,
 * later ones winning: the defaults, --preset, --preset-file, the options given on the command line, and (batch)
 * a manifest row's columns. smp sheet accepts comma lists on every setting.
 */
public class RenderOptions {
    @Option(names = "--preset", paramLabel = "NAME",
            description = "Start from a named preset (see 'smp presets'): natural-healed, first-session, dense-dark, womens-fill, scar-fue. Options given explicitly override it.")
    String preset;

    @Option(names = "--preset-file", paramLabel = "FILE",
            description = "Start from your own preset file (key=value lines, as shown by 'smp presets --show NAME'); applied after --preset.")
    Path presetFile;

    @Option(names = "--style", paramLabel = "STYLE",
            description = "buzz (shaved-head look, the top of the head behind the hairline), fill (density under long hair, only where skin shows through) or scar (a scar given with --scar-mask/--scar-polygon, at the surrounding density). Default: buzz.")
    String style;

    @Option(names = "--density", paramLabel = "DOTS_PER_CM2",
            description = "Finished density in dots per cm^2, 10 to 200 (natural scalp 65 to 110). Default: 80.")
    String density;

    @Option(names = "--dot-size", paramLabel = "LENGTH",
            description = "Healed dot diameter in mm (0.05 to 0.5) or px, e.g. 0.15mm or 2px; a bare number is mm. Default: 0.15mm.")
    String dotSize;

    @Option(names = "--shade", paramLabel = "SHADE",
            description = "Ink shade: auto (matched to the client's hair and skin), light, medium, dark or #RRGGBB. Default: auto.")
    String shade;

    @Option(names = "--hairline", paramLabel = "SHAPE",
            description = "Designed hairline on front views: soft (feathered), sharp (crisp line-up), mature (higher corners), straight (lower, flat) or none (the scalp as found). Default: soft.")
    String hairline;

    @Option(names = "--hairline-height", paramLabel = "LENGTH",
            description = "Hairline midpoint above the brow line, 4 to 14 cm (7 aggressive, 10 conservative); a bare number is cm. Default: 8cm.")
    String hairlineHeight;

    @Option(names = "--session", paramLabel = "N",
            description = "Sessions done: 1 (~30%% of the density), 2 (~70%%) or 3 (finished). Default: 3.")
    String session;

    @Option(names = "--stage", paramLabel = "STAGE",
            description = "fresh (day 0: darker, larger, reddened), healed (4 to 6 weeks) or aged (years later, faded). Default: healed.")
    String stage;

    @Option(names = "--seed", paramLabel = "N",
            description = "Random seed: the same seed gives the same dots and pixels. Default: 1.")
    String seed;

    @Option(names = "--px-per-cm", paramLabel = "PX",
            description = "Pixels per centimetre on the scalp, when known (overrides the estimate from eyes or head width). Default: auto.")
    String pxPerCm;

    @Option(names = "--head-width", paramLabel = "LENGTH",
            description = HEAD_WIDTH_HELP + " Default: none.")
    String headWidth;

    /** What --head-width means, for every command that takes it. */
    static final String HEAD_WIDTH_HELP = "The client's head width at its widest as the photo shows it, ears included,"
            + " measured on the client with calipers: 10 to 25 cm, e.g. 16.5cm; a bare number is cm. The scale is then"
            + " taken from the head's width in the photo (+-10%%; from the side, its length over 1.4 times the width,"
            + " +-20%%) instead of estimated. Not with --px-per-cm.";

    /** The settings given on the command line, by key, in {@link SettingText#KEYS} order. */
    Map<String, String> explicit() {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "style", style);
        put(m, "density", density);
        put(m, "dot-size", dotSize);
        put(m, "shade", shade);
        put(m, "hairline", hairline);
        put(m, "hairline-height", hairlineHeight);
        put(m, "session", session);
        put(m, "stage", stage);
        put(m, "seed", seed);
        put(m, "px-per-cm", pxPerCm);
        put(m, "head-width", headWidth);
        return m;
    }

    /** Defaults, then the presets, as text by key. */
    Map<String, String> base() {
        Map<String, String> m = new LinkedHashMap<>(SettingText.of(PreviewSettings.builder().build()));
        if (preset != null) m.putAll(Preset.named(preset).settings());
        if (presetFile != null) m.putAll(Preset.load(presetFile).settings());
        return m;
    }

    /** Base, explicit options, then the extra values (a manifest row), each a single value. */
    PreviewSettings settings(Map<String, String> extra) {
        Map<String, String> m = base();
        m.putAll(explicit());
        m.putAll(extra);
        for (var e : m.entrySet()) {
            if (e.getValue().contains(",")) {
                throw new SmpException(SmpException.Kind.BAD_SETTINGS, "--" + e.getKey() + " " + e.getValue()
                        + ": one value only here; lists of values are for smp sheet");
            }
        }
        return SettingText.applyAll(PreviewSettings.builder(), m).build();
    }

    /** Each explicit option split on commas (smp sheet): key to its values, in the order given. */
    Map<String, List<String>> lists() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        explicit().forEach((k, v) -> {
            List<String> values = new ArrayList<>();
            for (String s : v.split(",")) {
                if (!s.isBlank()) values.add(s.trim());
            }
            if (values.isEmpty()) throw new SmpException(SmpException.Kind.BAD_SETTINGS, "--" + k + " has no value");
            m.put(k, values);
        });
        return m;
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (value != null) m.put(key, value);
    }
}
