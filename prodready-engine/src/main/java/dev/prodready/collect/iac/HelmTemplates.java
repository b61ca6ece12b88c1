package dev.prodready.collect.iac;

import dev.prodready.fact.IacValue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a Helm chart template as far as the chart's own values.yaml decides it, without Helm: {@code {{ .Values.x
 * }}} (with default, quote, toYaml, indent/nindent...) is substituted; if/with/range blocks are followed when their
 * condition can be read from the values (a condition that cannot be read keeps its first branch); named templates
 * ({@code include}) and release-time values ({@code .Release.Name}) stay unresolved. The result is YAML whose values
 * carry the template's own lines: a substituted value says in its origin where in values.yaml it came from, and an
 * unresolved one is an {@link IacValue.Expression} holding the template expression as written.
 */
final class HelmTemplates {

    private static final Pattern ACTION = Pattern.compile("\\{\\{-?\\s*(.*?)\\s*-?}}");
    private static final Pattern COMMENT = Pattern.compile("\\{\\{-?\\s*/\\*.*?\\*/\\s*-?}}", Pattern.DOTALL);
    private static final Pattern PLACEHOLDER = Pattern.compile("__helm_unresolved_(\\d+)__");
    private static final Set<String> OPENERS = Set.of("if", "with", "range", "define", "block");
    private static final int MAX_DEPTH = 20;

    /** The rendered YAML, and how to map it back to the template. */
    record Rendered(String yaml, List<Integer> sourceLines, List<String> origins, List<String> unresolved) {

        /** {@code value} with the template's lines, origins of substituted values and unresolved expressions. */
        IacValue restore(IacValue value) {
            if (value instanceof IacValue.Scalar s) {
                int line = sourceLine(s.line());
                Matcher m = PLACEHOLDER.matcher(s.text());
                if (m.find()) {
                    m.reset();
                    StringBuilder b = new StringBuilder();
                    while (m.find()) {
                        m.appendReplacement(b, Matcher.quoteReplacement(unresolved.get(Integer.parseInt(m.group(1)))));
                    }
                    m.appendTail(b);
                    return new IacValue.Expression(b.toString(), line);
                }
                String origin = s.line() - 1 < origins.size() && s.line() >= 1 ? origins.get(s.line() - 1) : "";
                return new IacValue.Scalar(s.text(), s.type(), line, origin);
            }
            if (value instanceof IacValue.Expression e) {
                return new IacValue.Expression(e.expression(), sourceLine(e.line()));
            }
            if (value instanceof IacValue.Sequence seq) {
                return new IacValue.Sequence(seq.items().stream().map(this::restore).toList(), sourceLine(seq.line()));
            }
            IacValue.Mapping m = (IacValue.Mapping) value;
            Map<String, IacValue> entries = new LinkedHashMap<>();
            m.entries().forEach((k, v) -> entries.put(restoreKey(k), restore(v)));
            return new IacValue.Mapping(entries, sourceLine(m.line()));
        }

        /** A key written for an unresolved block of lines reads as the template expression that writes them. */
        private String restoreKey(String key) {
            Matcher m = PLACEHOLDER.matcher(key);
            return m.matches() ? unresolved.get(Integer.parseInt(m.group(1))) : key;
        }

        int sourceLine(int renderedLine) {
            if (sourceLines.isEmpty()) {
                return 1;
            }
            int i = Math.max(1, Math.min(renderedLine, sourceLines.size()));
            return sourceLines.get(i - 1);
        }
    }

    /**
     * What the templates can see: the chart's values, its Chart.yaml, and (inside with/range) the current value.
     * {@code valueFiles} names the file each value came from when an overlay was merged over values.yaml (values not
     * in it came from {@code valuesPath}); {@code overlay} is that overlay's path, or "" for the chart's own values.
     */
    record Context(IacValue.Mapping values, String valuesPath, IacValue.Mapping chart, Map<IacValue, String> valueFiles,
                   String overlay) {

        Context(IacValue.Mapping values, String valuesPath, IacValue.Mapping chart) {
            this(values, valuesPath, chart, Map.of(), "");
        }

        String fileOf(IacValue value) {
            return valueFiles.getOrDefault(value, valuesPath);
        }

        /**
         * This context with {@code overlay} merged over its values the way {@code helm -f values.yaml -f overlay}
         * does: mappings merge key by key, anything else (a scalar, a list) replaces, and a null removes the key.
         */
        Context withOverlay(IacValue.Mapping overlayValues, String overlayPath) {
            Map<IacValue, String> files = new IdentityHashMap<>(valueFiles);
            IacValue.Mapping merged = merge(values, overlayValues, overlayPath, files);
            return new Context(merged, valuesPath, chart, files, overlayPath);
        }

        private static IacValue.Mapping merge(IacValue.Mapping base, IacValue.Mapping over, String overPath,
                                              Map<IacValue, String> files) {
            Map<String, IacValue> out = new LinkedHashMap<>(base.entries());
            over.entries().forEach((k, v) -> {
                IacValue old = out.get(k);
                if (v instanceof IacValue.Scalar s && s.type() == IacValue.Scalar.Type.NULL) {
                    out.remove(k);
                } else if (old instanceof IacValue.Mapping om && v instanceof IacValue.Mapping vm) {
                    IacValue.Mapping m = merge(om, vm, overPath, files);
                    files.put(m, overPath);
                    out.put(k, m);
                } else {
                    markAll(v, overPath, files);
                    out.put(k, v);
                }
            });
            return new IacValue.Mapping(out, base.line());
        }

        private static void markAll(IacValue v, String path, Map<IacValue, String> files) {
            files.put(v, path);
            if (v instanceof IacValue.Mapping m) {
                m.entries().values().forEach(x -> markAll(x, path, files));
            } else if (v instanceof IacValue.Sequence s) {
                s.items().forEach(x -> markAll(x, path, files));
            }
        }
    }

    private final Context context;
    private final List<String> out = new ArrayList<>();
    private final List<Integer> sourceLines = new ArrayList<>();
    private final List<String> origins = new ArrayList<>();
    private final List<String> unresolved = new ArrayList<>();

    /** Writes a placeholder key where an unresolved include fills a block, so its parent is not read as empty. */
    private final boolean markDropped;

    private HelmTemplates(Context context, boolean markDropped) {
        this.context = context;
        this.markDropped = markDropped;
    }

    static Rendered render(String template, Context context) {
        return render(template, context, false);
    }

    /**
     * {@code markDropped}: a line holding only an unresolved block ({@code {{- include "x.labels" . | nindent 4 }}})
     * writes a placeholder entry in its place, so "matchLabels:" above it reads as set (by that expression) rather
     * than as empty; the caller renders again without when the placeholder breaks the YAML (inside a list).
     */
    static Rendered render(String template, Context context, boolean markDropped) {
        HelmTemplates r = new HelmTemplates(context, markDropped);
        String text = blankComments(template);
        List<String> lines = List.of(text.split("\n", -1));
        r.lines(lines, 0, lines.size(), 1, new Value.Known(context.values()), 0);
        return new Rendered(String.join("\n", r.out), r.sourceLines, r.origins, r.unresolved);
    }

    /** Comments removed, their line breaks kept so lines still count from the template. */
    private static String blankComments(String text) {
        Matcher m = COMMENT.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement("\n".repeat((int) m.group().chars().filter(c -> c == '\n').count())));
        }
        m.appendTail(b);
        return b.toString();
    }

    // ---- blocks ----------------------------------------------------------------------------------------------------

    /** Renders lines [from, to) whose first is template line {@code firstLine}, with {@code dot} as ".". */
    private void lines(List<String> lines, int from, int to, int firstLine, Value dot, int depth) {
        int i = from;
        while (i < to) {
            String line = lines.get(i);
            int lineNo = firstLine + (i - from);
            Optional<String> control = controlOnly(line);
            if (control.isEmpty()) {
                emit(line, lineNo, dot, i + 1 < to ? lines.get(i + 1) : "");
                i++;
                continue;
            }
            String action = control.get();
            String word = firstWord(action);
            if (!OPENERS.contains(word)) {
                i++; // end/else out of place, a variable assignment, a bare include or template: nothing to write
                continue;
            }
            int end = matchingEnd(lines, i, to);
            List<Integer> elses = elses(lines, i, end);
            if (depth < MAX_DEPTH && !word.equals("define") && !word.equals("block")) {
                block(lines, i, end, elses, firstLine + (i - from), word, action, dot, depth);
            }
            i = end + 1;
        }
    }

    private void block(List<String> lines, int open, int end, List<Integer> elses, int openLine, String word,
                       String action, Value dot, int depth) {
        List<Integer> bounds = new ArrayList<>(elses);
        bounds.add(end);
        String expression = action.substring(word.length()).strip();
        int start = open;
        for (int b = 0; b < bounds.size(); b++) {
            int stop = bounds.get(b);
            String branchAction = b == 0 ? action : controlOnly(lines.get(start)).orElse("else");
            String cond = b == 0 ? expression : branchAction.replaceFirst("^else\\s*(if\\s+)?", "");
            boolean isElse = b > 0 && cond.isBlank();
            int bodyLine = openLine + (start - open) + 1;
            if (isElse) {
                lines(lines, start + 1, stop, bodyLine, dot, depth + 1);
                return;
            }
            Value v = new Expr(cond, dot, context).evaluate();
            if (word.equals("range") && b == 0) {
                if (v instanceof Value.Known k && k.value() instanceof IacValue.Sequence seq && !seq.items().isEmpty()) {
                    seq.items().forEach(item -> lines(lines, open + 1, stop, bodyLine, new Value.Known(item), depth + 1));
                    return;
                }
                if (v instanceof Value.Known k && k.value() instanceof IacValue.Mapping m && !m.entries().isEmpty()) {
                    m.entries().values().forEach(item -> lines(lines, open + 1, stop, bodyLine, new Value.Known(item),
                            depth + 1));
                    return;
                }
                if (v.truth() != Truth.FALSE) {
                    return; // ranging over something unknown: what it writes is unknown
                }
            } else if (v.truth() != Truth.FALSE) {
                lines(lines, start + 1, stop, bodyLine, word.equals("with") && b == 0 ? v : dot, depth + 1);
                return;
            }
            start = stop;
        }
    }

    /** The index of the {{ end }} closing the block opened at {@code open}, or {@code to - 1} when none. */
    private static int matchingEnd(List<String> lines, int open, int to) {
        int depth = 0;
        for (int i = open; i < to; i++) {
            for (String action : actions(lines.get(i))) {
                String w = firstWord(action);
                if (OPENERS.contains(w)) {
                    depth++;
                } else if (w.equals("end")) {
                    depth--;
                    if (depth == 0) {
                        return i;
                    }
                }
            }
        }
        return to - 1;
    }

    private static List<Integer> elses(List<String> lines, int open, int end) {
        List<Integer> out = new ArrayList<>();
        int depth = 0;
        for (int i = open; i < end; i++) {
            for (String action : actions(lines.get(i))) {
                String w = firstWord(action);
                if (OPENERS.contains(w)) {
                    depth++;
                } else if (w.equals("end")) {
                    depth--;
                } else if (w.equals("else") && depth == 1) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    /** The single action of a line holding only an action that writes nothing (if, else, end, $x := ...). */
    private static Optional<String> controlOnly(String line) {
        Matcher m = ACTION.matcher(line);
        if (!m.find() || !line.substring(0, m.start()).isBlank() || !line.substring(m.end()).isBlank()) {
            return Optional.empty();
        }
        String action = m.group(1);
        String w = firstWord(action);
        boolean control = OPENERS.contains(w) || w.equals("end") || w.equals("else") || action.matches("\\$\\w*\\s*:?=.*");
        return control ? Optional.of(action) : Optional.empty();
    }

    private static List<String> actions(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = ACTION.matcher(line);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String firstWord(String action) {
        String a = action.strip();
        int sp = 0;
        while (sp < a.length() && !Character.isWhitespace(a.charAt(sp))) {
            sp++;
        }
        return a.substring(0, sp);
    }

    // ---- output ----------------------------------------------------------------------------------------------------

    /** Writes a line with its output actions substituted; toYaml ... | nindent writes the lines it produces. */
    private void emit(String line, int lineNo, Value dot, String next) {
        Matcher m = ACTION.matcher(line);
        StringBuilder b = new StringBuilder();
        List<String> from = new ArrayList<>();
        List<String> trailing = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            String before = line.substring(last, m.start());
            b.append(m.group().startsWith("{{-") ? before.stripTrailing() : before);
            last = m.end();
            String action = m.group(1);
            String word = firstWord(action);
            if (OPENERS.contains(word) || word.equals("end") || word.equals("else")) {
                b.append(placeholder(m.group())); // a block inside a line: what it writes is unknown
                continue;
            }
            Expr expr = new Expr(action, dot, context);
            Value v = expr.evaluate();
            if (v instanceof Value.Block block) {
                if (block.value() instanceof IacValue.Scalar s) {
                    if (block.newline() && b.toString().isBlank()) {
                        b.setLength(0);
                        b.append(" ".repeat(block.indent())); // nindent puts the value on its own line, indented
                    }
                    b.append(s.text());
                } else {
                    List<String> yaml = Yamls.lines(block.value());
                    if (block.newline()) {
                        trailing.addAll(yaml.stream().map(l -> " ".repeat(block.indent()) + l).toList());
                    } else {
                        b.append(yaml.isEmpty() ? "" : yaml.get(0));
                        yaml.stream().skip(1).forEach(l -> trailing.add(" ".repeat(block.indent()) + l));
                    }
                }
                expr.origin().ifPresent(from::add);
            } else if (v instanceof Value.Known k && k.value() instanceof IacValue.Scalar s) {
                b.append(s.text());
                expr.origin().ifPresent(from::add);
            } else if (v instanceof Value.Text t) {
                b.append(t.text());
                expr.origin().ifPresent(from::add);
            } else if (v instanceof Value.Dropped d) {
                if (markDropped && d.newline() && line.strip().equals(m.group()) && !next.matches("\\s*-(\\s.*)?")) {
                    String key = placeholder(m.group());
                    trailing.add(" ".repeat(d.indent()) + key + ": " + key);
                }
                continue;
            } else {
                b.append(placeholder(m.group()));
            }
        }
        b.append(line.substring(last));
        String origin = from.isEmpty() ? "" : String.join("; ", from);
        String written = b.toString();
        if (!written.isBlank() || trailing.isEmpty()) {
            add(written, lineNo, origin);
        }
        trailing.forEach(l -> add(l, lineNo, origin));
    }

    private void add(String text, int lineNo, String origin) {
        out.add(text);
        sourceLines.add(lineNo);
        origins.add(origin);
    }

    private String placeholder(String expression) {
        unresolved.add(expression.replaceAll("\\{\\{-\\s*", "{{ ").replaceAll("\\s*-}}", " }}"));
        return "__helm_unresolved_" + (unresolved.size() - 1) + "__";
    }

    // ---- values and expressions ------------------------------------------------------------------------------------

    enum Truth { TRUE, FALSE, UNKNOWN }

    /** The value of an expression: known, text, YAML to write as a block, dropped, or unknown. */
    sealed interface Value {
        record Known(IacValue value) implements Value {
        }

        record Text(String text) implements Value {
        }

        /** toYaml output: written as lines indented by {@code indent}, on new lines when {@code newline} (nindent). */
        record Block(IacValue value, int indent, boolean newline) implements Value {
        }

        /** Writes nothing that can be known, and nothing is written in its place (an include piped to nindent). */
        record Dropped(int indent, boolean newline) implements Value {
        }

        record Unknown() implements Value {
        }

        /** A value not set in values.yaml (nil in Helm). */
        record Missing() implements Value {
        }

        default Truth truth() {
            if (this instanceof Missing) {
                return Truth.FALSE;
            }
            if (this instanceof Text t) {
                return t.text().isEmpty() ? Truth.FALSE : Truth.TRUE;
            }
            if (this instanceof Known k) {
                IacValue v = k.value();
                if (v instanceof IacValue.Scalar s) {
                    String t = s.text().strip();
                    if (s.type() == IacValue.Scalar.Type.NULL || t.isEmpty() || t.equals("false") || t.equals("0")) {
                        return Truth.FALSE;
                    }
                    return Truth.TRUE;
                }
                if (v instanceof IacValue.Mapping m) {
                    return m.entries().isEmpty() ? Truth.FALSE : Truth.TRUE;
                }
                if (v instanceof IacValue.Sequence seq) {
                    return seq.items().isEmpty() ? Truth.FALSE : Truth.TRUE;
                }
            }
            return Truth.UNKNOWN;
        }

        /** The text a scalar value prints as, if known. */
        default Optional<String> printed() {
            if (this instanceof Text t) {
                return Optional.of(t.text());
            }
            if (this instanceof Known k && k.value() instanceof IacValue.Scalar s) {
                return Optional.of(s.type() == IacValue.Scalar.Type.NULL ? "" : s.text());
            }
            return Optional.empty();
        }
    }

    /** One action's pipeline ({@code .Values.a | default "x" | quote}), evaluated. */
    static final class Expr {

        private final String source;
        private final Value dot;
        private final Context context;
        private final List<String> origins = new ArrayList<>();

        Expr(String source, Value dot, Context context) {
            this.source = source;
            this.dot = dot;
            this.context = context;
        }

        Optional<String> origin() {
            return origins.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", origins));
        }

        Value evaluate() {
            try {
                return pipeline(tokens(source));
            } catch (RuntimeException e) {
                return new Value.Unknown();
            }
        }

        private static List<String> tokens(String s) {
            List<String> out = new ArrayList<>();
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '"' || c == '`') {
                    int j = i + 1;
                    while (j < s.length() && s.charAt(j) != c) {
                        j += s.charAt(j) == '\\' && c == '"' ? 2 : 1;
                    }
                    out.add(s.substring(i, Math.min(j + 1, s.length())));
                    i = j + 1;
                } else if (c == '(' || c == ')' || c == '|') {
                    out.add(String.valueOf(c));
                    i++;
                } else {
                    int j = i;
                    while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && "()|\"`".indexOf(s.charAt(j)) < 0) {
                        j++;
                    }
                    out.add(s.substring(i, j));
                    i = j;
                }
            }
            return out;
        }

        private Value pipeline(List<String> tokens) {
            List<List<String>> commands = new ArrayList<>();
            List<String> current = new ArrayList<>();
            int depth = 0;
            for (String t : tokens) {
                if (t.equals("(")) {
                    depth++;
                } else if (t.equals(")")) {
                    depth--;
                }
                if (t.equals("|") && depth == 0) {
                    commands.add(current);
                    current = new ArrayList<>();
                } else {
                    current.add(t);
                }
            }
            commands.add(current);
            Value v = null;
            for (List<String> command : commands) {
                v = command(command, v);
            }
            return v == null ? new Value.Unknown() : v;
        }

        /** Splits a command into its arguments, each a token or a parenthesised pipeline. */
        private List<Object> args(List<String> command) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < command.size(); i++) {
                if (command.get(i).equals("(")) {
                    int depth = 0;
                    int j = i;
                    for (; j < command.size(); j++) {
                        depth += command.get(j).equals("(") ? 1 : command.get(j).equals(")") ? -1 : 0;
                        if (depth == 0) {
                            break;
                        }
                    }
                    out.add(command.subList(i + 1, Math.min(j, command.size())));
                    i = j;
                } else {
                    out.add(command.get(i));
                }
            }
            return out;
        }

        @SuppressWarnings("unchecked")
        private Value arg(Object a) {
            return a instanceof List<?> l ? pipeline((List<String>) l) : term((String) a);
        }

        private Value command(List<String> command, Value piped) {
            List<Object> args = args(command);
            if (args.isEmpty()) {
                return piped == null ? new Value.Unknown() : piped;
            }
            Object head = args.get(0);
            if (!(head instanceof String name) || name.startsWith(".") || name.startsWith("$") || name.startsWith("\"")
                    || name.startsWith("`") || Character.isDigit(name.charAt(0)) || name.startsWith("-")
                    || name.equals("true") || name.equals("false") || name.equals("nil")) {
                return args.size() == 1 && piped == null ? arg(head) : new Value.Unknown();
            }
            List<Value> values = new ArrayList<>();
            for (int i = 1; i < args.size(); i++) {
                values.add(arg(args.get(i)));
            }
            if (piped != null) {
                values.add(piped);
            }
            return function(name, values);
        }

        private Value function(String name, List<Value> a) {
            Value last = a.isEmpty() ? new Value.Unknown() : a.get(a.size() - 1);
            switch (name) {
                case "default" -> {
                    if (a.size() < 2) {
                        return new Value.Unknown();
                    }
                    Truth t = last.truth();
                    return t == Truth.TRUE ? last : t == Truth.FALSE ? a.get(0) : new Value.Unknown();
                }
                case "quote", "squote" -> {
                    String q = name.equals("quote") ? "\"" : "'";
                    return last.printed().<Value>map(t -> new Value.Text(q + t.replace("\\", "\\\\").replace(q, "\\" + q) + q))
                            .orElse(last instanceof Value.Missing ? new Value.Text(q + q) : new Value.Unknown());
                }
                case "toYaml" -> {
                    return last instanceof Value.Known k ? new Value.Block(k.value(), 0, false)
                            : last instanceof Value.Missing ? new Value.Text("null") : new Value.Unknown();
                }
                case "nindent", "indent" -> {
                    int n = a.isEmpty() ? 0 : a.get(0).printed().map(t -> Integer.parseInt(t.strip())).orElse(0);
                    boolean newline = name.equals("nindent");
                    if (last instanceof Value.Block b) {
                        return new Value.Block(b.value(), n, newline);
                    }
                    if (last instanceof Value.Unknown) {
                        return new Value.Dropped(n, newline);
                    }
                    return last.printed().<Value>map(t -> new Value.Block(IacValue.Scalar.of(t, IacValue.Scalar.Type.STRING, 0),
                            n, newline)).orElse(new Value.Dropped(n, newline));
                }
                case "required", "int", "int64", "toString", "float64", "b64dec", "trim", "toJson" -> {
                    return last;
                }
                case "lower" -> {
                    return last.printed().<Value>map(t -> new Value.Text(t.toLowerCase(Locale.ROOT))).orElse(new Value.Unknown());
                }
                case "upper" -> {
                    return last.printed().<Value>map(t -> new Value.Text(t.toUpperCase(Locale.ROOT))).orElse(new Value.Unknown());
                }
                case "not" -> {
                    Truth t = last.truth();
                    return t == Truth.UNKNOWN ? new Value.Unknown() : bool(t == Truth.FALSE);
                }
                case "and", "or" -> {
                    boolean and = name.equals("and");
                    boolean unknown = false;
                    for (Value v : a) {
                        Truth t = v.truth();
                        if (t == Truth.UNKNOWN) {
                            unknown = true;
                        } else if ((t == Truth.FALSE) == and) {
                            return bool(!and);
                        }
                    }
                    return unknown ? new Value.Unknown() : bool(and);
                }
                case "eq", "ne" -> {
                    if (a.size() < 2) {
                        return new Value.Unknown();
                    }
                    Optional<String> x = a.get(0).printed().or(() -> a.get(0) instanceof Value.Missing ? Optional.of("") : Optional.empty());
                    boolean any = false;
                    for (Value other : a.subList(1, a.size())) {
                        Optional<String> y = other.printed().or(() -> other instanceof Value.Missing ? Optional.of("") : Optional.empty());
                        if (x.isEmpty() || y.isEmpty()) {
                            return new Value.Unknown();
                        }
                        any |= x.get().equals(y.get());
                    }
                    return bool(name.equals("eq") == any);
                }
                case "empty" -> {
                    Truth t = last.truth();
                    return t == Truth.UNKNOWN ? new Value.Unknown() : bool(t == Truth.FALSE);
                }
                case "printf" -> {
                    Optional<String> format = a.isEmpty() ? Optional.empty() : a.get(0).printed();
                    if (format.isEmpty()) {
                        return new Value.Unknown();
                    }
                    String f = format.get();
                    for (Value v : a.subList(1, a.size())) {
                        Optional<String> t = v.printed();
                        if (t.isEmpty() || !f.matches("(?s).*%[sdv].*")) {
                            return new Value.Unknown();
                        }
                        f = f.replaceFirst("%[sdv]", Matcher.quoteReplacement(t.get()));
                    }
                    return new Value.Text(f);
                }
                case "hasKey" -> {
                    if (a.size() == 2 && a.get(0) instanceof Value.Known k && k.value() instanceof IacValue.Mapping m
                            && a.get(1).printed().isPresent()) {
                        return bool(m.entries().containsKey(a.get(1).printed().get()));
                    }
                    return new Value.Unknown();
                }
                default -> {
                    return new Value.Unknown(); // include, tpl, lookup, semverCompare...: not known without Helm
                }
            }
        }

        private static Value bool(boolean b) {
            return new Value.Known(IacValue.Scalar.of(String.valueOf(b), IacValue.Scalar.Type.BOOL, 0));
        }

        private Value term(String t) {
            if (t.startsWith("\"") && t.endsWith("\"") && t.length() >= 2) {
                return new Value.Text(t.substring(1, t.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\"));
            }
            if (t.startsWith("`") && t.endsWith("`") && t.length() >= 2) {
                return new Value.Text(t.substring(1, t.length() - 1));
            }
            if (t.matches("-?\\d+(\\.\\d+)?")) {
                return new Value.Known(IacValue.Scalar.of(t, IacValue.Scalar.Type.NUMBER, 0));
            }
            if (t.equals("true") || t.equals("false")) {
                return bool(t.equals("true"));
            }
            if (t.equals("nil")) {
                return new Value.Missing();
            }
            String path = t.startsWith("$.") ? t.substring(1) : t;
            if (path.equals(".")) {
                return dot;
            }
            if (path.startsWith(".Values")) {
                return lookup(new Value.Known(context.values()), path.substring(".Values".length()), path, true);
            }
            if (path.startsWith(".Chart.")) {
                String key = path.substring(".Chart.".length());
                String chartKey = Character.toLowerCase(key.charAt(0)) + key.substring(1);
                return context.chart().get(chartKey).<Value>map(Value.Known::new).orElse(new Value.Missing());
            }
            if (path.startsWith(".") && !path.startsWith(".Release") && !path.startsWith(".Capabilities")
                    && !path.startsWith(".Template") && !path.startsWith(".Files")) {
                return lookup(dot, path, path, false);
            }
            return new Value.Unknown(); // .Release.*, $variables, .Capabilities: known only at install time
        }

        private Value lookup(Value from, String dotted, String expression, boolean fromValues) {
            if (!(from instanceof Value.Known k)) {
                return from instanceof Value.Missing ? from : new Value.Unknown();
            }
            IacValue current = k.value();
            for (String key : dotted.split("\\.")) {
                if (key.isEmpty()) {
                    continue;
                }
                if (!(current instanceof IacValue.Mapping m)) {
                    return new Value.Missing();
                }
                current = m.entries().get(key);
                if (current == null) {
                    return new Value.Missing();
                }
            }
            if (current instanceof IacValue.Expression) {
                return new Value.Unknown();
            }
            if (fromValues) {
                origins.add(expression + " from " + context.fileOf(current) + ":" + current.line());
            }
            return new Value.Known(current);
        }
    }

    /** IacValues written back as YAML (for toYaml). */
    static final class Yamls {

        private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./][A-Za-z0-9_./ -]*");

        private Yamls() {
        }

        static List<String> lines(IacValue value) {
            List<String> out = new ArrayList<>();
            write(value, 0, out);
            return out;
        }

        private static void write(IacValue value, int indent, List<String> out) {
            String pad = " ".repeat(indent);
            if (value instanceof IacValue.Mapping m) {
                if (m.entries().isEmpty()) {
                    out.add(pad + "{}");
                    return;
                }
                m.entries().forEach((k, v) -> {
                    if (v instanceof IacValue.Scalar || v instanceof IacValue.Expression || isEmpty(v)) {
                        out.add(pad + scalar(IacValue.Scalar.of(k, IacValue.Scalar.Type.STRING, 0)) + ": " + inline(v));
                    } else {
                        out.add(pad + scalar(IacValue.Scalar.of(k, IacValue.Scalar.Type.STRING, 0)) + ":");
                        write(v, indent + 2, out);
                    }
                });
            } else if (value instanceof IacValue.Sequence seq) {
                if (seq.items().isEmpty()) {
                    out.add(pad + "[]");
                    return;
                }
                for (IacValue item : seq.items()) {
                    if (item instanceof IacValue.Scalar || item instanceof IacValue.Expression || isEmpty(item)) {
                        out.add(pad + "- " + inline(item));
                    } else {
                        List<String> inner = new ArrayList<>();
                        write(item, indent + 2, inner);
                        out.add(pad + "- " + inner.get(0).substring(indent + 2));
                        out.addAll(inner.subList(1, inner.size()));
                    }
                }
            } else {
                out.add(pad + inline(value));
            }
        }

        private static boolean isEmpty(IacValue v) {
            return (v instanceof IacValue.Mapping m && m.entries().isEmpty())
                    || (v instanceof IacValue.Sequence s && s.items().isEmpty());
        }

        private static String inline(IacValue v) {
            if (v instanceof IacValue.Mapping) {
                return "{}";
            }
            if (v instanceof IacValue.Sequence) {
                return "[]";
            }
            if (v instanceof IacValue.Expression e) {
                return quoted(e.expression());
            }
            return scalar((IacValue.Scalar) v);
        }

        private static String scalar(IacValue.Scalar s) {
            if (s.type() != IacValue.Scalar.Type.STRING) {
                return s.type() == IacValue.Scalar.Type.NULL ? "null" : s.text();
            }
            String t = s.text();
            boolean plain = PLAIN.matcher(t).matches() && !t.endsWith(" ")
                    && !t.matches("(?i)true|false|yes|no|on|off|null|~|-?[0-9][0-9_.eE+-]*");
            return plain ? t : quoted(t);
        }

        private static String quoted(String t) {
            return "\"" + t.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
        }
    }
}
