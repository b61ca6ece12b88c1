package dev.prodready.collect.code;

import dev.prodready.fact.Evidence;
import dev.prodready.fact.HtmlSinkFact;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * HTML inserted without escaping: dangerouslySetInnerHTML, innerHTML/outerHTML, insertAdjacentHTML,
 * document.write, jQuery .html(), Angular bypassSecurityTrustHtml, Django/Jinja mark_safe and Markup, Rails raw
 * and html_safe, PHP echo of request data. A constant, or a value passed through a sanitiser first, is safe.
 */
final class HtmlAnalysis {

    private static final Pattern PHP_SUPERGLOBAL = Pattern.compile("\\$_(GET|POST|REQUEST|COOKIE|SERVER)\\b");
    private static final Pattern PHP_ESCAPE = Pattern.compile("htmlspecialchars|htmlentities|esc_html|esc_attr|strip_tags|e\\(|intval|\\(int\\)");

    private final FileContext file;
    private final CodeIndex index;
    private final NameList sanitisers;

    HtmlAnalysis(FileContext file, CodeIndex index) {
        this.file = file;
        this.index = index;
        this.sanitisers = file.rules().names("html.sanitisers");
    }

    void run() {
        switch (file.language()) {
            case TYPESCRIPT, TSX, JAVASCRIPT -> ecmascript();
            case PYTHON -> calls(List.of("mark_safe", "Markup", "SafeString", "SafeText"), 0);
            case RUBY -> ruby();
            case PHP -> php();
            default -> {
            }
        }
    }

    private void ecmascript() {
        for (Node attr : file.nodes(Kind.JSXATTR)) {
            if (!attr.text().startsWith("dangerouslySetInnerHTML")) {
                continue;
            }
            Optional<Node> html = attr.descendants(Kind.PAIR).stream()
                    .filter(p -> p.slotText("key").replace("\"", "").replace("'", "").equals("__html")).findFirst();
            if (html.isEmpty()) {
                continue;
            }
            judge("dangerouslySetInnerHTML", html.get().slotNode("value").orElse(null), html.get().slotText("value"),
                    attr.line());
        }
        for (Node assign : file.nodes(Kind.ASSIGN)) {
            String left = assign.slotText("left").strip();
            if (left.endsWith(".innerHTML") || left.endsWith(".outerHTML")) {
                judge(Names.lastSegment(left), assign.slotNode("right").orElse(null), assign.slotText("right"),
                        assign.line());
            }
        }
        for (Node call : file.nodes(Kind.CALL)) {
            String callee = call.callee();
            String name = call.calleeName();
            int arg = -1;
            if (name.equals("insertAdjacentHTML")) {
                arg = 1;
            } else if (callee.equals("document.write") || callee.equals("document.writeln")
                    || name.equals("bypassSecurityTrustHtml") || name.equals("createContextualFragment")
                    || (name.equals("html") && (callee.startsWith("$(") || callee.startsWith("jQuery(")))) {
                arg = 0;
            }
            if (arg >= 0) {
                int index = arg;
                call.arg(index).ifPresent(a -> judge(name.equals("write") || name.equals("writeln") ? callee : name,
                        a.value(), a.text(), call.nameLine()));
            }
        }
    }

    private void calls(List<String> names, int arg) {
        NameList list = new NameList(names);
        for (Node call : file.nodes(Kind.CALL)) {
            if (list.matches(call)) {
                call.arg(arg).ifPresent(a -> judge(call.calleeName(), a.value(), a.text(), call.nameLine()));
            }
        }
    }

    private void ruby() {
        for (Node call : file.nodes(Kind.CALL)) {
            String name = call.calleeName();
            if (name.equals("raw") && !call.callee().contains(".")) {
                call.arg(0).ifPresent(a -> judge("raw", a.value(), a.text(), call.nameLine()));
            } else if (name.equals("html_safe")) {
                String callee = call.callee();
                String receiver = callee.substring(0, Math.max(0, callee.length() - ".html_safe".length()));
                Node recv = call.children().stream().filter(c -> c.start() == call.start()).findFirst().orElse(null);
                judge("html_safe", recv, receiver, call.nameLine());
            }
        }
    }

    private void php() {
        for (Node echo : file.nodes(Kind.ECHO)) {
            String text = echo.text();
            if (PHP_SUPERGLOBAL.matcher(text).find()) {
                boolean escaped = PHP_ESCAPE.matcher(text).find();
                record("echo", escaped, escaped ? "echo of request data, escaped" : "echo prints request data ("
                        + InjectionAnalysis.shorten(text) + ") into the page without htmlspecialchars", echo.line());
            }
        }
    }

    /** Safe when the value is a constant, or comes from a sanitiser call (directly or through a local variable). */
    private void judge(String sink, Node value, String text, int line) {
        String t = text.strip();
        String verdict = verdict(value, t, 0);
        boolean safe = verdict != null;
        record(sink, safe, safe ? sink + " with " + verdict : sink + " inserts " + InjectionAnalysis.shorten(t)
                + " as HTML without a sanitiser (DOMPurify, sanitize-html, bleach)", line);
    }

    private String verdict(Node value, String text, int depth) {
        if (value != null && value.is(Kind.STR) && !value.interpolated()) {
            return "a constant string";
        }
        if (StringBuild.constant(text) || text.isEmpty() || text.equals("''") || text.equals("\"\"")) {
            return "a constant";
        }
        if (value != null && value.is(Kind.CALL)) {
            if (sanitisers.matches(value)) {
                return "sanitised input (" + value.calleeName() + ")";
            }
            if (value.callee().equals("JSON.stringify")) {
                return "JSON data";
            }
        }
        if (value != null && value.is(Kind.STR) && value.interpolated()
                && value.interpolations().stream().allMatch(i -> sanitisers.matches(i.text().replaceAll("^[$#]?\\{|}$", "").strip()
                .replaceAll("\\(.*", "")))) {
            return "sanitised parts";
        }
        if (depth < 3 && text.matches("[A-Za-z_$][\\w$.]*")) {
            Node scope = value == null ? null : value.ancestor(Kind.FUNC).orElse(null);
            List<Node> assigns = scope == null ? file.nodes(Kind.ASSIGN) : scope.descendants(Kind.ASSIGN);
            String found = null;
            for (Node assign : assigns) {
                if (assign.slotText("left").strip().equals(text) && (value == null || assign.start() < value.start())) {
                    found = verdict(assign.slotNode("right").orElse(null), assign.slotText("right").strip(), depth + 1);
                }
            }
            return found;
        }
        return null;
    }

    private void record(String sink, boolean safe, String message, int line) {
        String rule = safe ? "html.sanitised" : "html.unsanitised";
        index.add(new HtmlSinkFact(sink, message, safe, rule, file.rules().rule(rule).item(),
                Evidence.at(file.path(), line, message)));
    }
}
