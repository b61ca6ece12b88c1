package dev.prodready.collect.manifest;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's formats: requirements files, pyproject.toml (PEP 621, PEP 735 groups, Poetry, uv, PDM), Pipfile, and the
 * lockfiles poetry.lock, uv.lock and Pipfile.lock. Names are canonical (PEP 503: lower case, runs of "-_." as "-").
 */
final class PythonManifests {

    /** Group, file and extra names that mark development-only dependencies. */
    private static final Set<String> DEV_WORDS = Set.of("dev", "develop", "development", "test", "tests", "testing",
            "lint", "linting", "docs", "doc", "typing", "types", "ci", "local", "qa", "style", "format", "mypy");

    private static final Pattern INLINE_COMMENT = Pattern.compile("(^|\\s)#.*$");
    private static final Pattern OPTION_TAIL = Pattern.compile("\\s+--?[A-Za-z].*$");
    private static final Pattern INCLUDE = Pattern.compile("^(?:-r|--requirement)(?:\\s+|=)(\\S+)$");
    private static final Pattern EDITABLE = Pattern.compile("^(?:-e|--editable)(?:\\s+|=)(\\S+)$");
    private static final Pattern EGG = Pattern.compile("#egg=([A-Za-z0-9][A-Za-z0-9._-]*)");

    private PythonManifests() {
    }

    static boolean devWord(String text) {
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (DEV_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** What a requirements file declares and which other files it pulls in with {@code -r}. */
    record Requirements(List<Declared> declared, List<Include> includes) {
    }

    record Include(String target, int line) {
    }

    /**
     * Reads a requirements file. Lines pip would reject are reported through {@code problems} (line, text) and
     * skipped; local paths and bare URLs install no named package and are skipped silently.
     */
    static Requirements requirements(String text, boolean dev, BiConsumer<Integer, String> problems) {
        List<Declared> declared = new ArrayList<>();
        List<Include> includes = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            int first = i + 1;
            StringBuilder logical = new StringBuilder();
            String line = lines.get(i);
            while (line.endsWith("\\") && i + 1 < lines.size()) {
                logical.append(line, 0, line.length() - 1).append(' ');
                line = lines.get(++i);
            }
            logical.append(line);
            String s = INLINE_COMMENT.matcher(logical.toString()).replaceFirst("").strip();
            if (s.isEmpty()) {
                continue;
            }
            Matcher include = INCLUDE.matcher(s);
            if (include.matches()) {
                includes.add(new Include(include.group(1), first));
                continue;
            }
            Matcher editable = EDITABLE.matcher(s);
            if (editable.matches() || s.startsWith("-")) {
                Matcher egg = EGG.matcher(s);
                if (editable.matches() && egg.find()) {
                    declared.add(new Declared(Pep508.canonical(egg.group(1)), "", dev, first, "editable"));
                }
                continue; // options (--index-url, -c constraints.txt, --hash on its own) declare no package
            }
            String requirement = OPTION_TAIL.matcher(s).replaceFirst("").strip();
            if (requirement.contains("://") && !requirement.contains(" @ ") && !requirement.contains("@ ")) {
                Matcher egg = EGG.matcher(requirement);
                if (egg.find()) {
                    declared.add(new Declared(Pep508.canonical(egg.group(1)), "", dev, first, "requirements"));
                }
                continue;
            }
            if (requirement.startsWith(".") || requirement.startsWith("/") || requirement.startsWith("~")) {
                continue;
            }
            Optional<Pep508.Requirement> parsed = Pep508.parse(requirement);
            if (parsed.isPresent()) {
                declared.add(new Declared(parsed.get().name(), parsed.get().version(), dev, first, "requirements"));
            } else {
                problems.accept(first, requirement);
            }
        }
        return new Requirements(declared, includes);
    }

    static List<Declared> pyproject(TomlText toml, BiConsumer<Integer, String> problems) {
        List<Declared> out = new ArrayList<>();
        JsonNode project = toml.at("project");
        pep508List(toml, "project", "dependencies", project.path("dependencies"), false, out, problems);
        for (Map.Entry<String, JsonNode> group : fields(project.path("optional-dependencies"))) {
            pep508List(toml, "project.optional-dependencies", group.getKey(), group.getValue(),
                    devWord(group.getKey()), out, problems);
        }
        for (Map.Entry<String, JsonNode> group : fields(toml.at("dependency-groups"))) {
            pep508List(toml, "dependency-groups", group.getKey(), group.getValue(), devWord(group.getKey()), out,
                    problems);
        }
        pep508List(toml, "tool.uv", "dev-dependencies", toml.at("tool.uv.dev-dependencies"), true, out, problems);
        for (Map.Entry<String, JsonNode> group : fields(toml.at("tool.pdm.dev-dependencies"))) {
            pep508List(toml, "tool.pdm.dev-dependencies", group.getKey(), group.getValue(), true, out, problems);
        }
        poetryTable(toml, "tool.poetry.dependencies", false, out);
        poetryTable(toml, "tool.poetry.dev-dependencies", true, out);
        for (Map.Entry<String, JsonNode> group : fields(toml.at("tool.poetry.group"))) {
            String name = group.getKey();
            poetryTable(toml, "tool.poetry.group." + name + ".dependencies", devWord(name), out);
        }
        return out;
    }

    static List<Declared> pipfile(TomlText toml) {
        List<Declared> out = new ArrayList<>();
        poetryTable(toml, "packages", false, out);
        poetryTable(toml, "dev-packages", true, out);
        return out;
    }

    private static void pep508List(TomlText toml, String table, String key, JsonNode list, boolean dev,
                                   List<Declared> out, BiConsumer<Integer, String> problems) {
        if (!list.isArray()) {
            return;
        }
        String section = table.equals("project") ? "project." + key : table + "." + key;
        for (JsonNode item : list) {
            if (!item.isTextual()) {
                continue; // {include-group = "..."} entries point at another group, read on its own
            }
            int line = toml.valueLine(table, key, item.asText());
            Optional<Pep508.Requirement> parsed = Pep508.parse(item.asText());
            if (parsed.isPresent()) {
                out.add(new Declared(parsed.get().name(), parsed.get().version(), dev, line, section));
            } else {
                problems.accept(line, item.asText());
            }
        }
    }

    /** Poetry and Pipfile tables: {@code name = "^1.2"}, {@code name = {version = "...", extras = [...]}}. */
    private static void poetryTable(TomlText toml, String table, boolean dev, List<Declared> out) {
        for (Map.Entry<String, JsonNode> entry : fields(toml.at(table))) {
            String name = entry.getKey();
            if (name.equalsIgnoreCase("python")) {
                continue;
            }
            JsonNode spec = entry.getValue();
            if (spec.isArray() && spec.size() > 0) {
                spec = spec.get(0);
            }
            String version = spec.isTextual() ? spec.asText() : spec.path("version").asText("");
            if (version.equals("*")) {
                version = "";
            }
            out.add(new Declared(Pep508.canonical(name), version, dev, toml.keyLine(table, name), table));
        }
    }

    static Lockfile poetryOrUvLock(String fileName, TomlText toml) {
        Map<String, String> versions = new HashMap<>();
        int count = 0;
        for (JsonNode pkg : toml.at("package")) {
            JsonNode source = pkg.path("source");
            if (source.has("editable") || source.has("virtual")) {
                continue; // the project itself in uv.lock
            }
            count++;
            versions.putIfAbsent(Pep508.canonical(pkg.path("name").asText("")), pkg.path("version").asText(""));
        }
        String version = toml.at("metadata").path("lock-version").asText(toml.at("version").asText(""));
        return new Lockfile(fileName + (version.isEmpty() ? "" : " v" + version), count,
                (dir, name, declared) -> Optional.ofNullable(versions.get(Pep508.canonical(name)))
                        .filter(v -> !v.isEmpty()));
    }

    static Lockfile pipfileLock(String text) throws ManifestSyntaxException {
        JsonNode root = NpmManifests.json(text);
        Map<String, String> versions = new HashMap<>();
        int count = 0;
        for (String section : List.of("default", "develop")) {
            for (Map.Entry<String, JsonNode> e : fields(root.path(section))) {
                count++;
                versions.putIfAbsent(Pep508.canonical(e.getKey()),
                        e.getValue().path("version").asText("").replaceFirst("^==", ""));
            }
        }
        return new Lockfile("Pipfile.lock", count, (dir, name, declared) ->
                Optional.ofNullable(versions.get(Pep508.canonical(name))).filter(v -> !v.isEmpty()));
    }

    static Lockfile compiledRequirements(String text) {
        Requirements read = requirements(text, false, (line, problem) -> { });
        Map<String, String> versions = new HashMap<>();
        read.declared().forEach(d -> versions.putIfAbsent(d.name(), d.version().replaceFirst("^==", "")));
        return new Lockfile("compiled requirements", read.declared().size(), (dir, name, declared) ->
                Optional.ofNullable(versions.get(Pep508.canonical(name))).filter(v -> !v.isEmpty()));
    }

    static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        if (node != null && node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                out.add(it.next());
            }
        }
        return out;
    }
}
