package dev.prodready.live;

import java.util.Optional;

/**
 * Reads a header holding one RFC 8941 structured-field item and returns its token, parameters allowed and
 * ignored. Anything else (a quoted string, a number, a list, trailing garbage) gives empty: the header is then
 * not a valid policy.
 */
final class StructuredFieldToken {

    private final String s;
    private int i;

    private StructuredFieldToken(String s) {
        this.s = s;
    }

    static Optional<String> of(String header) {
        StructuredFieldToken p = new StructuredFieldToken(header);
        p.skipSpaces();
        Optional<String> token = p.token();
        if (token.isEmpty() || !p.parameters()) {
            return Optional.empty();
        }
        p.skipSpaces();
        return p.i == p.s.length() ? token : Optional.empty();
    }

    private void skipSpaces() {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
    }

    private Optional<String> token() {
        if (i >= s.length() || !(alpha(s.charAt(i)) || s.charAt(i) == '*')) {
            return Optional.empty();
        }
        int start = i++;
        while (i < s.length() && (tchar(s.charAt(i)) || s.charAt(i) == ':' || s.charAt(i) == '/')) {
            i++;
        }
        return Optional.of(s.substring(start, i));
    }

    private boolean parameters() {
        while (i < s.length() && s.charAt(i) == ';') {
            i++;
            skipSpaces();
            if (i >= s.length() || !(lcalpha(s.charAt(i)) || s.charAt(i) == '*')) {
                return false;
            }
            while (i < s.length() && (lcalpha(s.charAt(i)) || digit(s.charAt(i)) || "_-.*".indexOf(s.charAt(i)) >= 0)) {
                i++;
            }
            if (i < s.length() && s.charAt(i) == '=') {
                i++;
                if (!bareItem()) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean bareItem() {
        if (i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        if (c == '"') {
            i++;
            while (i < s.length()) {
                char d = s.charAt(i++);
                if (d == '\\') {
                    if (i >= s.length() || (s.charAt(i) != '"' && s.charAt(i) != '\\')) {
                        return false;
                    }
                    i++;
                } else if (d == '"') {
                    return true;
                } else if (d < 0x20 || d > 0x7e) {
                    return false;
                }
            }
            return false;
        }
        if (c == '-' || digit(c)) {
            if (c == '-') {
                i++;
            }
            int start = i;
            while (i < s.length() && (digit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            return i > start;
        }
        if (c == ':') {
            int end = s.indexOf(':', i + 1);
            if (end < 0) {
                return false;
            }
            for (int k = i + 1; k < end; k++) {
                char d = s.charAt(k);
                if (!(alpha(d) || digit(d) || d == '+' || d == '/' || d == '=')) {
                    return false;
                }
            }
            i = end + 1;
            return true;
        }
        if (c == '?') {
            i++;
            if (i < s.length() && (s.charAt(i) == '0' || s.charAt(i) == '1')) {
                i++;
                return true;
            }
            return false;
        }
        return token().isPresent();
    }

    private static boolean alpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean lcalpha(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean tchar(char c) {
        return alpha(c) || digit(c) || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }
}
