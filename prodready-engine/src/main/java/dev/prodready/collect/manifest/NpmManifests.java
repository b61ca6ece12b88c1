package dev.prodready.collect.manifest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.yaml.snakeyaml.LoaderOptions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** npm's formats: package.json, package-lock.json (v1-v3), pnpm-lock.yaml and yarn.lock (classic and berry). */
final class NpmManifests {

    /** package.json sections that declare packages, and whether they are development-only. */
    private static final Map<String, Boolean> SECTIONS = Map.of(
            "dependencies", false, "devDependencies", true, "peerDependencies", false,
            "optionalDependencies", false);
    private static final List<String> ORDER = List.of(
            "dependencies", "devDependencies", "peerDependencies", "optionalDependencies");

    private static final Pattern YAML_LINE = Pattern.compile("in 'reader', line (\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML;

    static {
        LoaderOptions options = new LoaderOptions();
        // Lockfiles of large monorepos pass SnakeYAML's 3 MB default; the workspace caps file size anyway.
        options.setCodePointLimit(64 * 1024 * 1024);
        YAML = new YAMLMapper(YAMLFactory.builder().loaderOptions(options).build());
    }

    private NpmManifests() {
    }

    static List<Declared> packageJson(String text) throws ManifestSyntaxException {
        Map<String, List<JsonMembers.Member>> sections = JsonMembers.read(text, SECTIONS.keySet());
        List<Declared> declared = new ArrayList<>();
        Set<String> seenPeers = new LinkedHashSet<>();
        for (String section : ORDER) {
            for (JsonMembers.Member m : sections.getOrDefault(section, List.of())) {
                if (section.equals("dependencies") || section.equals("devDependencies")) {
                    seenPeers.add(m.key());
                } else if (seenPeers.contains(m.key())) {
                    continue; // a peer also installed as a dependency is declared once, where it is installed
                }
                declared.add(new Declared(m.key(), m.value(), SECTIONS.get(section), m.line(), section));
            }
        }
        return declared;
    }

    static Lockfile packageLock(String name, String text) throws ManifestSyntaxException {
        JsonNode root = readJson(text);
        int version = root.path("lockfileVersion").asInt(1);
        JsonNode packages = root.path("packages");
        if (packages.isObject() && packages.size() > 0) {
            int count = 0;
            for (Iterator<String> it = packages.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!key.isEmpty() && key.contains("node_modules/")) {
                    count++;
                }
            }
            return new Lockfile(name + " v" + version, count, (dir, pkg, declared) -> {
                String nested = (dir.isEmpty() ? "" : dir + "/") + "node_modules/" + pkg;
                JsonNode entry = packages.path(nested);
                if (!entry.isObject()) {
                    entry = packages.path("node_modules/" + pkg);
                }
                return text(entry.path("version"));
            });
        }
        JsonNode dependencies = root.path("dependencies");
        return new Lockfile(name + " v" + version, countNested(dependencies),
                (dir, pkg, declared) -> text(dependencies.path(pkg).path("version")));
    }

    private static int countNested(JsonNode dependencies) {
        int count = 0;
        for (Iterator<JsonNode> it = dependencies.elements(); it.hasNext(); ) {
            JsonNode entry = it.next();
            count += 1 + countNested(entry.path("dependencies"));
        }
        return count;
    }

    static Lockfile pnpmLock(String text) throws ManifestSyntaxException {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ManifestSyntaxException("YAML", yamlProblemLine(e), e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ManifestSyntaxException("YAML", 1, "the top level is not a mapping");
        }
        JsonNode importers = root.path("importers");
        String version = root.path("lockfileVersion").asText("?");
        return new Lockfile("pnpm-lock.yaml v" + version, root.path("packages").size(), (dir, pkg, declared) -> {
            JsonNode importer = importers.isObject() ? importers.path(dir.isEmpty() ? "." : dir) : root;
            for (String section : ORDER) {
                JsonNode entry = importer.path(section).path(pkg);
                JsonNode v = entry.isObject() ? entry.path("version") : entry;
                Optional<String> found = text(v).filter(s -> !s.startsWith("link:"))
                        .map(s -> s.replaceFirst("[(_].*$", ""));
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        });
    }

    /**
     * yarn.lock: classic (v1) is yarn's own format, berry's is YAML; both are read as lines: an unindented
     * header listing the descriptors ({@code "react@^18.0.0", react@^18.2.0:}), then an indented version line.
     */
    static Lockfile yarnLock(String text) {
        Map<String, String> byDescriptor = new HashMap<>();
        boolean berry = text.contains("__metadata:");
        List<String> current = new ArrayList<>();
        int entries = 0;
        for (String line : text.lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0))) {
                current.clear();
                String header = line.strip();
                if (header.endsWith(":")) {
                    header = header.substring(0, header.length() - 1);
                }
                if (header.startsWith("__metadata") || header.contains("@workspace:")) {
                    continue;
                }
                for (String descriptor : header.split(",")) {
                    String d = unquote(descriptor.strip());
                    if (!d.isEmpty()) {
                        current.add(d);
                    }
                }
                if (!current.isEmpty()) {
                    entries++;
                }
                continue;
            }
            String body = line.strip();
            if (!current.isEmpty() && (body.startsWith("version ") || body.startsWith("version:"))) {
                String version = unquote(body.substring("version".length()).replaceFirst("^[:\\s]+", "").strip());
                current.forEach(d -> byDescriptor.put(d, version));
                current.clear();
            }
        }
        return new Lockfile("yarn.lock" + (berry ? " (berry)" : " (classic)"), entries, (dir, pkg, declared) -> {
            String found = byDescriptor.get(pkg + "@" + declared);
            if (found == null) {
                found = byDescriptor.get(pkg + "@npm:" + declared);
            }
            return Optional.ofNullable(found);
        });
    }

    /** SnakeYAML names the offending line last ("in 'reader', line 2"); Jackson's location is the context's. */
    private static int yamlProblemLine(JsonProcessingException e) {
        Matcher m = YAML_LINE.matcher(String.valueOf(e.getOriginalMessage()));
        int line = 0;
        while (m.find()) {
            line = Integer.parseInt(m.group(1));
        }
        return line > 0 ? line : e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private static JsonNode readJson(String text) throws ManifestSyntaxException {
        try {
            JsonNode root = JSON.readTree(text);
            if (root == null || !root.isObject()) {
                throw new ManifestSyntaxException("JSON", 1, "the top level is not an object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new ManifestSyntaxException("JSON", e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getOriginalMessage());
        }
    }

    static JsonNode json(String text) throws ManifestSyntaxException {
        return readJson(text);
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText()) : Optional.empty();
    }
}
