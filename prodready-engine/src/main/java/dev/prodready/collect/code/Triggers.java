package dev.prodready.collect.code;

import com.fasterxml.jackson.databind.JsonNode;
import dev.prodready.collect.FileText;
import dev.prodready.collect.text.KeywordAutomaton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Decides whether a source file is worth parsing: a server entry point by its path, or text that shows something an
 * analysis looks for (data: {@code triggers} in rules.yml; keywords matched in one case-insensitive pass, plus SQL
 * statements). A file without any trigger cannot yield a fact, so it is read but not parsed.
 */
final class Triggers {

    private static final Pattern SQL = Pattern.compile(
            "(?i)\\bselect\\b[^;]{1,300}?\\bfrom\\b|\\binsert\\s+into\\b|\\bupdate\\s+[\\w.\"`]+\\s+set\\b|\\bdelete\\s+from\\b");

    /** The gate before the SQL regex: one of its statement words must occur at all. */
    private static final KeywordAutomaton SQL_WORDS = KeywordAutomaton.of(List.of("select", "insert", "update", "delete"));

    /** A server entry point by its path: a folder regex, a name regex, or both (null = any). */
    private record PathRule(Pattern folder, Pattern name) {
    }

    private static final int MAX_FOLDERS = 20_000;

    private final List<PathRule> paths;
    /** Per folder, the rules whose folder part it matches. */
    private final Map<String, PathRule[]> byFolder = new ConcurrentHashMap<>();
    private final KeywordAutomaton keywords;
    private final KeywordAutomaton clientKeywords;

    private Triggers(List<PathRule> paths, KeywordAutomaton keywords, KeywordAutomaton clientKeywords) {
        this.paths = paths;
        this.keywords = keywords;
        this.clientKeywords = clientKeywords;
    }

    static Triggers of(CodeRules rules) {
        List<PathRule> paths = new ArrayList<>();
        for (JsonNode entry : rules.node("triggers.paths")) {
            paths.add(new PathRule(entry.hasNonNull("folder") ? Pattern.compile(entry.get("folder").asText()) : null,
                    entry.hasNonNull("name") ? Pattern.compile(entry.get("name").asText()) : null));
        }
        List<String> words = rules.strings("triggers.keywords");
        if (paths.isEmpty() || words.isEmpty()) {
            throw new IllegalStateException("rules.yml has no triggers");
        }
        return new Triggers(List.copyOf(paths), KeywordAutomaton.of(words),
                KeywordAutomaton.of(rules.strings("triggers.clientKeywords")));
    }

    /**
     * Browser modules are judged only by the analyses that apply to browser code (HTML sinks, client-only admin
     * checks, the service-role key, cookies written by script, eval, queries in loops), so fewer words qualify them.
     */
    /** Whether the path alone makes the file a server entry point. */
    boolean entryPoint(String path) {
        int slash = path.lastIndexOf('/');
        String folder = path.substring(0, slash + 1);
        PathRule[] candidates = byFolder.get(folder);
        if (candidates == null) {
            candidates = paths.stream().filter(r -> r.folder() == null || r.folder().matcher(folder).find())
                    .toArray(PathRule[]::new);
            if (byFolder.size() < MAX_FOLDERS) {
                byFolder.put(folder, candidates);
            }
        }
        for (PathRule rule : candidates) {
            if (rule.name() == null || rule.name().matcher(path).region(slash + 1, path.length()).find()) {
                return true;
            }
        }
        return false;
    }

    boolean wanted(Language language, String path, String source) {
        return wanted(language, path, source, words -> words.anyIn(source));
    }

    /** As {@link #wanted(Language, String, String)}, with the keyword walks shared with the pass's other collectors. */
    boolean wanted(Language language, String path, FileText text) {
        return wanted(language, path, text.get().orElse(""), words -> !text.hits(words).isEmpty());
    }

    private boolean wanted(Language language, String path, String source, Predicate<KeywordAutomaton> occurs) {
        if (entryPoint(path)) {
            return true;
        }
        boolean client = FileContext.isClient(language, path, source);
        if (occurs.test(client ? clientKeywords : keywords)) {
            return true;
        }
        return occurs.test(SQL_WORDS) && SQL.matcher(source).find();
    }
}
