package dev.prodready.collect.code;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a SQL script into statements the way PostgreSQL reads it: semicolons end statements except inside
 * single-quoted strings (with '' escapes), double-quoted identifiers, dollar-quoted bodies ($$...$$, $tag$...$tag$),
 * -- line comments and nested block comments. Each statement keeps its first line and the comment lines just
 * above it (a policy's "-- service role only" note), and its text with comments removed.
 */
final class SqlStatements {

    /** One statement: text without comments (line breaks kept), its first line, and the comment above it. */
    record Statement(String text, int line, String comment) {

        /** The line of a character offset inside {@link #text()}. */
        int lineAt(int offset) {
            int l = line;
            for (int i = 0; i < offset && i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    l++;
                }
            }
            return l;
        }

        /** The text on one line with runs of whitespace collapsed, for pattern matching. */
        String flat() {
            return text.replaceAll("\\s+", " ");
        }
    }

    private SqlStatements() {
    }

    static List<Statement> split(String script) {
        List<Statement> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        StringBuilder comment = new StringBuilder();
        int line = 1;
        int startLine = -1;
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                int end = script.indexOf('\n', i);
                end = end < 0 ? n : end;
                if (text.toString().isBlank()) {
                    comment.append(script, i + 2, end).append('\n');
                }
                i = end;
                continue;
            }
            if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int depth = 1;
                int j = i + 2;
                while (j < n && depth > 0) {
                    if (script.charAt(j) == '\n') {
                        line++;
                    }
                    if (script.startsWith("/*", j)) {
                        depth++;
                        j += 2;
                    } else if (script.startsWith("*/", j)) {
                        depth--;
                        j += 2;
                    } else {
                        j++;
                    }
                }
                String block = script.substring(Math.min(i + 2, n), Math.max(i + 2, Math.min(j - 2, n)));
                if (text.toString().isBlank()) {
                    comment.append(block).append('\n');
                }
                text.append(' ').append("\n".repeat((int) block.chars().filter(ch -> ch == '\n').count()));
                i = j;
                continue;
            }
            if (!Character.isWhitespace(c) && startLine < 0) {
                startLine = line;
            }
            if (c == '\'' || c == '"') {
                int j = i + 1;
                while (j < n) {
                    char d = script.charAt(j);
                    if (d == '\n') {
                        line++;
                    }
                    if (d == c) {
                        if (j + 1 < n && script.charAt(j + 1) == c) {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    if (d == '\\' && c == '\'' && i > 0 && (script.charAt(i - 1) == 'E' || script.charAt(i - 1) == 'e')) {
                        j += 2;
                        continue;
                    }
                    j++;
                }
                text.append(script, i, Math.min(j + 1, n));
                i = j + 1;
                continue;
            }
            if (c == '$') {
                int close = script.indexOf('$', i + 1);
                if (close > i && script.substring(i + 1, close).matches("[A-Za-z_]?\\w*")) {
                    String tag = script.substring(i, close + 1);
                    int end = script.indexOf(tag, close + 1);
                    end = end < 0 ? n : end + tag.length();
                    String body = script.substring(i, end);
                    line += (int) body.chars().filter(ch -> ch == '\n').count();
                    text.append(body);
                    i = end;
                    continue;
                }
            }
            if (c == ';') {
                flush(out, text, comment, startLine);
                startLine = -1;
                i++;
                continue;
            }
            text.append(c == '\n' ? '\n' : Character.isWhitespace(c) ? ' ' : c);
            i++;
        }
        flush(out, text, comment, startLine);
        return out;
    }

    private static void flush(List<Statement> out, StringBuilder text, StringBuilder comment, int line) {
        String raw = text.toString();
        int lead = 0;
        while (lead < raw.length() && Character.isWhitespace(raw.charAt(lead))) {
            lead++;
        }
        String t = raw.substring(lead).stripTrailing();
        if (!t.isEmpty()) {
            out.add(new Statement(t, Math.max(line, 1), comment.toString().strip()));
        }
        text.setLength(0);
        comment.setLength(0);
    }
}
