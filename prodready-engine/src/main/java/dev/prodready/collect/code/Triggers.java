package dev.prodready.collect.code;

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

    private final Pattern paths;
    private final KeywordSet keywords;
    private final KeywordSet clientKeywords;

    private Triggers(Pattern paths, KeywordSet keywords, KeywordSet clientKeywords) {
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
        return new Triggers(Pattern.compile(String.join("|", paths)), new KeywordSet(words),
                new KeywordSet(rules.strings("triggers.clientKeywords")));
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
        String lower = source.toLowerCase(java.util.Locale.ROOT);
        return (lower.contains("select") || lower.contains("insert") || lower.contains("update") || lower.contains("delete"))
                && SQL.matcher(source).find();
    }
}
