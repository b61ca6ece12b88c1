package dev.prodready.collect.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a string expression is built: a literal, or a literal with values spliced in (template interpolation,
 * concatenation, % or format()), following local variables back to their assignments in the same function.
 */
final class StringBuild {

    enum How {
        STATIC, INTERPOLATED, CONCATENATED, FORMATTED, UNRESOLVED;

        boolean dynamic() {
            return this == INTERPOLATED || this == CONCATENATED || this == FORMATTED;
        }

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The verdict with the literal text seen (for "does it look like SQL") and the spliced-in expressions. */
    record Result(How how, String literal, List<String> spliced) {
    }

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");
    private static final Pattern CONSTANT = Pattern.compile(
            "^\\s*([A-Z][A-Z0-9_]*(\\.[A-Z][A-Z0-9_]*)*|\\d+|'[^']*'|\"[^\"]*\"|self\\.[A-Z][A-Z0-9_]*|this\\.[A-Z][A-Z0-9_]*)\\s*$");
    private static final Pattern PLACEHOLDERS = Pattern.compile("=>\\s*['\"`](\\?|\\$)|['\"`]\\?['\"`]|placeholders?\\b|\\$\\{\\s*i\\s*\\+\\s*1\\s*}|"
            + "'%s'\\s*\\*|\\bjoin\\(\\s*\\[?['\"]\\?|', '\\.join\\(\\s*\\[?['\"]%s", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORMAT_CALLS = Pattern.compile(
            "^(String\\.format|fmt\\.Sprintf|util\\.format|format|sprintf|vsprintf|str\\.format|f\\.format|formatted)$");

    private StringBuild() {
    }

    static Result of(Node expr) {
        return of(expr, 0);
    }

    private static Result of(Node expr, int depth) {
        Node e = expr.value();
        switch (e.kind()) {
            case STR -> {
                if (!e.interpolated()) {
                    return new Result(How.STATIC, e.literalText(), List.of());
                }
                List<String> spliced = new ArrayList<>();
                for (Node interp : e.interpolations()) {
                    String inner = stripInterpolation(interp.text());
                    if (!constant(inner) && !placeholders(inner)) {
                        spliced.add(inner);
                    }
                }
                return new Result(spliced.isEmpty() ? How.STATIC : How.INTERPOLATED, e.literalText(), spliced);
            }
            case CONCAT -> {
                StringBuilder literal = new StringBuilder();
                List<String> spliced = new ArrayList<>();
                How how = How.STATIC;
                for (String side : List.of("left", "right")) {
                    Optional<Node> part = e.slotNode(side);
                    if (part.isPresent()) {
                        Result r = of(part.get(), depth + 1);
                        literal.append(r.literal());
                        spliced.addAll(r.spliced());
                        if (r.how().dynamic()) {
                            how = r.how() == How.INTERPOLATED ? How.INTERPOLATED : How.CONCATENATED;
                        } else if (r.how() == How.UNRESOLVED) {
                            how = how == How.STATIC ? How.CONCATENATED : how;
                        }
                    } else {
                        String text = e.slotText(side).strip();
                        if (!constant(text)) {
                            spliced.add(text);
                            how = How.CONCATENATED;
                        }
                    }
                }
                if (how == How.CONCATENATED && spliced.stream().allMatch(StringBuild::placeholders)) {
                    how = How.STATIC;
                }
                return new Result(how, literal.toString(), spliced);
            }
            case FORMAT -> {
                Result left = e.slotNode("left").map(n -> of(n, depth + 1))
                        .orElse(new Result(How.UNRESOLVED, "", List.of()));
                String right = e.slotText("right").strip();
                return new Result(constant(right) ? How.STATIC : How.FORMATTED, left.literal(), List.of(right));
            }
            case CALL -> {
                String name = e.calleeName();
                if (FORMAT_CALLS.matcher(name).matches() || FORMAT_CALLS.matcher(e.callee()).matches()) {
                    List<Node> args = e.args();
                    boolean method = (name.equals("format") || name.equals("formatted")) && e.callee().contains(".")
                            && !e.callee().startsWith("String.") && !e.callee().startsWith("util.");
                    String literal;
                    boolean dynamic;
                    if (method) {
                        int argsStart = e.slotRange("args").map(r -> r[0]).orElse(e.end());
                        literal = e.children().stream().filter(c -> c.is(Kind.STR) && c.end() <= argsStart)
                                .findFirst().map(Node::literalText).orElse("");
                        dynamic = args.stream().anyMatch(a -> !constant(a.text()));
                    } else {
                        literal = args.isEmpty() ? "" : of(args.get(0), depth + 1).literal();
                        dynamic = args.stream().skip(1).anyMatch(a -> !constant(a.text()));
                    }
                    return new Result(dynamic ? How.FORMATTED : How.STATIC, literal,
                            args.stream().map(Node::text).toList());
                }
                if (name.equals("join") || name.equals("concat") || name.equals("toString") || name.equals("trim")) {
                    return new Result(How.UNRESOLVED, "", List.of());
                }
                return new Result(How.UNRESOLVED, "", List.of(e.text()));
            }
            default -> {
                String text = e.text().strip();
                if (depth < 4 && IDENTIFIER.matcher(text).matches()) {
                    return resolve(e, text, depth);
                }
                return new Result(constant(text) ? How.STATIC : How.UNRESOLVED, "", List.of(text));
            }
        }
    }

    /** Follows a variable to its assignments earlier in the same function (or file): q = "..." + x; q += "..." */
    private static Result resolve(Node use, String name, int depth) {
        Node scope = use.ancestor(Kind.FUNC).orElse(null);
        List<Node> assigns = scope == null ? use.tree().nodes(Kind.ASSIGN) : scope.descendants(Kind.ASSIGN);
        Result result = null;
        for (Node assign : assigns) {
            if (assign.start() >= use.start() || !assign.slotText("left").strip().replaceFirst("^\\$", "")
                    .equals(name.replaceFirst("^\\$", ""))) {
                continue;
            }
            Optional<Node> right = assign.slotNode("right");
            Result r = right.map(n -> of(n, depth + 1)).orElseGet(() -> {
                String text = assign.slotText("right").strip();
                return new Result(constant(text) ? How.STATIC : How.UNRESOLVED, "", List.of(text));
            });
            boolean append = assign.text().contains("+=") || assign.text().contains(".=") || assign.text().contains("<<");
            if (result == null || !append) {
                result = r;
            } else {
                How how = result.how().dynamic() ? result.how() : r.how().dynamic() ? r.how()
                        : r.how() == How.UNRESOLVED ? How.CONCATENATED : result.how();
                List<String> spliced = new ArrayList<>(result.spliced());
                spliced.addAll(r.spliced());
                result = new Result(how, result.literal() + r.literal(), spliced);
            }
        }
        return result == null ? new Result(How.UNRESOLVED, "", List.of(name)) : result;
    }

    static boolean constant(String text) {
        return CONSTANT.matcher(text).matches();
    }

    private static boolean placeholders(String text) {
        return PLACEHOLDERS.matcher(text).find();
    }

    private static String stripInterpolation(String text) {
        String t = text.strip();
        if (t.startsWith("${") || t.startsWith("#{")) {
            t = t.substring(2);
        } else if (t.startsWith("{")) {
            t = t.substring(1);
        }
        if (t.endsWith("}")) {
            t = t.substring(0, t.length() - 1);
        }
        int bang = t.indexOf('!');
        int colon = t.lastIndexOf(':');
        if (colon > 0 && !t.contains("?") && !t.contains("[")) {
            t = t.substring(0, colon);
        } else if (bang > 0 && bang == t.length() - 2) {
            t = t.substring(0, bang);
        }
        return t.strip();
    }

    /** Interpolations that only build placeholder lists or use constants are not splices of data. */
    static boolean placeholderOnly(Result r) {
        return r.spliced().stream().allMatch(s -> constant(s) || placeholders(s));
    }
}
