package dev.prodready.collect.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.prodready.catalogue.Severity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The code analyses' data ({@code resources/code/rules.yml}): each rule's id, the catalogue item it feeds and its
 * severity, and the name lists (sinks, sources, guards, sanitisers) the analyses match calls against.
 */
public final class CodeRules {

    /** What a rule id means to the report. */
    public record Rule(String id, String item, Severity severity, String summary) {
    }

    private static final CodeRules BUILT_IN = load("/code/rules.yml");

    private final Map<String, Rule> rules;
    private final JsonNode lists;
    private final Map<String, NameList> nameLists = new HashMap<>();
    /** Compiled on first use; routes are resolved in parallel, so the cache must not serialise them. */
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    private CodeRules(Map<String, Rule> rules, JsonNode lists) {
        this.rules = rules;
        this.lists = lists;
    }

    public static CodeRules builtIn() {
        return BUILT_IN;
    }

    static CodeRules load(String resource) {
        try (InputStream in = CodeRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Map<String, Rule> rules = new HashMap<>();
            root.path("rules").fields().forEachRemaining(e -> rules.put(e.getKey(), new Rule(e.getKey(),
                    e.getValue().path("item").asText(),
                    Severity.valueOf(e.getValue().path("severity").asText().toUpperCase(Locale.ROOT)),
                    e.getValue().path("summary").asText())));
            return new CodeRules(Map.copyOf(rules), root.path("lists"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Rule rule(String id) {
        Rule rule = rules.get(id);
        if (rule == null) {
            throw new IllegalArgumentException("no code rule " + id);
        }
        return rule;
    }

    public Map<String, Rule> rules() {
        return rules;
    }

    /** A list from the data by dotted path ("guards.session"), as strings; empty when absent. */
    public List<String> strings(String path) {
        JsonNode node = lists;
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** The raw data node at a dotted path (for structured entries such as sinks). */
    public JsonNode node(String path) {
        JsonNode node = lists;
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }

    public synchronized NameList names(String path) {
        return nameLists.computeIfAbsent(path, p -> new NameList(strings(p)));
    }

    /** The list at {@code path} joined into one case-insensitive alternation of regular expressions. */
    public Pattern pattern(String path) {
        return patterns.computeIfAbsent(path, p -> Pattern.compile(String.join("|", strings(p)),
                Pattern.CASE_INSENSITIVE));
    }
}
