package dev.prodready.config;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads .prodready.yml with line numbers (SnakeYAML's node graph), so that every error names the file, the
 * line and the field. Unknown keys become warnings.
 */
public final class ConfigLoader {

    private static final Set<String> TOP = Set.of("version", "settings", "attestations", "suppressions");
    private static final Set<String> SETTINGS = Set.of("skip", "maxFileMb", "failOn", "minScore");
    private static final Set<String> ATTESTATION = Set.of("item", "status", "by", "date", "evidence", "expires", "note");
    private static final Set<String> SUPPRESSION = Set.of("rule", "item", "path", "reason", "owner", "expires");

    private final String fileName;
    private final List<String> warnings = new ArrayList<>();

    private ConfigLoader(String fileName) {
        this.fileName = fileName;
    }

    /** Loads {@code root/.prodready.yml}; an absent file is an empty configuration. */
    public static Config load(Path root) throws ConfigException {
        Path file = root.resolve(Config.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Config.empty();
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), Config.FILE_NAME);
        } catch (IOException e) {
            throw new ConfigException(Config.FILE_NAME + ": cannot be read: " + e.getMessage());
        }
    }

    public static Config parse(String text, String fileName) throws ConfigException {
        return new ConfigLoader(fileName).read(text);
    }

    private Config read(String text) throws ConfigException {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new ConfigException(fileName + ":" + line + ": not valid YAML: " + e.getProblem());
        } catch (RuntimeException e) {
            throw new ConfigException(fileName + ": not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            return new Config(fileName, List.of(), List.of(), Settings.defaults(), List.of());
        }
        Map<String, Node> top = mapping(root, "the top level", TOP);
        Settings settings = top.containsKey("settings") ? settings(top.get("settings")) : Settings.defaults();
        List<Attestation> attestations = new ArrayList<>();
        for (Node n : sequence(top.get("attestations"), "attestations")) {
            attestations.add(attestation(n));
        }
        List<Suppression> suppressions = new ArrayList<>();
        for (Node n : sequence(top.get("suppressions"), "suppressions")) {
            suppressions.add(suppression(n));
        }
        return new Config(fileName, attestations, suppressions, settings, warnings);
    }

    private Settings settings(Node node) throws ConfigException {
        Map<String, Node> m = mapping(node, "settings", SETTINGS);
        List<String> skip = strings(m.get("skip"), "settings.skip");
        Optional<Long> maxMb = Optional.empty();
        if (m.containsKey("maxFileMb")) {
            long v = integer(m.get("maxFileMb"), "settings.maxFileMb");
            if (v < 1 || v > 1024) {
                throw error(m.get("maxFileMb"), "settings.maxFileMb", "must be between 1 and 1024");
            }
            maxMb = Optional.of(v);
        }
        List<String> failOn = strings(m.get("failOn"), "settings.failOn");
        for (String f : failOn) {
            if (!List.of("red-flag", "critical", "high", "phase1").contains(f)) {
                throw error(m.get("failOn"), "settings.failOn", "takes red-flag, critical, high or phase1, not '" + f + "'");
            }
        }
        OptionalInt min = OptionalInt.empty();
        if (m.containsKey("minScore")) {
            long v = integer(m.get("minScore"), "settings.minScore");
            if (v < 0 || v > 100) {
                throw error(m.get("minScore"), "settings.minScore", "must be between 0 and 100");
            }
            min = OptionalInt.of((int) v);
        }
        return new Settings(skip, maxMb, failOn, min);
    }

    private Attestation attestation(Node node) throws ConfigException {
        Map<String, Node> m = mapping(node, "attestations[]", ATTESTATION);
        String item = required(m, node, "item", "attestations[].item");
        String status = required(m, node, "status", "attestations[].status");
        if (!Attestation.STATUSES.contains(status)) {
            throw error(m.get("status"), "attestations[].status", "takes pass, fail or not_applicable, not '" + status + "'");
        }
        String by = required(m, node, "by", "attestations[].by");
        LocalDate date = date(m.get("date"), "attestations[].date").orElseThrow(
                () -> error(node, "attestations[].date", "is missing"));
        String evidence = optional(m.get("evidence"), "attestations[].evidence").orElse("");
        Optional<LocalDate> expires = date(m.get("expires"), "attestations[].expires");
        String note = optional(m.get("note"), "attestations[].note").orElse("");
        return new Attestation(item, status, by, date, evidence, expires, note, line(node));
    }

    private Suppression suppression(Node node) throws ConfigException {
        Map<String, Node> m = mapping(node, "suppressions[]", SUPPRESSION);
        Optional<String> rule = optional(m.get("rule"), "suppressions[].rule");
        Optional<String> item = optional(m.get("item"), "suppressions[].item");
        if (rule.isEmpty() && item.isEmpty()) {
            throw error(node, "suppressions[]", "needs a rule or an item");
        }
        String reason = required(m, node, "reason", "suppressions[].reason");
        String owner = optional(m.get("owner"), "suppressions[].owner").orElse("");
        return new Suppression(rule, item, optional(m.get("path"), "suppressions[].path"), reason, owner,
                date(m.get("expires"), "suppressions[].expires"), line(node));
    }

    private Map<String, Node> mapping(Node node, String where, Set<String> known) throws ConfigException {
        if (!(node instanceof MappingNode map)) {
            throw error(node, where, "must be a mapping of keys to values");
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            String key = ((ScalarNode) t.getKeyNode()).getValue();
            if (!known.contains(key)) {
                warnings.add(fileName + ":" + line(t.getKeyNode()) + ": unknown key '" + key + "' in " + where
                        + " (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
                continue;
            }
            out.put(key, t.getValueNode());
        }
        return out;
    }

    private List<Node> sequence(Node node, String where) throws ConfigException {
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode seq)) {
            throw error(node, where, "must be a list");
        }
        return seq.getValue();
    }

    private List<String> strings(Node node, String where) throws ConfigException {
        List<String> out = new ArrayList<>();
        for (Node n : sequence(node, where)) {
            out.add(scalar(n, where));
        }
        return out;
    }

    private String required(Map<String, Node> m, Node parent, String key, String where) throws ConfigException {
        return optional(m.get(key), where).filter(s -> !s.isBlank())
                .orElseThrow(() -> error(parent, where, "is missing"));
    }

    private Optional<String> optional(Node node, String where) throws ConfigException {
        return node == null || isNull(node) ? Optional.empty() : Optional.of(scalar(node, where).strip());
    }

    private long integer(Node node, String where) throws ConfigException {
        String s = scalar(node, where);
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw error(node, where, "must be a whole number, not '" + s + "'");
        }
    }

    private Optional<LocalDate> date(Node node, String where) throws ConfigException {
        Optional<String> s = optional(node, where);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(s.get()));
        } catch (DateTimeParseException e) {
            throw error(node, where, "must be a date like 2026-01-31, not '" + s.get() + "'");
        }
    }

    private String scalar(Node node, String where) throws ConfigException {
        if (!(node instanceof ScalarNode s)) {
            throw error(node, where, "must be a single value");
        }
        return s.getValue();
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().getValue().endsWith(":null");
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private ConfigException error(Node node, String field, String problem) {
        return new ConfigException(fileName + ":" + line(node) + ": " + field + " " + problem);
    }
}
