package dev.prodready.collect.pipeline;

import dev.prodready.collect.iac.SyntaxProblem;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the Groovy subset Jenkinsfiles are written in into tokens: names, numbers, strings (', ", ''' and """,
 * GString interpolation kept as written), symbols and line ends. Comments are dropped. Nothing is evaluated.
 */
final class GroovyTokens {

    enum Type { NAME, STRING, NUMBER, SYMBOL, NEWLINE, END }

    /** {@code text} is a string's value (quotes removed, escapes of quotes undone) or the token as written. */
    record Token(Type type, String text, int line) {

        boolean is(String symbol) {
            return type == Type.SYMBOL && text.equals(symbol);
        }

        boolean isName(String name) {
            return type == Type.NAME && text.equals(name);
        }
    }

    private final String src;
    private int pos;
    private int line = 1;
    private final List<Token> out = new ArrayList<>();

    private GroovyTokens(String src) {
        this.src = src;
    }

    static List<Token> of(String text) throws SyntaxProblem {
        GroovyTokens t = new GroovyTokens(text);
        t.run();
        return t.out;
    }

    private void run() throws SyntaxProblem {
        if (src.startsWith("#!")) {
            skipLine();
        }
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') {
                out.add(new Token(Type.NEWLINE, "\n", line));
                line++;
                pos++;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                pos++;
            } else if (c == '\\' && pos + 1 < src.length() && (src.charAt(pos + 1) == '\n' || src.charAt(pos + 1) == '\r')) {
                pos++; // a line continuation: the next line end is not a statement end
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
                pos++;
                line++;
            } else if (src.startsWith("//", pos)) {
                skipLine();
            } else if (src.startsWith("/*", pos)) {
                blockComment();
            } else if (src.startsWith("'''", pos) || src.startsWith("\"\"\"", pos)) {
                tripleString(src.substring(pos, pos + 3));
            } else if (c == '\'' || c == '"') {
                string(c);
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = pos;
                while (pos < src.length() && Character.isJavaIdentifierPart(src.charAt(pos))) {
                    pos++;
                }
                out.add(new Token(Type.NAME, src.substring(start, pos), line));
            } else if (Character.isDigit(c)) {
                int start = pos;
                while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '.'
                        || src.charAt(pos) == '_')) {
                    pos++;
                }
                out.add(new Token(Type.NUMBER, src.substring(start, pos), line));
            } else {
                out.add(new Token(Type.SYMBOL, String.valueOf(c), line));
                pos++;
            }
        }
        out.add(new Token(Type.END, "", line));
    }

    private void skipLine() {
        while (pos < src.length() && src.charAt(pos) != '\n') {
            pos++;
        }
    }

    private void blockComment() throws SyntaxProblem {
        int startLine = line;
        int end = src.indexOf("*/", pos + 2);
        if (end < 0) {
            throw new SyntaxProblem("comment opened here is never closed", startLine);
        }
        countLines(pos, end + 2);
        pos = end + 2;
    }

    private void string(char quote) throws SyntaxProblem {
        int startLine = line;
        StringBuilder b = new StringBuilder();
        pos++;
        int braces = 0;
        while (true) {
            if (pos >= src.length() || (src.charAt(pos) == '\n' && braces == 0)) {
                throw new SyntaxProblem("string opened here is never closed", startLine);
            }
            char c = src.charAt(pos);
            if (c == '\\' && pos + 1 < src.length()) {
                char next = src.charAt(pos + 1);
                b.append(next == quote || next == '\\' ? String.valueOf(next) : "\\" + next);
                pos += 2;
                continue;
            }
            if (quote == '"' && c == '$' && pos + 1 < src.length() && src.charAt(pos + 1) == '{') {
                braces++;
                b.append("${");
                pos += 2;
                continue;
            }
            if (braces > 0 && c == '}') {
                braces--;
            } else if (braces == 0 && c == quote) {
                pos++;
                break;
            }
            if (c == '\n') {
                line++;
            }
            b.append(c);
            pos++;
        }
        out.add(new Token(Type.STRING, b.toString(), startLine));
    }

    private void tripleString(String quotes) throws SyntaxProblem {
        int startLine = line;
        int end = src.indexOf(quotes, pos + 3);
        while (end > 0 && src.charAt(end - 1) == '\\') {
            end = src.indexOf(quotes, end + 1);
        }
        if (end < 0) {
            throw new SyntaxProblem("string opened here is never closed", startLine);
        }
        String value = src.substring(pos + 3, end);
        countLines(pos, end + 3);
        pos = end + 3;
        // A string going one quote further ('''' or """") ends with a quote character.
        while (pos < src.length() && src.charAt(pos) == quotes.charAt(0)) {
            value += quotes.charAt(0);
            pos++;
        }
        out.add(new Token(Type.STRING, value, startLine));
    }

    private void countLines(int from, int to) {
        for (int i = from; i < to; i++) {
            if (src.charAt(i) == '\n') {
                line++;
            }
        }
    }
}
