package dev.prodready.collect.iac;

import com.bertramlabs.plugins.hcl4j.symbols.HCLArray;
import com.bertramlabs.plugins.hcl4j.symbols.HCLAttribute;
import com.bertramlabs.plugins.hcl4j.symbols.HCLBlock;
import com.bertramlabs.plugins.hcl4j.symbols.HCLMap;
import com.bertramlabs.plugins.hcl4j.symbols.HCLValue;
import com.bertramlabs.plugins.hcl4j.symbols.Symbol;
import dev.prodready.fact.IacValue;

import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HCL (Terraform, OpenTofu, tfvars) read into located values with hcl4j's lexer.
 *
 * <p>Only the lexer's symbol tree is used: hcl4j's HCLParser evaluates the file as it goes (it calls out over
 * HTTP for {@code data "http"} blocks and reads files for {@code file()}), which a scanner must never do, and
 * its result keeps no lines. The lexer class is not public, so it is reached reflectively here, in one place.
 * It takes time growing faster than the file, so each top-level block is cut out by {@link #chunks} (strings,
 * templates, heredocs and comments respected) and lexed on its own; a block that cannot be lexed costs only
 * itself, and a block left open at the end of the file is reported instead of being silently misread.
 */
public final class HclText {

    /** A top-level block ({@code resource "t" "n" {...}}) or attribute ({@code env = "prod"} in a tfvars file). */
    public record Item(String keyword, List<String> labels, IacValue.Mapping body, IacValue attribute, int line) {
        public boolean isBlock() {
            return body != null;
        }
    }

    /** What was read, and what could not be. */
    public record Result(List<Item> items, List<SyntaxProblem> problems) {
    }

    private static final Pattern ATTRIBUTE_LINE = Pattern.compile("^\\s*\"?[A-Za-z0-9_.-]+\"?\\s*[=:]\\s*(.*)$");
    private static final Pattern HEREDOC = Pattern.compile("<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \\t]*\\r?\\n");
    private static final Pattern LEXER_LINE = Pattern.compile("line:? (\\d+)");
    private static final Lexer LEXER = new Lexer();
    /** Functions whose single literal argument is, for reading purposes, the value itself. */
    private static final java.util.Set<String> TRANSPARENT = java.util.Set.of("jsonencode", "yamlencode", "tomap",
            "tolist", "toset");

    private HclText() {
    }

    public static Result read(String text) {
        List<Item> items = new ArrayList<>();
        List<SyntaxProblem> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        Chunks chunks = chunks(text);
        for (Chunk chunk : chunks.chunks()) {
            try {
                for (Symbol s : LEXER.lex(chunk.text())) {
                    convertTop(s, chunk.firstLine(), lines).ifPresent(items::add);
                }
            } catch (SyntaxProblem p) {
                problems.add(new SyntaxProblem(p.getMessage(), p.line() > 0 ? p.line() + chunk.firstLine() : chunk.firstLine() + 1));
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(new SyntaxProblem("could not be read (" + e.getClass().getSimpleName() + ")",
                        chunk.firstLine() + 1));
            }
        }
        if (chunks.unclosedAt() > 0) {
            problems.add(new SyntaxProblem("the file ends inside a block opened here; that block was not read",
                    chunks.unclosedAt()));
        }
        return new Result(items, problems);
    }

    // ---- chunking -------------------------------------------------------------------------------------------

    record Chunk(String text, int firstLine) {
    }

    record Chunks(List<Chunk> chunks, int unclosedAt) {
    }

    /** Cuts the text at newlines outside any bracket, string, template, heredoc or comment. */
    static Chunks chunks(String text) {
        List<Chunk> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int startLine = 0;
        int line = 0;
        // Contexts: depth >= 0 is code with that bracket depth; -1 is inside a quoted string.
        int[] stack = new int[256];
        int top = 0;
        stack[0] = 0;
        int openLine = -1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : '\0';
            if (stack[top] == -1) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    top--;
                } else if ((c == '$' || c == '%') && next == c) {
                    i++;
                } else if ((c == '$' || c == '%') && next == '{') {
                    if (top + 1 >= stack.length) {
                        return new Chunks(out, line + 1);
                    }
                    stack[++top] = 0;
                    i++;
                } else if (c == '\n') {
                    line++;
                }
                continue;
            }
            switch (c) {
                case '#' -> i = endOfLine(text, i) - 1;
                case '/' -> {
                    if (next == '/') {
                        i = endOfLine(text, i) - 1;
                    } else if (next == '*') {
                        int end = text.indexOf("*/", i + 2);
                        end = end < 0 ? n : end + 2;
                        line += count(text, i, end);
                        i = end - 1;
                    }
                }
                case '"' -> {
                    if (top + 1 >= stack.length) {
                        return new Chunks(out, line + 1);
                    }
                    stack[++top] = -1;
                }
                case '<' -> {
                    if (next == '<') {
                        Matcher h = HEREDOC.matcher(text).region(i, Math.min(n, i + 80));
                        if (h.lookingAt()) {
                            int end = heredocEnd(text, h.end(), h.group(1));
                            line += count(text, i, end);
                            i = end - 1;
                        }
                    }
                }
                case '{', '[', '(' -> {
                    if (top == 0 && stack[0] == 0) {
                        openLine = line;
                    }
                    stack[top]++;
                }
                case '}', ']', ')' -> {
                    if (stack[top] == 0 && top > 0) {
                        top--;
                    } else if (stack[top] > 0) {
                        stack[top]--;
                    }
                }
                case '\n' -> {
                    line++;
                    if (top == 0 && stack[0] == 0) {
                        String chunk = text.substring(start, i + 1);
                        if (!chunk.isBlank()) {
                            out.add(new Chunk(chunk, startLine));
                        }
                        start = i + 1;
                        startLine = line;
                    }
                }
                default -> {
                }
            }
        }
        if (top > 0 || stack[0] > 0) {
            return new Chunks(out, openLine >= 0 ? openLine + 1 : startLine + 1);
        }
        String rest = text.substring(Math.min(start, n));
        if (!rest.isBlank()) {
            out.add(new Chunk(rest + "\n", startLine));
        }
        return new Chunks(out, 0);
    }

    private static int endOfLine(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    private static int heredocEnd(String text, int bodyStart, String marker) {
        int pos = bodyStart;
        while (pos < text.length()) {
            int eol = endOfLine(text, pos);
            if (text.substring(pos, eol).strip().equals(marker)) {
                return eol;
            }
            pos = eol + 1;
        }
        return text.length();
    }

    private static int count(String text, int from, int to) {
        int c = 0;
        for (int i = from; i < to && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                c++;
            }
        }
        return c;
    }

    // ---- symbols to values ----------------------------------------------------------------------------------

    private static java.util.Optional<Item> convertTop(Symbol s, int offset, String[] lines) {
        int line = line(s, offset);
        if (s instanceof HCLBlock b) {
            List<String> names = b.blockNames == null ? List.of() : b.blockNames;
            String keyword = names.isEmpty() ? String.valueOf(b.getName()) : names.get(0);
            List<String> labels = names.size() > 1 ? List.copyOf(names.subList(1, names.size())) : List.of();
            return java.util.Optional.of(new Item(keyword, labels, body(s, offset, lines, line), null, line));
        }
        if (s instanceof HCLAttribute a) {
            return java.util.Optional.of(new Item(a.getName(), List.of(), null, attributeValue(a, offset, lines), line));
        }
        return java.util.Optional.empty();
    }

    private static IacValue.Mapping body(Symbol block, int offset, String[] lines, int line) {
        Map<String, IacValue> entries = new LinkedHashMap<>();
        for (Symbol child : block.getChildren()) {
            if (child instanceof HCLAttribute a) {
                entries.put(a.getName(), attributeValue(a, offset, lines));
            } else if (child instanceof HCLBlock nested) {
                List<String> names = nested.blockNames == null ? List.of(String.valueOf(nested.getName())) : nested.blockNames;
                int nestedLine = line(nested, offset);
                IacValue.Mapping nestedBody = body(nested, offset, lines, nestedLine);
                String name = names.get(0);
                if (names.size() > 1) {
                    // A labelled block (dynamic "egress", backend "s3") nests under its label, as in Terraform JSON.
                    IacValue.Mapping labelled = new IacValue.Mapping(Map.of(String.join(".", names.subList(1, names.size())),
                            nestedBody), nestedLine);
                    entries.merge(name, labelled, HclText::mergeLabelled);
                } else {
                    entries.merge(name, nestedBody, HclText::repeat);
                }
            }
        }
        return new IacValue.Mapping(entries, line);
    }

    private static IacValue mergeLabelled(IacValue a, IacValue b) {
        if (a instanceof IacValue.Mapping ma && b instanceof IacValue.Mapping mb) {
            Map<String, IacValue> all = new LinkedHashMap<>(ma.entries());
            mb.entries().forEach(all::putIfAbsent);
            return new IacValue.Mapping(all, ma.line());
        }
        return repeat(a, b);
    }

    /** A block written twice (two ingress blocks) becomes a list of both. */
    private static IacValue repeat(IacValue a, IacValue b) {
        List<IacValue> items = new ArrayList<>();
        if (a instanceof IacValue.Sequence s) {
            items.addAll(s.items());
        } else {
            items.add(a);
        }
        items.add(b);
        return new IacValue.Sequence(items, items.get(0).line());
    }

    private static IacValue attributeValue(HCLAttribute a, int offset, String[] lines) {
        int line = line(a, offset);
        List<Symbol> children = a.getChildren();
        if (children.size() == 1) {
            return value(children.get(0), line, offset, lines);
        }
        return new IacValue.Expression(source(lines, line), line);
    }

    private static IacValue value(Symbol s, int line, int offset, String[] lines) {
        if (s instanceof HCLValue v) {
            String type = v.type == null ? "" : v.type;
            String text = v.value == null ? "" : String.valueOf(v.value);
            return switch (type) {
                case "string" -> IacValue.Scalar.of(text, IacValue.Scalar.Type.STRING, line);
                case "number" -> IacValue.Scalar.of(text, IacValue.Scalar.Type.NUMBER, line);
                case "boolean" -> IacValue.Scalar.of(text, IacValue.Scalar.Type.BOOL, line);
                case "null" -> IacValue.Scalar.of("", IacValue.Scalar.Type.NULL, line);
                default -> new IacValue.Expression(source(lines, line), line);
            };
        }
        if (s instanceof HCLArray) {
            List<IacValue> items = new ArrayList<>();
            for (Symbol item : s.getChildren()) {
                int itemLine = Math.max(line, line(item, offset));
                items.add(value(item, itemLine, offset, lines));
            }
            return new IacValue.Sequence(items, line);
        }
        if (s instanceof HCLBlock || s instanceof HCLMap) {
            Map<String, IacValue> entries = new LinkedHashMap<>();
            for (Symbol child : s.getChildren()) {
                if (child instanceof HCLAttribute attr) {
                    entries.put(attr.getName(), attributeValue(attr, offset, lines));
                }
            }
            return new IacValue.Mapping(entries, line);
        }
        if (s instanceof com.bertramlabs.plugins.hcl4j.RuntimeSymbols.VariableTree && s.getChildren().size() == 1
                && s.getChildren().get(0) instanceof com.bertramlabs.plugins.hcl4j.RuntimeSymbols.Function f
                && TRANSPARENT.contains(String.valueOf(f.getName())) && f.getChildren().size() == 1) {
            // jsonencode({...}) and friends: the literal inside is what the setting holds.
            return value(f.getChildren().get(0), line, offset, lines);
        }
        if (s instanceof com.bertramlabs.plugins.hcl4j.RuntimeSymbols.VariableTree && s.getName() != null
                && s.getChildren().stream().allMatch(c -> c instanceof com.bertramlabs.plugins.hcl4j.RuntimeSymbols.Variable)) {
            // A plain reference (var.db_public, aws_security_group.db.id): its dotted name is its text.
            return new IacValue.Expression(s.getName(), line);
        }
        return new IacValue.Expression(source(lines, line), line);
    }

    /** The source text of an expression: what follows the "=" on its line, or the line itself. */
    private static String source(String[] lines, int line) {
        if (line < 1 || line > lines.length) {
            return "";
        }
        String row = lines[line - 1].strip();
        Matcher m = ATTRIBUTE_LINE.matcher(row);
        String text = m.matches() ? m.group(1).strip() : row;
        if (text.endsWith(",")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text.length() > 160 ? text.substring(0, 160) + "..." : text;
    }

    private static int line(Symbol s, int offset) {
        Integer l = s.getLine();
        return (l == null ? 0 : l) + offset + 1;
    }

    // ---- the lexer, reached reflectively ----------------------------------------------------------------------

    private static final class Lexer {
        private final Constructor<?> constructor;
        private final Method yylex;
        private final Field elementStack;
        private final String unavailable;

        Lexer() {
            Constructor<?> c = null;
            Method m = null;
            Field f = null;
            String problem = null;
            try {
                Class<?> type = Class.forName("com.bertramlabs.plugins.hcl4j.HCLLexer");
                c = type.getDeclaredConstructor(java.io.Reader.class);
                c.setAccessible(true);
                m = type.getDeclaredMethod("yylex");
                m.setAccessible(true);
                f = type.getDeclaredField("elementStack");
                f.setAccessible(true);
            } catch (ReflectiveOperationException | RuntimeException e) {
                problem = "the HCL lexer could not be loaded (" + e.getClass().getSimpleName() + ")";
            }
            constructor = c;
            yylex = m;
            elementStack = f;
            unavailable = problem;
        }

        @SuppressWarnings("unchecked")
        List<Symbol> lex(String text) throws SyntaxProblem {
            if (unavailable != null) {
                throw new SyntaxProblem(unavailable, 0);
            }
            try {
                Object lexer = constructor.newInstance(new StringReader(text));
                yylex.invoke(lexer);
                return new ArrayList<>((List<Symbol>) elementStack.get(lexer));
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                String message = String.valueOf(cause.getMessage());
                Matcher m = LEXER_LINE.matcher(message);
                int line = m.find() ? Integer.parseInt(m.group(1)) : 0;
                return fail(message, line);
            } catch (ReflectiveOperationException | RuntimeException | StackOverflowError e) {
                return fail(e.getClass().getSimpleName() + ": " + e.getMessage(), 0);
            }
        }

        private static List<Symbol> fail(String message, int line) throws SyntaxProblem {
            String m = message.replaceAll("\\s+", " ").strip();
            throw new SyntaxProblem(m.length() > 160 ? m.substring(0, 160) + "..." : m, line);
        }
    }
}
