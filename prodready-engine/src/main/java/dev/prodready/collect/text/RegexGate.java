package dev.prodready.collect.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The words a regular expression cannot match without, read off its start, so a text lacking all of them skips
 * the regex: {@code \bRTO\b} needs "rto", {@code \b(database|db) schema} needs "database" or "db",
 * {@code (^|/)run[-_]?books?} needs "run". Leading anchors ({@code ^}, {@code \b}, {@code (^|/)}, {@code \s*}) are
 * stepped over. A regex that starts any other way gets no gate: {@link #mayMatch} is then always true.
 *
 * <p>The gate is a necessary condition only, checked on lower-cased text: a match always contains one of the
 * words (in some case), whatever the regex's flags.
 */
public final class RegexGate {

    private static final String[] SKIPPED = {"(?i)", "^", "\\b", "(^|/)", "(?:^|/)", "(^|/|\\b)", "\\s*", "\\s+",
        "(?:^|\\s)"};
    private static final int MIN = 2;

    private final List<String> words;
    /** The same words as an array: the check runs per line and per file, and must not allocate an iterator. */
    private final String[] wordArray;

    private RegexGate(List<String> words) {
        this.words = words;
        this.wordArray = words == null ? null : words.toArray(String[]::new);
    }

    private static final Map<Pattern, RegexGate> GATES = new ConcurrentHashMap<>();

    /** The gate of a pattern, read once per pattern (rules hold their patterns for the life of the process). */
    public static RegexGate of(Pattern pattern) {
        RegexGate known = GATES.get(pattern);
        if (known == null) {
            known = new RegexGate(words(pattern.pattern()));
            if (GATES.size() > MAX_GATES) {
                GATES.clear(); // patterns made on the fly must not pile up in a long-lived process
            }
            GATES.put(pattern, known);
        }
        return known;
    }

    private static final int MAX_GATES = 20_000;

    /** {@code pattern.matcher(text).find()}, skipped when the gate says it cannot match. */
    public static boolean find(Pattern pattern, String text, String lowerCase) {
        return of(pattern).mayMatch(lowerCase) && pattern.matcher(text).find();
    }

    /** Whether the regex may match text whose lower-case form is {@code lowerCase}. */
    public boolean mayMatch(String lowerCase) {
        if (wordArray == null) {
            return true;
        }
        for (String w : wordArray) {
            if (lowerCase.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a match can only begin where the input (or the matcher's region) begins: every top-level alternative
     * starts with {@code ^}, after inline case flags, and the regex is not MULTILINE. Then {@code lookingAt} decides
     * what {@code find} would, without trying the regex at every offset of the line.
     */
    public static boolean anchoredAtStart(Pattern pattern) {
        if ((pattern.flags() & (Pattern.MULTILINE | Pattern.COMMENTS | Pattern.LITERAL)) != 0) {
            return false;
        }
        Split whole = split(pattern.pattern(), 0);
        if (whole == null || whole.close() >= 0) {
            return false;
        }
        for (String alternative : whole.parts()) {
            String rest = alternative;
            while (rest.startsWith("(?i)") || rest.startsWith("(?u)") || rest.startsWith("(?iu)")
                    || rest.startsWith("(?ui)")) {
                rest = rest.substring(rest.indexOf(')') + 1);
            }
            if (!rest.startsWith("^")) {
                return false;
            }
        }
        return true;
    }

    /** The words (lower case), or null when the regex has no gate. */
    List<String> words() {
        return words;
    }

    private static List<String> words(String source) {
        Split whole = split(source, 0);
        if (whole == null || whole.close() >= 0) {
            return null; // one it cannot read
        }
        if (whole.parts().size() > 1) {
            // An alternation of the whole regex (rule lists joined with '|'): every branch must have its words.
            List<String> all = new ArrayList<>();
            for (String branch : whole.parts()) {
                List<String> words = sequenceWords(branch);
                if (words == null) {
                    return null;
                }
                words.stream().filter(w -> !all.contains(w)).forEach(all::add);
            }
            return List.copyOf(all);
        }
        return sequenceWords(source);
    }

    /** The words of a regex that is not an alternation at its top level. */
    private static List<String> sequenceWords(String source) {
        int i = 0;
        boolean stepped = true;
        while (stepped) {
            stepped = false;
            for (String s : SKIPPED) {
                if (source.startsWith(s, i)) {
                    i += s.length();
                    stepped = true;
                }
            }
        }
        if (i >= source.length()) {
            return null;
        }
        if (source.charAt(i) != '(') {
            String word = leadingWord(source, i);
            return word.length() >= MIN ? List.of(word) : null;
        }
        int bodyStart = source.startsWith("(?:", i) ? i + 3 : source.startsWith("(?", i) ? -1 : i + 1;
        if (bodyStart < 0) {
            return null; // look-around, named group or inline flags: not read
        }
        Split group = split(source, bodyStart);
        if (group == null) {
            return null;
        }
        List<String> alternatives = group.parts();
        int close = group.close();
        if (close < 0 || close + 1 < source.length() && "?*{".indexOf(source.charAt(close + 1)) >= 0) {
            return null; // unbalanced, or the whole group is optional
        }
        List<String> result = new ArrayList<>();
        for (String alternative : alternatives) {
            String word = leadingWord(alternative, 0);
            if (word.length() < MIN) {
                return null;
            }
            result.add(word);
        }
        return List.copyOf(result);
    }

    /** The plain characters at the start of a regex, lower-cased; an optional last character is left out. */
    private static String leadingWord(String source, int from) {
        StringBuilder word = new StringBuilder();
        int k = from;
        while (k < source.length()) {
            char c = source.charAt(k);
            if (Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '_' || c == '/' || c == ',' || c == ':'
                    || c == '\'' || c == '"' || c == '@' || c == '#' || c == '=' || c == '<' || c == '>' || c == '&') {
                word.append(c);
                k++;
            } else if (c == '\\' && k + 1 < source.length() && !Character.isLetterOrDigit(source.charAt(k + 1))) {
                word.append(source.charAt(k + 1)); // an escaped punctuation character stands for itself
                k += 2;
            } else {
                break;
            }
        }
        if (k < source.length() && "?*{".indexOf(source.charAt(k)) >= 0 && word.length() > 0) {
            word.setLength(word.length() - 1);
        }
        return word.toString().toLowerCase(Locale.ROOT);
    }

    /** The top-level alternatives from {@code from} up to the unmatched ')' (close) or the end (close -1). */
    private record Split(List<String> parts, int close) {
    }

    /** Splits on unescaped '|' outside nested groups and classes; null when a class is never closed. */
    private static Split split(String source, int from) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int k = from; k < source.length(); k++) {
            char c = source.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '[') {
                k = classEnd(source, k);
                if (k < 0) {
                    return null;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    parts.add(source.substring(start, k));
                    return new Split(parts, k);
                }
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(source.substring(start, k));
                start = k + 1;
            }
        }
        parts.add(source.substring(start));
        return new Split(parts, -1);
    }

    private static int classEnd(String source, int open) {
        for (int k = open + 1; k < source.length(); k++) {
            char c = source.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == ']' && k > open + 1) {
                return k;
            }
        }
        return -1;
    }
}
