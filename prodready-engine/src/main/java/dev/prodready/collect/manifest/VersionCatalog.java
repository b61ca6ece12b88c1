package dev.prodready.collect.manifest;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Gradle version catalog (gradle/libs.versions.toml): libraries, bundles and plugins by the accessor a build
 * script uses ({@code libs.spring.boot.starter.web} for alias {@code spring-boot-starter-web}).
 */
final class VersionCatalog {

    /** A library or plugin the catalog names: "group:artifact" or a plugin id, and its version or "". */
    record Entry(String name, String version) {
    }

    private final Map<String, Entry> libraries = new HashMap<>();
    private final Map<String, List<String>> bundles = new HashMap<>();
    private final Map<String, Entry> plugins = new HashMap<>();

    static final VersionCatalog EMPTY = new VersionCatalog();

    private VersionCatalog() {
    }

    static VersionCatalog parse(String text) throws ManifestSyntaxException {
        TomlText toml = TomlText.parse(text);
        VersionCatalog catalog = new VersionCatalog();
        JsonNode versions = toml.at("versions");
        for (Map.Entry<String, JsonNode> lib : PythonManifests.fields(toml.at("libraries"))) {
            JsonNode spec = lib.getValue();
            String name;
            String version;
            if (spec.isTextual()) {
                String[] parts = spec.asText().split(":");
                name = parts.length >= 2 ? parts[0] + ":" + parts[1] : spec.asText();
                version = parts.length >= 3 ? parts[2] : "";
            } else {
                String module = spec.path("module").asText("");
                name = !module.isEmpty() ? module : spec.path("group").asText("") + ":" + spec.path("name").asText("");
                version = version(spec.path("version"), versions);
            }
            catalog.libraries.put(accessor(lib.getKey()), new Entry(name, version));
        }
        for (Map.Entry<String, JsonNode> bundle : PythonManifests.fields(toml.at("bundles"))) {
            List<String> members = new ArrayList<>();
            bundle.getValue().forEach(m -> members.add(accessor(m.asText(""))));
            catalog.bundles.put(accessor(bundle.getKey()), members);
        }
        for (Map.Entry<String, JsonNode> plugin : PythonManifests.fields(toml.at("plugins"))) {
            JsonNode spec = plugin.getValue();
            Entry entry;
            if (spec.isTextual()) {
                String[] parts = spec.asText().split(":", 2);
                entry = new Entry(parts[0], parts.length > 1 ? parts[1] : "");
            } else {
                entry = new Entry(spec.path("id").asText(""), version(spec.path("version"), versions));
            }
            catalog.plugins.put(accessor(plugin.getKey()), entry);
        }
        return catalog;
    }

    private static String version(JsonNode spec, JsonNode versions) {
        if (spec.isTextual()) {
            return spec.asText();
        }
        if (spec.has("ref")) {
            JsonNode ref = versions.path(spec.path("ref").asText(""));
            return ref.isTextual() ? ref.asText() : rich(ref);
        }
        return rich(spec);
    }

    /** Rich versions: {@code {strictly = "1.2"}}, {@code {require = "1.2"}}, {@code {prefer = "1.2"}}. */
    private static String rich(JsonNode spec) {
        for (String key : List.of("strictly", "require", "prefer")) {
            if (spec.path(key).isTextual()) {
                return spec.path(key).asText();
            }
        }
        return "";
    }

    /** What {@code libs.<reference>} names: one library, a bundle's libraries, or a plugin. */
    List<Entry> resolve(String reference) {
        String ref = accessor(reference.replaceFirst("\\.(get|asProvider)(\\(\\))?$", ""));
        if (ref.startsWith("bundles.")) {
            return bundles.getOrDefault(ref.substring("bundles.".length()), List.of()).stream()
                    .map(libraries::get).filter(Objects::nonNull).toList();
        }
        if (ref.startsWith("plugins.")) {
            return Optional.ofNullable(plugins.get(ref.substring("plugins.".length()))).map(List::of).orElse(List.of());
        }
        return Optional.ofNullable(libraries.get(ref)).map(List::of).orElse(List.of());
    }

    int size() {
        return libraries.size();
    }

    /** Aliases and accessors compare alike: "spring-boot_starter.Web" and "spring.boot.starter.web". */
    private static String accessor(String alias) {
        return alias.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", ".");
    }
}
