package dev.prodready.collect.code;

import dev.prodready.fact.Evidence;
import dev.prodready.fact.HtmlSinkFact;
import dev.prodready.workspace.SourceFile;
import dev.prodready.workspace.Workspace;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Template files (no tree-sitter grammar is needed for these line-level constructs): Jinja/Django/Twig |safe and
 * |raw, autoescape off, Vue v-html, Svelte {@html}, ERB <%== and raw, EJS <%-, Handlebars {{{ }}}, Blade {!! !!},
 * Thymeleaf th:utext. A value passed through a sanitiser is safe.
 */
final class Templates {

    private static final Set<String> EXTENSIONS = Set.of("html", "htm", "jinja", "jinja2", "j2", "djhtml", "vue",
            "svelte", "erb", "ejs", "hbs", "handlebars", "mustache", "twig", "php");
    private static final Pattern SANITISED = Pattern.compile("(?i)sanitiz|purify|dompurify|escape|bleach|clean\\(");

    private record Rule(String sink, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("|safe", Pattern.compile("\\{\\{[^}]*?\\|\\s*safe\\b[^}]*}}")),
            new Rule("|raw", Pattern.compile("\\{\\{[^}]*?\\|\\s*raw\\b[^}]*}}")),
            new Rule("autoescape off", Pattern.compile("\\{%-?\\s*autoescape\\s+(false|off)\\b")),
            new Rule("v-html", Pattern.compile("v-html\\s*=\\s*\"([^\"]*)\"")),
            new Rule("{@html}", Pattern.compile("\\{@html\\s+([^}]*)}")),
            new Rule("<%==", Pattern.compile("<%==\\s*(.*?)%>")),
            new Rule("raw", Pattern.compile("<%=\\s*raw[ (](.*?)%>")),
            new Rule("html_safe", Pattern.compile("<%=\\s*(.*?)\\.html_safe\\s*-?%>")),
            new Rule("<%-", Pattern.compile("<%-\\s*(?!include\\b)(.*?)%>")),
            new Rule("{{{ }}}", Pattern.compile("\\{\\{\\{\\s*([^}]*)}}}")),
            new Rule("{!! !!}", Pattern.compile("\\{!!\\s*(.*?)!!}")),
            new Rule("th:utext", Pattern.compile("th:utext\\s*=\\s*\"([^\"]*)\"")));

    private Templates() {
    }

    static void analyse(Workspace workspace, CodeIndex index) {
        CodeRules rules = index.rules();
        for (SourceFile file : workspace.files(f -> EXTENSIONS.contains(f.extension()))) {
            if (FileSelection.skipReason(file) != null || (file.extension().equals("php") && !file.name().endsWith(".blade.php"))) {
                continue;
            }
            List<String> lines = file.lines();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.length() > 2000) {
                    continue;
                }
                for (Rule rule : RULES) {
                    Matcher m = rule.pattern().matcher(line);
                    while (m.find()) {
                        String expr = m.groupCount() > 0 && m.group(1) != null ? m.group(1) : m.group();
                        boolean safe = SANITISED.matcher(expr).find();
                        String ruleId = safe ? "html.sanitised" : "html.template-unescaped";
                        String message = safe ? rule.sink() + " with a sanitised value"
                                : rule.sink() + " renders " + InjectionAnalysis.shorten(m.group()) + " without escaping";
                        index.add(new HtmlSinkFact(rule.sink(), message, safe, ruleId, rules.rule(ruleId).item(),
                                Evidence.at(file.path(), i + 1, message)));
                    }
                }
            }
        }
    }
}
