package dev.prodready.collect.signal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.prodready.collect.pattern.Glob;
import dev.prodready.fact.SignalKind;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Loads {@code signals/signals.yml} (format in its header) into rules; any defect names kind and rule. */
final class SignalRules {

    static final String RESOURCE = "signals/signals.yml";
    private static final Set<String> RULE_FIELDS = Set.of("files", "exclude", "ignoreCase", "keywords", "content",
            "contentNot");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static volatile List<SignalRule> builtIn;

    private SignalRules() {
    }

    static List<SignalRule> builtIn() {
        List<SignalRule> result = builtIn;
        if (result == null) {
            synchronized (SignalRules.class) {
                if (builtIn == null) {
                    builtIn = load(RESOURCE);
                }
                result = builtIn;
            }
        }
        return result;
    }

    static List<SignalRule> load(String resource) {
        try (InputStream in = SignalRules.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + ": not found on the classpath");
            }
            return parse(resource, YAML.readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException(resource + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    static List<SignalRule> parse(String source, JsonNode root) {
        JsonNode kinds = root == null ? null : root.get("kinds");
        if (kinds == null || !kinds.isObject()) {
            throw new IllegalStateException(source + ": needs a 'kinds' mapping");
        }
        List<SignalRule> rules = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = kinds.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            SignalKind kind = SignalKind.fromId(entry.getKey()).orElseThrow(
                    () -> new IllegalStateException(source + ": unknown signal kind '" + entry.getKey() + "'"));
            JsonNode body = entry.getValue();
            String label = body.path("label").asText(kind.id());
            JsonNode ruleList = body.get("rules");
            if (ruleList == null || !ruleList.isArray() || ruleList.isEmpty()) {
                throw new IllegalStateException(source + ": kind '" + kind.id() + "' needs a non-empty 'rules' list");
            }
            int n = 0;
            for (JsonNode rule : ruleList) {
                n++;
                rules.add(parseRule(source + " kind '" + kind.id() + "' rule #" + n, kind, label, rule));
            }
        }
        return List.copyOf(rules);
    }

    private static SignalRule parseRule(String where, SignalKind kind, String label, JsonNode rule) {
        for (Iterator<String> it = rule.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!RULE_FIELDS.contains(field)) {
                throw new IllegalStateException(where + ": unknown field '" + field + "'");
            }
        }
        boolean ignoreCase = rule.path("ignoreCase").asBoolean(false);
        List<Glob> files = globs(where, strings(where, rule, "files"), ignoreCase);
        if (files.isEmpty()) {
            throw new IllegalStateException(where + ": needs 'files'");
        }
        List<Glob> exclude = globs(where, strings(where, rule, "exclude"), ignoreCase);
        List<String> keywords = strings(where, rule, "keywords");
        List<Pattern> content = regexes(where, strings(where, rule, "content"));
        List<Pattern> contentNot = regexes(where, strings(where, rule, "contentNot"));
        return new SignalRule(kind, label, files, exclude, keywords, content, contentNot);
    }

    private static List<Glob> globs(String where, List<String> sources, boolean ignoreCase) {
        List<Glob> result = new ArrayList<>();
        for (String s : sources) {
            try {
                result.add(Glob.of(s, ignoreCase));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": " + e.getMessage());
            }
        }
        return result;
    }

    private static List<Pattern> regexes(String where, List<String> sources) {
        List<Pattern> result = new ArrayList<>();
        for (String s : sources) {
            try {
                result.add(Pattern.compile(s, Pattern.MULTILINE));
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException(where + ": bad regex (" + e.getDescription() + "): " + s);
            }
        }
        return result;
    }

    private static List<String> strings(String where, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalStateException(where + ": '" + field + "' must be a list");
        }
        List<String> result = new ArrayList<>();
        value.forEach(v -> result.add(v.asText()));
        return result;
    }
}
