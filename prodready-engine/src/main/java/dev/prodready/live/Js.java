package dev.prodready.live;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The few JavaScript string behaviours MDN Observatory's verdicts depend on (its whitespace set for trim and
 * split, parseInt), so that edge cases land on the same side.
 */
final class Js {

    private Js() {
    }

    static boolean whitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000b' || c == '\f' || c == '\u00a0'
                || c == '\u1680' || (c >= '\u2000' && c <= '\u200a') || c == '\u2028' || c == '\u2029'
                || c == '\u202f' || c == '\u205f' || c == '\u3000' || c == '\ufeff';
    }

    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && whitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && whitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** {@code s.split(/\s+/)}: leading whitespace gives a first empty element, as in JavaScript. */
    static List<String> splitWhitespace(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (whitespace(c)) {
                out.add(cur.toString());
                cur.setLength(0);
                while (i < s.length() && whitespace(s.charAt(i))) {
                    i++;
                }
                continue;
            }
            cur.append(c);
            i++;
        }
        out.add(cur.toString());
        return out;
    }

    /** {@code parseInt(s, 10)}; empty when JavaScript would give NaN. */
    static OptionalLong parseInt(String s) {
        String t = trim(s);
        int i = 0;
        boolean negative = false;
        if (i < t.length() && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            negative = t.charAt(i) == '-';
            i++;
        }
        int start = i;
        while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
            i++;
        }
        if (i == start) {
            return OptionalLong.empty();
        }
        String digits = t.substring(start, Math.min(i, start + 18));
        long v = Long.parseLong(digits);
        return OptionalLong.of(negative ? -v : v);
    }

    /** JavaScript's {@code "a=b=c".split("=")[1]}: the text between the first and second separator. */
    static String secondPart(String s, char sep) {
        int first = s.indexOf(sep);
        if (first < 0) {
            return null;
        }
        int second = s.indexOf(sep, first + 1);
        return second < 0 ? s.substring(first + 1) : s.substring(first + 1, second);
    }
}
