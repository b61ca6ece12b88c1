package dev.prodready.collect.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.prodready.collect.text.KeywordAutomaton;
import dev.prodready.fact.DocKind;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The document-kind rules of {@code documents/kinds.yml}, with every concept stem of every kind compiled
 * into one keyword automaton so that a document's concepts are found in a single pass.
 */
final class DocumentRules {

    static final String RESOURCE = "documents/kinds.yml";
    private static final Set<String> FIELDS = Set.of("kind", "headings", "notHeadings", "files", "content",
            "minConcepts", "requireConcepts", "minWords", "lines", "value");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static volatile DocumentRules builtIn;

    final List<KindRule> kinds;
    final List<String> placeholders;
    final List<String> boilerplate;
    final KeywordAutomaton stems;
    /** For each stem id: pairs of (kind index, concept index) it belongs to, flattened. */
    final int[][] stemTargets;

    private DocumentRules(List<KindRule> kinds, List<String> placeholders, List<String> boilerplate) {
        this.kinds = List.copyOf(kinds);
        this.placeholders = List.copyOf(placeholders);
        this.boilerplate = List.copyOf(boilerplate);
        List<String> words = new ArrayList<>();
        List<int[]> targets = new ArrayList<>();
        for (int k = 0; k < kinds.size(); k++) {
            List<List<String>> concepts = kinds.get(k).concepts();
            for (int c = 0; c < concepts.size(); c++) {
                for (String stem : concepts.get(c)) {
                    String folded = stem.toLowerCase(Locale.ROOT);
                    int id = words.indexOf(folded);
                    if (id < 0) {
                        words.add(folded);
                        targets.add(new int[] {k, c});
                    } else {
                        int[] old = targets.get(id);
                        int[] grown = java.util.Arrays.copyOf(old, old.length + 2);
                        grown[old.length] = k;
                        grown[old.length + 1] = c;
                        targets.set(id, grown);
                    }
                }
            }
        }
        this.stems = KeywordAutomaton.of(words.isEmpty() ? List.of("\u0000") : words);
        this.stemTargets = targets.isEmpty() ? new int[][] {new int[0]} : targets.toArray(int[][]::new);
    }

    static DocumentRules builtIn() {
        DocumentRules result = builtIn;
        if (result == null) {
            synchronized (DocumentRules.class) {
                if (builtIn == null) {
                    builtIn = load(RESOURCE);
                }
                result = builtIn;
            }
        }
        return result;
    }

    static DocumentRules load(String resource) {
        try (InputStream in = DocumentRules.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + ": not found on the classpath");
            }
            return parse(resource, YAML.readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException(resource + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    static DocumentRules parse(String source, JsonNode root) {
        if (root == null || !root.has("kinds") || !root.get("kinds").isArray()) {
            throw new IllegalStateException(source + ": needs a 'kinds' list");
        }
        int defaultMinWords = root.path("defaults").path("minWords").asInt(20);
        List<KindRule> kinds = new ArrayList<>();
        Set<DocKind> seen = EnumSet.noneOf(DocKind.class);
        for (JsonNode node : root.get("kinds")) {
            String id = node.path("kind").asText("");
            DocKind kind = DocKind.fromId(id).orElseThrow(
                    () -> new IllegalStateException(source + ": unknown document kind '" + id + "'"));
            String where = source + " kind '" + id + "'";
            if (!seen.add(kind)) {
                throw new IllegalStateException(where + ": listed twice");
            }
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!FIELDS.contains(field)) {
                    throw new IllegalStateException(where + ": unknown field '" + field + "'");
                }
            }
            List<List<String>> concepts = new ArrayList<>();
            for (JsonNode concept : node.path("content")) {
                List<String> synonyms = new ArrayList<>();
                if (concept.isArray()) {
                    concept.forEach(s -> synonyms.add(s.asText()));
                } else {
                    synonyms.add(concept.asText());
                }
                if (synonyms.isEmpty() || synonyms.stream().anyMatch(String::isBlank)) {
                    throw new IllegalStateException(where + ": empty content concept");
                }
                concepts.add(synonyms);
            }
            Optional<Pattern> lines = Optional.empty();
            int minLines = 0;
            if (node.has("lines")) {
                lines = Optional.of(regex(where, node.path("lines").path("regex").asText(), 0));
                minLines = node.path("lines").path("min").asInt(1);
            }
            Optional<KindRule.ValueRule> value = Optional.empty();
            if (node.has("value")) {
                String type = node.path("value").path("type").asText("");
                KindRule.ValueType valueType;
                try {
                    valueType = KindRule.ValueType.valueOf(type.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(where + ": unknown value type '" + type + "'");
                }
                value = Optional.of(new KindRule.ValueRule(valueType,
                        regexes(where, node.path("value").path("anchors"), Pattern.CASE_INSENSITIVE)));
            }
            int minConcepts = node.path("minConcepts").asInt(0);
            if (minConcepts > concepts.size()) {
                throw new IllegalStateException(where + ": minConcepts " + minConcepts + " exceeds its "
                        + concepts.size() + " concepts");
            }
            kinds.add(new KindRule(kind,
                    regexes(where, node.path("headings"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    regexes(where, node.path("notHeadings"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    regexes(where, node.path("files"), Pattern.CASE_INSENSITIVE),
                    concepts, minConcepts, node.path("requireConcepts").asInt(0),
                    node.path("minWords").asInt(defaultMinWords), lines, minLines, value));
        }
        List<String> placeholders = new ArrayList<>();
        root.path("placeholders").forEach(p -> placeholders.add(p.asText().toLowerCase(Locale.ROOT)));
        List<String> boilerplate = new ArrayList<>();
        root.path("boilerplate").forEach(p -> boilerplate.add(p.asText().toLowerCase(Locale.ROOT)));
        return new DocumentRules(kinds, placeholders, boilerplate);
    }

    private static List<Pattern> regexes(String where, JsonNode list, int flags) {
        List<Pattern> result = new ArrayList<>();
        for (JsonNode item : list) {
            result.add(regex(where, item.asText(), flags));
        }
        return result;
    }

    private static Pattern regex(String where, String source, int flags) {
        if (source == null || source.isBlank()) {
            throw new IllegalStateException(where + ": empty regex");
        }
        try {
            return Pattern.compile(source, flags);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(where + ": bad regex (" + e.getDescription() + "): " + source);
        }
    }
}
