package dev.prodready.collect.pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Loads the content-pattern data (format in {@code resources/patterns/README.md}) and validates it. */
public final class ContentPatterns {

    /** Every pattern file on the classpath, one per checklist area. */
    public static final List<String> FILES = List.of(
            "patterns/security.yml", "patterns/infrastructure.yml", "patterns/data.yml", "patterns/monitoring.yml",
            "patterns/performance.yml", "patterns/compliance.yml", "patterns/operations.yml",
            "patterns/documentation.yml", "patterns/stack.yml");

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");
    private static final Set<String> FIELDS = Set.of("id", "files", "keywords", "regex", "examples", "description", "note");
    private static final Set<String> EXAMPLE_FIELDS = Set.of("match", "noMatch");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static volatile List<ContentPattern> builtIn;
    private static volatile Loaded builtInLenient;

    /** Patterns that loaded, and what was wrong with the rest (one message per defect, naming the file). */
    public record Loaded(List<ContentPattern> patterns, List<String> problems) {
        public Loaded {
            patterns = List.copyOf(patterns);
            problems = List.copyOf(problems);
        }
    }

    private ContentPatterns() {
    }

    /** The patterns of {@link #FILES}, loaded once. @throws PatternDataException when the data is malformed */
    public static List<ContentPattern> builtIn() {
        List<ContentPattern> result = builtIn;
        if (result == null) {
            synchronized (ContentPatterns.class) {
                if (builtIn == null) {
                    builtIn = load(FILES);
                }
                result = builtIn;
            }
        }
        return result;
    }

    /**
     * The patterns of {@link #FILES} for a scan: a file with a defect is left out (and reported) instead of
     * taking every other file down with it; a duplicate id keeps its first definition. Loaded once.
     */
    public static Loaded builtInLenient() {
        Loaded result = builtInLenient;
        if (result == null) {
            synchronized (ContentPatterns.class) {
                if (builtInLenient == null) {
                    builtInLenient = loadLenient(FILES);
                }
                result = builtInLenient;
            }
        }
        return result;
    }

    static Loaded loadLenient(List<String> resources) {
        List<ContentPattern> all = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (String resource : resources) {
            List<ContentPattern> patterns;
            try {
                patterns = load(List.of(resource));
            } catch (PatternDataException e) {
                problems.add(e.getMessage() + "; its patterns were not run");
                continue;
            }
            for (ContentPattern p : patterns) {
                String earlier = seen.putIfAbsent(p.id(), resource);
                if (earlier != null) {
                    problems.add(resource + ": duplicate pattern id '" + p.id() + "' (also in " + earlier
                            + "); the first definition was run");
                } else {
                    all.add(p);
                }
            }
        }
        return new Loaded(all, problems);
    }

    /** Loads classpath resources in order; ids must be unique across all of them. */
    public static List<ContentPattern> load(List<String> resources) {
        List<ContentPattern> all = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (String resource : resources) {
            try (InputStream in = ContentPatterns.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new PatternDataException(resource + ": not found on the classpath");
                }
                for (ContentPattern p : parse(resource, in)) {
                    String earlier = seen.putIfAbsent(p.id(), resource);
                    if (earlier != null) {
                        throw new PatternDataException(resource + ": duplicate pattern id '" + p.id()
                                + "' (also in " + earlier + ")");
                    }
                    all.add(p);
                }
            } catch (IOException e) {
                throw new PatternDataException(resource + ": cannot be read (" + e.getMessage() + ")", e);
            }
        }
        return List.copyOf(all);
    }

    /** Parses one pattern file. @throws PatternDataException naming the file and pattern on any defect */
    public static List<ContentPattern> parse(String source, InputStream in) {
        JsonNode root;
        try {
            root = YAML.readTree(in);
        } catch (IOException e) {
            throw new PatternDataException(source + ": not valid YAML (" + e.getMessage() + ")", e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return List.of();
        }
        JsonNode patterns = root.get("patterns");
        if (patterns == null || patterns.isNull()) {
            return List.of();
        }
        if (!patterns.isArray()) {
            throw new PatternDataException(source + ": 'patterns' must be a list");
        }
        List<ContentPattern> result = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        int index = 0;
        for (JsonNode node : patterns) {
            index++;
            ContentPattern p = parseOne(source, index, node);
            if (!ids.add(p.id())) {
                throw new PatternDataException(source + ": duplicate pattern id '" + p.id() + "'");
            }
            result.add(p);
        }
        return result;
    }

    private static ContentPattern parseOne(String source, int index, JsonNode node) {
        String where = source + " pattern #" + index;
        if (!node.isObject()) {
            throw new PatternDataException(where + ": must be a mapping");
        }
        String id = text(node, "id", where);
        where = source + " pattern '" + id + "'";
        if (!ID.matcher(id).matches()) {
            throw new PatternDataException(where + ": id must look like <topic>.<kebab-name>");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!FIELDS.contains(field)) {
                throw new PatternDataException(where + ": unknown field '" + field + "'");
            }
        }
        List<String> files = strings(node, "files", where, true);
        for (String glob : files) {
            try {
                Glob.of(glob);
            } catch (IllegalArgumentException e) {
                throw new PatternDataException(where + ": bad glob '" + glob + "' (" + e.getMessage() + ")");
            }
        }
        List<String> keywords = strings(node, "keywords", where, true);
        for (String k : keywords) {
            if (k.isBlank()) {
                throw new PatternDataException(where + ": blank keyword");
            }
        }
        String regexSource = text(node, "regex", where);
        Pattern regex;
        try {
            regex = Pattern.compile(regexSource);
        } catch (PatternSyntaxException e) {
            throw new PatternDataException(where + ": bad regex (" + e.getDescription() + " near index "
                    + e.getIndex() + ")");
        }
        List<String> match = List.of();
        List<String> noMatch = List.of();
        JsonNode examples = node.get("examples");
        if (examples != null && !examples.isNull()) {
            if (!examples.isObject()) {
                throw new PatternDataException(where + ": 'examples' must be a mapping with match and noMatch");
            }
            for (Iterator<String> it = examples.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!EXAMPLE_FIELDS.contains(field)) {
                    throw new PatternDataException(where + ": unknown examples field '" + field + "'");
                }
            }
            match = strings(examples, "match", where + " examples", false);
            noMatch = strings(examples, "noMatch", where + " examples", false);
        }
        return new ContentPattern(id, files, keywords, regex, match, noMatch, source);
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.asText().isBlank()) {
            throw new PatternDataException(where + ": missing '" + field + "'");
        }
        return value.asText();
    }

    private static List<String> strings(JsonNode node, String field, String where, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new PatternDataException(where + ": missing '" + field + "'");
            }
            return List.of();
        }
        if (!value.isArray()) {
            throw new PatternDataException(where + ": '" + field + "' must be a list");
        }
        List<String> result = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isValueNode()) {
                throw new PatternDataException(where + ": '" + field + "' must hold plain strings");
            }
            result.add(item.asText());
        }
        if (required && result.isEmpty()) {
            throw new PatternDataException(where + ": '" + field + "' is empty");
        }
        return result;
    }
}
