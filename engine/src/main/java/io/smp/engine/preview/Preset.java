package io.smp.engine.preview;

import io.smp.engine.SmpException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Named settings: a properties file whose keys are {@link SettingText#KEYS} plus {@code description}. The presets
 * shipped with smp are the files in {@code samples/presets}; users write their own in the same form.
 *
 * @param name        preset name (file name without .properties)
 * @param description one line for people
 * @param settings    setting key to text value, validated
 */
public record Preset(String name, String description, Map<String, String> settings) {
    private static final String BUILT_IN = "/io/smp/engine/presets/";

    public Preset {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** Settings from the defaults with this preset applied. */
    public PreviewSettings.Builder apply(PreviewSettings.Builder b) {
        return SettingText.applyAll(b, settings);
    }

    /** The presets shipped with smp, in their listed order. */
    public static List<Preset> builtIn() {
        List<Preset> out = new ArrayList<>();
        for (String name : builtInNames()) {
            try (InputStream in = Preset.class.getResourceAsStream(BUILT_IN + name + ".properties")) {
                if (in == null) throw new SmpException(SmpException.Kind.INTERNAL, "built-in preset " + name + " is missing from the jar");
                out.add(parse(name, new InputStreamReader(in, StandardCharsets.UTF_8), "built-in preset " + name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    public static Optional<Preset> builtIn(String name) {
        return builtIn().stream().filter(p -> p.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    /** The built-in preset of that name, or BAD_SETTINGS listing the names there are. */
    public static Preset named(String name) {
        return builtIn(name).orElseThrow(() -> new SmpException(SmpException.Kind.BAD_SETTINGS,
                "there is no preset '" + name + "'; presets: " + String.join(", ", builtInNames())
                        + " (or give your own file with --preset-file)"));
    }

    /** A user's preset file; its name is the file name without extension. */
    public static Preset load(Path file) {
        String fileName = file.getFileName().toString();
        String name = fileName.endsWith(".properties") ? fileName.substring(0, fileName.length() - ".properties".length()) : fileName;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(name, r, file.toString());
        } catch (NoSuchFileException e) {
            throw new SmpException(SmpException.Kind.BAD_SETTINGS, file + ": preset file not found");
        } catch (IOException e) {
            throw new SmpException(SmpException.Kind.BAD_SETTINGS, file + ": preset file cannot be read: " + e.getMessage());
        }
    }

    private static Preset parse(String name, Reader reader, String where) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        String description = p.getProperty("description", "").trim();
        Map<String, String> settings = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String key : SettingText.KEYS) {
            for (String k : p.stringPropertyNames()) {
                if (SettingText.normalise(k).equals(key)) settings.put(key, p.getProperty(k).trim());
            }
        }
        for (String k : p.stringPropertyNames()) {
            if (!k.equals("description") && !SettingText.isKey(k)) unknown.add(k);
        }
        if (!unknown.isEmpty()) {
            throw new SmpException(SmpException.Kind.BAD_SETTINGS, where + ": unknown setting(s) " + String.join(", ", unknown)
                    + "; settings are " + String.join(", ", SettingText.KEYS) + " and description");
        }
        try {
            SettingText.applyAll(PreviewSettings.builder(), settings).build();
        } catch (SmpException e) {
            throw new SmpException(SmpException.Kind.BAD_SETTINGS, where + ": " + e.getMessage());
        }
        return new Preset(name, description, settings);
    }

    private static List<String> builtInNames() {
        try (InputStream in = Preset.class.getResourceAsStream(BUILT_IN + "presets.list")) {
            if (in == null) throw new SmpException(SmpException.Kind.INTERNAL, "the preset list is missing from the jar");
            return new java.io.BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
