package dev.prodready.collect.iac;

import dev.prodready.fact.IacValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small scanner for infrastructure programs written in TypeScript, JavaScript, Python or Java (Pulumi and CDK):
 * it skips comments, reads strings, numbers and balanced brackets, and finds calls ({@code new rds.DatabaseInstance(
 * this, 'Db', {...})}, {@code aws.rds.Instance("db", publicly_accessible=False)}, {@code sg.addIngressRule(...)})
 * with their arguments as {@link IacValue} trees. Only literals become scalars; anything else (a variable, a
 * function call, a template with placeholders) is an {@link IacValue.Expression} holding its source text, the way
 * an unresolved Terraform reference is kept. This is not a parser of those languages and never runs the code.
 */
final class ProgramText {

    enum Language { SCRIPT, PYTHON, JAVA }

    enum Kind { IDENT, NUMBER, STRING, PUNCT }

    /** One token; {@code interpolated} marks a template or f-string with placeholders. */
    record Token(Kind kind, String text, int line, boolean interpolated) {
        boolean is(String s) {
            return (kind == Kind.PUNCT || kind == Kind.IDENT) && text.equals(s);
        }
    }

    /**
     * A call found in the program.
     *
     * @param callee     the dotted name called ("rds.DatabaseInstance", "sg.addIngressRule")
     * @param constructed written with {@code new}
     * @param assignedTo the variable the result is assigned to ("db", "self.db", ""), for later method calls on it
     * @param positional positional arguments
     * @param keywords   Python keyword arguments, in order
     */
    record Call(String callee, boolean constructed, String assignedTo, List<IacValue> positional,
                Map<String, IacValue> keywords, int line) {

        String lastSegment() {
            int dot = callee.lastIndexOf('.');
            return dot < 0 ? callee : callee.substring(dot + 1);
        }

        /** Everything before the method name ("sg" for "sg.addIngressRule"), or "". */
        String receiver() {
            int dot = callee.lastIndexOf('.');
            return dot < 0 ? "" : callee.substring(0, dot);
        }

        /** The first positional argument that is a mapping (TS props), else the keyword arguments (Python). */
        IacValue.Mapping props() {
            for (IacValue v : positional) {
                if (v instanceof IacValue.Mapping m) {
                    return m;
                }
            }
            return new IacValue.Mapping(keywords, line);
        }
    }

    private static final Set<String> MULTI = Set.of("...", "===", "!==", "**=", "==", "!=", "<=", ">=", "=>", "**",
            "&&", "||", "??", "?.", "::", "->", "+=", "-=", "*=", "/=");
    private static final Set<String> REGEX_BEFORE = Set.of("(", ",", "=", ":", "[", "!", "&&", "||", "?", "{", "}", ";",
            "return", "=>", "==", "===", "!=", "!==");
    private static final int MAX_DEPTH = 40;
    private static final int MAX_EXPRESSION = 120;

    private final List<Token> tokens;
    private final Language language;

    private ProgramText(List<Token> tokens, Language language) {
        this.tokens = tokens;
        this.language = language;
    }

    static ProgramText read(String text, Language language) {
        return new ProgramText(tokenize(text, language), language);
    }

    List<Token> tokens() {
        return tokens;
    }

    static Language languageOf(String extension) {
        return switch (extension) {
            case "py" -> Language.PYTHON;
            case "java" -> Language.JAVA;
            default -> Language.SCRIPT;
        };
    }

    // ---------------------------------------------------------------- tokenizer

    static List<Token> tokenize(String s, Language language) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int line = 1;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
                i++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (language == Language.PYTHON && c == '#') {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (language != Language.PYTHON && c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (language != Language.PYTHON && c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(s, i, end);
                i = end;
                continue;
            }
            if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && Character.isJavaIdentifierPart(s.charAt(i))) {
                    i++;
                }
                String word = s.substring(start, i);
                if (language == Language.PYTHON && i < n && (s.charAt(i) == '"' || s.charAt(i) == '\'')
                        && word.length() <= 2 && word.toLowerCase().matches("[rbuf]+")) {
                    int[] end = new int[1];
                    String body = pythonString(s, i, end);
                    boolean interpolated = word.toLowerCase().contains("f") && body.contains("{");
                    out.add(new Token(Kind.STRING, body, line, interpolated));
                    line += count(s, i, end[0]);
                    i = end[0];
                    continue;
                }
                out.add(new Token(Kind.IDENT, word, line, false));
                continue;
            }
            if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1)))) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '_')) {
                    i++;
                }
                out.add(new Token(Kind.NUMBER, s.substring(start, i).replace("_", ""), line, false));
                continue;
            }
            if (c == '"' || c == '\'') {
                int[] end = new int[1];
                String body = language == Language.PYTHON || (language == Language.JAVA && s.startsWith("\"\"\"", i))
                        ? pythonString(s, i, end) : quoted(s, i, c, end);
                out.add(new Token(Kind.STRING, body, line, false));
                line += count(s, i, end[0]);
                i = end[0];
                continue;
            }
            if (c == '`' && language == Language.SCRIPT) {
                int[] end = new int[1];
                String body = template(s, i, end);
                out.add(new Token(Kind.STRING, body, line, body.contains("${")));
                line += count(s, i, end[0]);
                i = end[0];
                continue;
            }
            if (c == '/' && language == Language.SCRIPT && regexAllowed(out)) {
                int end = regexEnd(s, i);
                if (end > 0) {
                    out.add(new Token(Kind.STRING, s.substring(i, end), line, true));
                    i = end;
                    continue;
                }
            }
            String op = String.valueOf(c);
            for (String m : MULTI) {
                if (m.length() > op.length() && s.startsWith(m, i)) {
                    op = m;
                }
            }
            out.add(new Token(Kind.PUNCT, op, line, false));
            i += op.length();
        }
        return out;
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int k = from; k < to && k < s.length(); k++) {
            if (s.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static String quoted(String s, int start, char quote, int[] end) {
        StringBuilder b = new StringBuilder();
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                b.append(s.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == quote || c == '\n') {
                i++;
                break;
            }
            b.append(c);
            i++;
        }
        end[0] = i;
        return b.toString();
    }

    /** Python strings, including triple-quoted ones; also Java text blocks. */
    private static String pythonString(String s, int start, int[] end) {
        char q = s.charAt(start);
        String triple = String.valueOf(q).repeat(3);
        if (s.startsWith(triple, start)) {
            int close = s.indexOf(triple, start + 3);
            close = close < 0 ? s.length() : close;
            end[0] = Math.min(s.length(), close + 3);
            return s.substring(start + 3, close);
        }
        return quoted(s, start, q, end);
    }

    private static String template(String s, int start, int[] end) {
        int i = start + 1;
        int depth = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (depth == 0 && c == '`') {
                end[0] = i + 1;
                return s.substring(start + 1, i);
            }
            if (c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                depth++;
                i += 2;
                continue;
            }
            if (depth > 0 && c == '}') {
                depth--;
            } else if (depth > 0 && c == '{') {
                depth++;
            }
            i++;
        }
        end[0] = s.length();
        return s.substring(start + 1);
    }

    private static boolean regexAllowed(List<Token> out) {
        if (out.isEmpty()) {
            return true;
        }
        Token last = out.get(out.size() - 1);
        return (last.kind() == Kind.PUNCT || last.is("return")) && REGEX_BEFORE.contains(last.text());
    }

    /** The end of a regular expression literal starting at {@code start}, or -1 when it is not one. */
    private static int regexEnd(String s, int start) {
        boolean inClass = false;
        for (int i = start + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                return -1;
            }
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                int j = i + 1;
                while (j < s.length() && Character.isLetter(s.charAt(j))) {
                    j++;
                }
                return j;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- calls

    /** Every call with a dotted name in the program, nested ones included, in source order. */
    List<Call> calls() {
        List<Call> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String chained = "";
            if (t.kind() == Kind.IDENT && i > 1 && tokens.get(i - 1).is(".") && tokens.get(i - 2).is(")")) {
                chained = chainedReceiver(i - 2);
                if (chained.isEmpty()) {
                    continue;
                }
            } else if (t.kind() != Kind.IDENT || (i > 0 && tokens.get(i - 1).is("."))) {
                continue;
            }
            int j = i;
            StringBuilder name = new StringBuilder(chained).append(t.text());
            while (j + 2 < tokens.size() && tokens.get(j + 1).is(".") && tokens.get(j + 2).kind() == Kind.IDENT) {
                j += 2;
                name.append('.').append(tokens.get(j).text());
            }
            if (j + 1 >= tokens.size() || !tokens.get(j + 1).is("(")) {
                continue;
            }
            if (isKeyword(t.text()) || (i > 0 && isDeclaration(tokens.get(i - 1)))) {
                continue;
            }
            boolean constructed = i > 0 && tokens.get(i - 1).is("new");
            int first = constructed ? i - 1 : i;
            try {
                out.add(call(name.toString(), constructed, assignedTo(first), j + 1, t.line()));
            } catch (RuntimeException | StackOverflowError e) {
                // an argument list this scanner cannot follow; the call is left out
            }
        }
        return out;
    }

    /** For {@code fn.metricErrors().createAlarm(}: "fn.metricErrors()." (the call whose result is used), or "". */
    private String chainedReceiver(int close) {
        int depth = 0;
        int k = close;
        for (; k >= 0; k--) {
            if (tokens.get(k).is(")")) {
                depth++;
            } else if (tokens.get(k).is("(") && --depth == 0) {
                break;
            }
        }
        if (k < 1 || tokens.get(k - 1).kind() != Kind.IDENT) {
            return "";
        }
        int[] start = {k - 1};
        return dottedBackwards(start) + "().";
    }

    private static boolean isKeyword(String word) {
        return Set.of("if", "for", "while", "switch", "catch", "function", "return", "def", "class", "elif", "with",
                "print", "super", "typeof", "await", "import", "require").contains(word);
    }

    /** "def f(" and "function f(" declare, they do not call. */
    private static boolean isDeclaration(Token before) {
        return before.is("def") || before.is("function") || before.is("class");
    }

    /** The variable a call's result is assigned to: {@code const db = ...}, {@code self.db = ...}, {@code Db db = ...}. */
    private String assignedTo(int first) {
        if (first < 2 || !tokens.get(first - 1).is("=")) {
            return "";
        }
        int k = first - 2;
        if (tokens.get(k).kind() != Kind.IDENT) {
            return "";
        }
        int[] start = {k};
        String name = dottedBackwards(start);
        // TypeScript annotation: const db: rds.DatabaseInstance = new ...
        if (start[0] >= 2 && tokens.get(start[0] - 1).is(":") && tokens.get(start[0] - 2).kind() == Kind.IDENT) {
            start[0] -= 2;
            name = dottedBackwards(start);
        }
        return name.startsWith("this.") || name.startsWith("self.") ? name.substring(5) : name;
    }

    private String dottedBackwards(int[] k) {
        StringBuilder b = new StringBuilder(tokens.get(k[0]).text());
        while (k[0] >= 2 && tokens.get(k[0] - 1).is(".") && tokens.get(k[0] - 2).kind() == Kind.IDENT) {
            k[0] -= 2;
            b.insert(0, tokens.get(k[0]).text() + ".");
        }
        return b.toString();
    }

    private Call call(String callee, boolean constructed, String assignedTo, int open, int line) {
        List<IacValue> positional = new ArrayList<>();
        Map<String, IacValue> keywords = new LinkedHashMap<>();
        int[] pos = {open + 1};
        while (pos[0] < tokens.size() && !tokens.get(pos[0]).is(")")) {
            Token t = tokens.get(pos[0]);
            if (language == Language.PYTHON && t.kind() == Kind.IDENT && pos[0] + 1 < tokens.size()
                    && tokens.get(pos[0] + 1).is("=")) {
                pos[0] += 2;
                keywords.put(t.text(), value(pos, 0));
            } else if (t.is("*") || t.is("**") || t.is("...")) {
                pos[0]++;
                value(pos, 0);
            } else {
                positional.add(value(pos, 0));
            }
            if (pos[0] < tokens.size() && tokens.get(pos[0]).is(",")) {
                pos[0]++;
            } else if (pos[0] < tokens.size() && !tokens.get(pos[0]).is(")")) {
                skip(pos);
            }
        }
        return new Call(callee, constructed, assignedTo, positional, keywords, line);
    }

    /** Reads one value starting at pos[0] and leaves pos[0] on the ',' or closing bracket after it. */
    private IacValue value(int[] pos, int depth) {
        if (pos[0] >= tokens.size()) {
            return new IacValue.Expression("", tokens.isEmpty() ? 1 : tokens.get(tokens.size() - 1).line());
        }
        Token t = tokens.get(pos[0]);
        if (depth > MAX_DEPTH) {
            skip(pos);
            return new IacValue.Expression("(nested too deeply)", t.line());
        }
        if (t.is("{") && (language != Language.JAVA)) {
            int save = pos[0];
            IacValue.Mapping m = object(pos, depth);
            if (atEnd(pos)) {
                return m;
            }
            pos[0] = save;
        } else if (t.is("[")) {
            int save = pos[0];
            IacValue.Sequence s = array(pos, depth);
            if (atEnd(pos)) {
                return s;
            }
            pos[0] = save;
        } else if (single(pos)) {
            pos[0]++;
            return literal(t).orElse(new IacValue.Expression(t.text(), t.line()));
        } else if ((t.is("-") || t.is("+")) && pos[0] + 1 < tokens.size()
                && tokens.get(pos[0] + 1).kind() == Kind.NUMBER && endsAt(pos[0] + 2)) {
            pos[0] += 2;
            return IacValue.Scalar.of(t.text().replace("+", "") + tokens.get(pos[0] - 1).text(),
                    IacValue.Scalar.Type.NUMBER, t.line());
        } else if (t.kind() == Kind.IDENT && language == Language.PYTHON) {
            IacValue args = argsClass(pos, depth);
            if (args != null) {
                return args;
            }
        }
        int start = pos[0];
        skip(pos);
        return new IacValue.Expression(text(start, pos[0]), t.line());
    }

    /** A Python {@code SomethingArgs(key=value, ...)} or {@code ...Property(...)} value, read as a mapping. */
    private IacValue argsClass(int[] pos, int depth) {
        int j = pos[0];
        while (j + 2 < tokens.size() && tokens.get(j + 1).is(".") && tokens.get(j + 2).kind() == Kind.IDENT) {
            j += 2;
        }
        String last = tokens.get(j).text();
        if (j + 1 >= tokens.size() || !tokens.get(j + 1).is("(")
                || !(last.endsWith("Args") || last.endsWith("Property"))) {
            return null;
        }
        int save = pos[0];
        Map<String, IacValue> entries = new LinkedHashMap<>();
        pos[0] = j + 2;
        while (pos[0] < tokens.size() && !tokens.get(pos[0]).is(")")) {
            Token k = tokens.get(pos[0]);
            if (k.kind() == Kind.IDENT && pos[0] + 1 < tokens.size() && tokens.get(pos[0] + 1).is("=")) {
                pos[0] += 2;
                entries.put(k.text(), value(pos, depth + 1));
            } else {
                value(pos, depth + 1);
            }
            if (pos[0] < tokens.size() && tokens.get(pos[0]).is(",")) {
                pos[0]++;
            } else if (pos[0] < tokens.size() && !tokens.get(pos[0]).is(")")) {
                skip(pos);
            }
        }
        pos[0]++;
        if (!atEnd(pos)) {
            pos[0] = save;
            return null;
        }
        return new IacValue.Mapping(entries, tokens.get(save).line());
    }

    private IacValue.Mapping object(int[] pos, int depth) {
        int line = tokens.get(pos[0]).line();
        Map<String, IacValue> entries = new LinkedHashMap<>();
        pos[0]++;
        while (pos[0] < tokens.size() && !tokens.get(pos[0]).is("}")) {
            Token k = tokens.get(pos[0]);
            if (k.is("...") || k.is("**")) {
                pos[0]++;
                value(pos, depth + 1);
            } else if ((k.kind() == Kind.IDENT || k.kind() == Kind.STRING || k.kind() == Kind.NUMBER)
                    && pos[0] + 1 < tokens.size() && tokens.get(pos[0] + 1).is(":")) {
                pos[0] += 2;
                entries.put(k.text(), value(pos, depth + 1));
            } else if (k.kind() == Kind.IDENT && pos[0] + 1 < tokens.size()
                    && (tokens.get(pos[0] + 1).is(",") || tokens.get(pos[0] + 1).is("}"))) {
                pos[0]++;
                entries.put(k.text(), new IacValue.Expression(k.text(), k.line()));
            } else {
                skip(pos);
            }
            if (pos[0] < tokens.size() && tokens.get(pos[0]).is(",")) {
                pos[0]++;
            } else if (pos[0] < tokens.size() && !tokens.get(pos[0]).is("}")) {
                skip(pos);
                if (pos[0] < tokens.size() && tokens.get(pos[0]).is(",")) {
                    pos[0]++;
                }
            }
        }
        pos[0]++;
        return new IacValue.Mapping(entries, line);
    }

    private IacValue.Sequence array(int[] pos, int depth) {
        int line = tokens.get(pos[0]).line();
        List<IacValue> items = new ArrayList<>();
        pos[0]++;
        while (pos[0] < tokens.size() && !tokens.get(pos[0]).is("]")) {
            if (tokens.get(pos[0]).is("...") || tokens.get(pos[0]).is("*")) {
                pos[0]++;
            }
            items.add(value(pos, depth + 1));
            if (pos[0] < tokens.size() && tokens.get(pos[0]).is(",")) {
                pos[0]++;
            } else if (pos[0] < tokens.size() && !tokens.get(pos[0]).is("]")) {
                skip(pos);
            }
        }
        pos[0]++;
        return new IacValue.Sequence(items, line);
    }

    /** A token that is a whole value by itself (followed by a separator). */
    private boolean single(int[] pos) {
        Token t = tokens.get(pos[0]);
        return (t.kind() == Kind.STRING || t.kind() == Kind.NUMBER || t.kind() == Kind.IDENT) && endsAt(pos[0] + 1);
    }

    private boolean endsAt(int k) {
        if (k >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(k);
        return t.is(",") || t.is(")") || t.is("]") || t.is("}") || t.is(";");
    }

    private boolean atEnd(int[] pos) {
        return endsAt(pos[0]);
    }

    private static java.util.Optional<IacValue> literal(Token t) {
        return switch (t.kind()) {
            case STRING -> java.util.Optional.of(t.interpolated() ? new IacValue.Expression(t.text(), t.line())
                    : IacValue.Scalar.of(t.text(), IacValue.Scalar.Type.STRING, t.line()));
            case NUMBER -> java.util.Optional.of(IacValue.Scalar.of(t.text(), IacValue.Scalar.Type.NUMBER, t.line()));
            case IDENT -> switch (t.text()) {
                case "true", "True" -> java.util.Optional.of(IacValue.Scalar.of("true", IacValue.Scalar.Type.BOOL, t.line()));
                case "false", "False" -> java.util.Optional.of(IacValue.Scalar.of("false", IacValue.Scalar.Type.BOOL,
                        t.line()));
                case "null", "None", "undefined" -> java.util.Optional.of(IacValue.Scalar.of("", IacValue.Scalar.Type.NULL,
                        t.line()));
                default -> java.util.Optional.empty();
            };
            default -> java.util.Optional.empty();
        };
    }

    /** Moves pos[0] to the next ',' or closing bracket at this depth (balanced brackets in between). */
    private void skip(int[] pos) {
        int depth = 0;
        while (pos[0] < tokens.size()) {
            Token t = tokens.get(pos[0]);
            if (t.is("(") || t.is("[") || t.is("{")) {
                depth++;
            } else if (t.is(")") || t.is("]") || t.is("}")) {
                if (depth == 0) {
                    return;
                }
                depth--;
            } else if (depth == 0 && (t.is(",") || t.is(";"))) {
                return;
            }
            pos[0]++;
        }
    }

    /** The source text of tokens [from, to), spaced for reading and shortened. */
    String text(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to && k < tokens.size(); k++) {
            Token t = tokens.get(k);
            String piece = t.kind() == Kind.STRING ? "'" + t.text() + "'" : t.text();
            boolean tight = b.isEmpty() || t.is(".") || t.is("(") || t.is(")") || t.is("[") || t.is("]") || t.is(",")
                    || t.is("?.") || tokens.get(k - 1).is(".") || tokens.get(k - 1).is("(") || tokens.get(k - 1).is("[")
                    || tokens.get(k - 1).is("?.");
            if (!tight) {
                b.append(' ');
            }
            b.append(piece);
            if (b.length() > MAX_EXPRESSION) {
                return b.substring(0, MAX_EXPRESSION) + "...";
            }
        }
        return b.toString();
    }
}
