package dev.prodready.collect.code;

import dev.prodready.collect.text.KeywordAutomaton;

import java.util.List;
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

    private final Pattern paths;
    private final KeywordAutomaton keywords;
    private final KeywordAutomaton clientKeywords;

    private Triggers(Pattern paths, KeywordAutomaton keywords, KeywordAutomaton clientKeywords) {
        this.paths = paths;
        this.keywords = keywords;
        this.clientKeywords = clientKeywords;
    }

    static Triggers of(CodeRules rules) {
        List<String> paths = rules.strings("triggers.paths");
        List<String> words = rules.strings("triggers.keywords");
        if (paths.isEmpty() || words.isEmpty()) {
            throw new IllegalStateException("rules.yml has no triggers");
        }
        return new Triggers(Pattern.compile(String.join("|", paths)), KeywordAutomaton.of(words),
                KeywordAutomaton.of(rules.strings("triggers.clientKeywords")));
    }

    /**
     * Browser modules are judged only by the analyses that apply to browser code (HTML sinks, client-only admin
     * checks, the service-role key, cookies written by script, eval, queries in loops), so fewer words qualify them.
     */
    boolean wanted(Language language, String path, String source) {
        if (paths.matcher(path).find()) {
            return true;
        }
        boolean client = FileContext.isClient(language, path, source);
        if (client ? clientKeywords.anyIn(source) : keywords.anyIn(source)) {
            return true;
        }
        return SQL_WORDS.anyIn(source) && SQL.matcher(source).find();
    }
}
