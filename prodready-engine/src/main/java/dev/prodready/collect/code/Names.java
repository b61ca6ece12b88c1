package dev.prodready.collect.code;

import java.util.regex.Pattern;

/** Text normalisation for names and literals taken out of source code. */
final class Names {

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern SEPARATORS = Pattern.compile("\\?\\.|!\\.|->|::|\\?->");

    private Names() {
    }

    static String normaliseCallee(String raw) {
        String s = SPACE.matcher(raw).replaceAll("");
        s = SEPARATORS.matcher(s).replaceAll(".");
        if (s.startsWith("await")) {
            s = s.substring(5);
        }
        while (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    /** The part after the last dot, without a trailing "!" or "?" (Ruby) or "()" (for chained calls). */
    static String lastSegment(String callee) {
        int depth = 0;
        int cut = -1;
        for (int i = callee.length() - 1; i >= 0; i--) {
            char c = callee.charAt(i);
            if (c == ')' || c == ']') {
                depth++;
            } else if (c == '(' || c == '[') {
                depth--;
            } else if (c == '.' && depth == 0) {
                cut = i;
                break;
            }
        }
        String last = callee.substring(cut + 1);
        int paren = last.indexOf('(');
        return paren > 0 ? last.substring(0, paren) : last;
    }

    /** Removes string quotes and Python prefixes: {@code f"a"} -> {@code a}, {@code `b`} -> {@code b}. */
    static String stripQuotes(String literal) {
        String s = literal.strip();
        int i = 0;
        while (i < s.length() && i < 3 && Character.isLetter(s.charAt(i))) {
            i++;
        }
        if (i > 0 && i < s.length() && isQuote(s.charAt(i))) {
            s = s.substring(i);
        }
        if (s.startsWith("\"\"\"") || s.startsWith("'''")) {
            return s.length() >= 6 ? s.substring(3, s.length() - 3) : s;
        }
        if (!s.isEmpty() && isQuote(s.charAt(0))) {
            int endTrim = s.length() > 1 && s.charAt(s.length() - 1) == s.charAt(0) ? 1 : 0;
            return s.substring(1, s.length() - endTrim);
        }
        return s;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '`';
    }
}
