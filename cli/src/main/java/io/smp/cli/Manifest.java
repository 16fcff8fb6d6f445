package io.smp.cli;

import io.smp.engine.SmpException;
import io.smp.engine.preview.SettingText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A batch manifest: a CSV file with a header row. The column {@code input} (or {@code photo}, {@code file},
 * {@code path}) names each photo, relative to the manifest's folder unless absolute; every other column is a
 * setting key (density, shade, dot-size, ...) whose non-empty cells override the shared options for that row.
 */
final class Manifest {
    static final List<String> INPUT_COLUMNS = List.of("input", "photo", "file", "path");

    /** One row: the photo and its own settings. */
    record Row(int line, Path photo, Map<String, String> settings) {
    }

    private Manifest() {
    }

    static List<Row> read(Path csv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw SmpException.badInput(csv, "manifest cannot be read: " + e.getMessage());
        }
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) first++;
        if (first == lines.size()) throw SmpException.badInput(csv, "manifest is empty; it needs a header row with an 'input' column");
        List<String> header = split(strip(lines.get(first))).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        int inputCol = -1;
        for (int c = 0; c < header.size(); c++) {
            if (INPUT_COLUMNS.contains(header.get(c))) {
                inputCol = c;
            } else if (!SettingText.isKey(header.get(c))) {
                throw SmpException.badInput(csv, "column '" + header.get(c) + "' is neither the photo column (input) nor a setting ("
                        + String.join(", ", SettingText.KEYS) + ")");
            }
        }
        if (inputCol < 0) throw SmpException.badInput(csv, "the header has no 'input' column naming the photos");
        Path base = csv.toAbsolutePath().getParent();
        List<Row> rows = new ArrayList<>();
        for (int i = first + 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank() || lines.get(i).startsWith("#")) continue;
            List<String> cells = split(lines.get(i));
            if (cells.size() > header.size()) {
                throw SmpException.badInput(csv, "line " + (i + 1) + " has " + cells.size() + " cells but the header has " + header.size());
            }
            String photo = inputCol < cells.size() ? cells.get(inputCol).trim() : "";
            if (photo.isEmpty()) throw SmpException.badInput(csv, "line " + (i + 1) + " names no photo");
            Map<String, String> settings = new LinkedHashMap<>();
            for (int c = 0; c < cells.size(); c++) {
                if (c != inputCol && !cells.get(c).isBlank()) settings.put(SettingText.normalise(header.get(c)), cells.get(c).trim());
            }
            Path p = Path.of(photo);
            rows.add(new Row(i + 1, p.isAbsolute() ? p : base.resolve(p).normalize(), settings));
        }
        if (rows.isEmpty()) throw SmpException.badInput(csv, "manifest lists no photos");
        return rows;
    }

    private static String strip(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** Splits one CSV line: commas separate, double quotes group, "" is a quote. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { cur.append('"'); i++; }
                else if (c == '"') quoted = false;
                else cur.append(c);
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
