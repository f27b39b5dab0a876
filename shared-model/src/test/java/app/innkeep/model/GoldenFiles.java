package app.innkeep.model;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Golden files of a wire form: the file is the reviewed truth; a change to the wire form fails its test first.
 * Regenerate deliberately with {@code -Dinnkeep.golden.write=true} and review the diff.
 */
public final class GoldenFiles {

    private GoldenFiles() {}

    /** Checks that {@code json} is the file's JSON (field order aside), writing the file first when asked to. */
    public static void assertMatches(Path file, String json) {
        try {
            if (Boolean.getBoolean("innkeep.golden.write")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, pretty(Json.parse(json), "") + "\n", StandardCharsets.UTF_8);
            }
            assertThat(file).as("golden file %s", file).exists();
            assertThat(Json.parse(json)).isEqualTo(Json.parse(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the files in a folder without their {@code .json}, folders left out. */
    public static List<String> names(Path folder) {
        try (var files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> f.getFileName().toString().replace(".json", ""))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two-space indented JSON, so golden files read well in a review. */
    @SuppressWarnings("unchecked")
    public static String pretty(Object value, String indent) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            StringBuilder sb = new StringBuilder("{\n");
            var entries = new ArrayList<>(((Map<String, Object>) map).entrySet());
            for (int i = 0; i < entries.size(); i++) {
                var e = entries.get(i);
                sb.append(indent)
                        .append("  ")
                        .append(Json.write(e.getKey()))
                        .append(": ")
                        .append(pretty(e.getValue(), indent + "  "));
                sb.append(i < entries.size() - 1 ? ",\n" : "\n");
            }
            return sb.append(indent).append('}').toString();
        }
        if (value instanceof List<?> list && !list.isEmpty()) {
            StringBuilder sb = new StringBuilder("[\n");
            for (int i = 0; i < list.size(); i++) {
                sb.append(indent).append("  ").append(pretty(list.get(i), indent + "  "));
                sb.append(i < list.size() - 1 ? ",\n" : "\n");
            }
            return sb.append(indent).append(']').toString();
        }
        return Json.write(value instanceof Map<?, ?> m ? new LinkedHashMap<>(m) : value);
    }
}
