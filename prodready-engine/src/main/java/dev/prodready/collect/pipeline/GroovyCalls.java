package dev.prodready.collect.pipeline;

import dev.prodready.collect.iac.SyntaxProblem;
import dev.prodready.collect.pipeline.GroovyTokens.Token;
import dev.prodready.collect.pipeline.GroovyTokens.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a Jenkinsfile as what its DSL is made of: calls with arguments and closures ({@code stage('Build') {
 * sh 'make' }}, {@code sh script: 'x', returnStatus: true}, {@code parallel a: { ... }}). Control flow (if, try,
 * def) reads as calls too, so the steps inside it are still found. Braces must balance; nothing is evaluated.
 */
final class GroovyCalls {

    /** A call: {@code name} is its (dotted) name, {@code block} its trailing closure, if any. */
    record Call(String name, int line, List<Arg> args, List<Call> block) {

        /** The named argument's value, or else the {@code index}-th unnamed one. */
        Optional<Arg> arg(String label, int index) {
            for (Arg a : args) {
                if (a.label().equals(label)) {
                    return Optional.of(a);
                }
            }
            List<Arg> positional = args.stream().filter(a -> a.label().isEmpty()).toList();
            return index >= 0 && index < positional.size() ? Optional.of(positional.get(index)) : Optional.empty();
        }

        /** The first unnamed argument as text ("" when none): a stage's name, a script. */
        String first() {
            return arg("", 0).map(Arg::text).orElse("");
        }

        /** Every call nested in this one (its closure, closures and calls in its arguments), depth first. */
        void forEachNested(Consumer<Call> visitor) {
            for (Arg a : args) {
                for (Call c : a.calls()) {
                    visitor.accept(c);
                    c.forEachNested(visitor);
                }
            }
            for (Call c : block) {
                visitor.accept(c);
                c.forEachNested(visitor);
            }
        }

        /** The calls directly inside: the trailing closure, then closures and calls among the arguments. */
        List<Call> children() {
            List<Call> out = new ArrayList<>();
            args.forEach(a -> out.addAll(a.calls()));
            out.addAll(block);
            return out;
        }
    }

    /**
     * One argument: {@code label} for a named one ("" otherwise), {@code text} the string's value or the
     * expression as written, {@code string} whether it is a single string literal; {@code calls} the calls and
     * closure statements inside it.
     */
    record Arg(String label, String text, boolean string, int line, List<Call> calls) {
    }

    private static final int MAX_DEPTH = 200;

    private final List<Token> tokens;
    private int pos;
    private int depth;

    private GroovyCalls(List<Token> tokens) {
        this.tokens = tokens;
    }

    static List<Call> parse(String text) throws SyntaxProblem {
        GroovyCalls p = new GroovyCalls(GroovyTokens.of(text));
        return p.block(false);
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (t.type() != Type.END) {
            pos++;
        }
        return t;
    }

    private List<Call> block(boolean braced) throws SyntaxProblem {
        if (++depth > MAX_DEPTH) {
            throw new SyntaxProblem("nested too deeply", peek().line());
        }
        int openLine = braced ? tokens.get(pos - 1).line() : 0;
        List<Call> calls = new ArrayList<>();
        while (true) {
            Token t = peek();
            if (t.type() == Type.NEWLINE || t.is(";")) {
                next();
                continue;
            }
            if (t.type() == Type.END) {
                if (braced) {
                    throw new SyntaxProblem("'{' opened here is never closed", openLine);
                }
                break;
            }
            if (t.is("}")) {
                if (!braced) {
                    throw new SyntaxProblem("'}' closes nothing", t.line());
                }
                next();
                break;
            }
            statement().ifPresent(calls::add);
        }
        depth--;
        return calls;
    }

    /** A call statement, or (for anything else) the calls found inside the statement. */
    private Optional<Call> statement() throws SyntaxProblem {
        Token t = peek();
        while (t.is("@")) { // an annotation: @Library('lib') _
            next();
            if (peek().type() == Type.NAME) {
                next();
            }
            if (peek().is("(")) {
                next();
                arguments(")");
            }
            t = peek();
        }
        if (t.type() != Type.NAME) {
            Arg rest = value(true, false);
            return rest.calls().isEmpty() ? Optional.empty()
                    : Optional.of(new Call("", t.line(), List.of(rest), List.of()));
        }
        return Optional.of(call(true));
    }

    /** A call starting at a name; {@code statement} allows command syntax (arguments without parentheses). */
    private Call call(boolean statement) throws SyntaxProblem {
        Token start = next();
        StringBuilder name = new StringBuilder(start.text());
        List<Arg> args = new ArrayList<>();
        List<Call> block = new ArrayList<>();
        boolean parenthesised = false;
        while (true) {
            Token t = peek();
            if (t.is(".") || t.is("?") && peek(1).is(".")) {
                int skip = t.is("?") ? 2 : 1;
                if (peek(skip).type() == Type.NAME) {
                    pos += skip;
                    String member = next().text();
                    if (!parenthesised) { // sh(...).trim() stays "sh"; docker.image('x').inside is "docker.image"
                        name.append('.').append(member);
                    }
                    continue;
                }
                break;
            }
            if (t.is("(")) {
                next();
                args.addAll(arguments(")"));
                parenthesised = true;
                continue;
            }
            if (t.is("{")) {
                next();
                block.addAll(block(true));
                if (peek().is(".")) {
                    continue;
                }
                break;
            }
            if (parenthesised && t.type() == Type.NEWLINE) {
                int ahead = 0;
                while (peek(ahead).type() == Type.NEWLINE) {
                    ahead++;
                }
                if (peek(ahead).is("{")) { // the closure of stage('x') written on the next line
                    pos += ahead;
                    continue;
                }
            }
            break;
        }
        Token t = peek();
        if (statement && !parenthesised && block.isEmpty() && !endsStatement(t)) {
            args.addAll(commandArguments());
        } else if (statement && !endsStatement(peek())) {
            Arg rest = value(true, false); // the rest of an expression statement: "x = foo() + 1"
            if (!rest.calls().isEmpty()) {
                args.add(rest);
            }
        }
        return new Call(name.toString(), start.line(), args, block);
    }

    private static boolean endsStatement(Token t) {
        return t.type() == Type.NEWLINE || t.type() == Type.END || t.is(";") || t.is("}");
    }

    private List<Arg> commandArguments() throws SyntaxProblem {
        List<Arg> out = new ArrayList<>();
        while (true) {
            out.add(argument(true));
            if (!peek().is(",")) {
                return out;
            }
            next();
            while (peek().type() == Type.NEWLINE) {
                next();
            }
        }
    }

    private List<Arg> arguments(String close) throws SyntaxProblem {
        List<Arg> out = new ArrayList<>();
        int openLine = tokens.get(pos - 1).line();
        while (true) {
            while (peek().type() == Type.NEWLINE) {
                next();
            }
            Token t = peek();
            if (t.type() == Type.END) {
                throw new SyntaxProblem("'" + (close.equals(")") ? "(" : "[") + "' opened here is never closed", openLine);
            }
            if (t.is(close)) {
                next();
                return out;
            }
            if (t.is(",")) {
                next();
                continue;
            }
            out.add(argument(false));
        }
    }

    private Arg argument(boolean command) throws SyntaxProblem {
        String label = "";
        Token t = peek();
        if ((t.type() == Type.NAME || t.type() == Type.STRING) && peek(1).is(":")) {
            label = t.text();
            pos += 2;
        }
        Arg v = value(command, true);
        return new Arg(label, v.text(), v.string(), v.line(), v.calls());
    }

    /**
     * An expression up to a ',' (when {@code stopAtComma}) or closing bracket at its own depth, or (when {@code
     * toLineEnd}) the end of the line; calls and closures inside it are parsed.
     */
    private Arg value(boolean toLineEnd, boolean stopAtComma) throws SyntaxProblem {
        int line = peek().line();
        StringBuilder text = new StringBuilder();
        List<Call> calls = new ArrayList<>();
        int nesting = 0;
        int parts = 0;
        int start = pos;
        boolean single = false;
        while (true) {
            Token t = peek();
            if (t.type() == Type.END) {
                if (nesting > 0) {
                    throw new SyntaxProblem("bracket opened here is never closed", line);
                }
                break;
            }
            if (nesting == 0 && ((stopAtComma && t.is(",")) || t.is(")") || t.is("]") || t.is("}")
                    || (toLineEnd && (t.type() == Type.NEWLINE || t.is(";"))))) {
                break;
            }
            if (t.type() == Type.NEWLINE) {
                next();
                continue;
            }
            parts++;
            if (t.is("(") || t.is("[")) {
                nesting++;
            } else if (t.is(")") || t.is("]")) {
                nesting--;
            }
            if (t.is("{")) {
                next();
                calls.addAll(block(true));
                text.append("{...}");
                continue;
            }
            if (t.type() == Type.NAME && (peek(1).is("(") || peek(1).is("{") || peek(1).is("."))) {
                int before = pos;
                Call c = call(false);
                calls.add(c);
                text.append(tokensText(before, pos));
                continue;
            }
            single = parts == 1 && t.type() == Type.STRING;
            next();
            if (!text.isEmpty() && t.type() != Type.SYMBOL) {
                text.append(' ');
            }
            text.append(t.text());
        }
        if (pos == start && (peek().is(")") || peek().is("]") || peek().is("}"))) {
            throw new SyntaxProblem("unexpected '" + peek().text() + "'", peek().line());
        }
        return new Arg("", text.toString().strip(), single && parts == 1, line, calls);
    }

    private String tokensText(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.type() == Type.NEWLINE) {
                continue;
            }
            b.append(t.type() == Type.STRING ? "'" + t.text() + "'" : t.text());
        }
        return b.toString();
    }
}
