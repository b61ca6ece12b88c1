package dev.prodready.check.security;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Capability;
import dev.prodready.fact.CapabilityFact;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.HtmlSinkFact;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * appsec.xss-prevention: raw HTML sinks (dangerouslySetInnerHTML, innerHTML, v-html, {@html}, |safe, mark_safe,
 * th:utext, unescaped EJS/Handlebars) are judged one by one. A sink fed through a sanitizer on the same line is
 * fine; serialised JSON in a sink, or a sanitizer elsewhere in the file or among the packages, is partial; a bare
 * sink fails. No sink in the searched source passes. Where the code analysis parsed the file (or read the
 * template), its judgement replaces the line's: it follows a value back to a sanitiser through local variables.
 */
public final class XssPreventionCheck implements Check {

    /** Template files the code analysis reads for unescaped output (its facts replace the line patterns there). */
    private static final Set<String> TEMPLATES = Set.of("html", "htm", "jinja", "jinja2", "j2", "djhtml", "vue", "svelte",
            "erb", "ejs", "hbs", "handlebars", "mustache", "twig");

    private static final Pattern SANITIZED = Pattern.compile(
            "DOMPurify\\.sanitize|sanitize\\w*\\s*\\(|bleach\\.clean|nh3\\.clean|\\bxss\\s*\\(|purify\\.sanitize");
    private static final Pattern SERIALISED = Pattern.compile("JSON\\.stringify|serialize\\s*\\(|jsonify|tojson");

    @Override
    public String itemId() {
        return "appsec.xss-prevention";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        boolean parsedRan = ParsedCode.ran(facts);
        List<ContentMatch> sinks = Matches.notInTests(Matches.of(facts, SecurityPatterns.XSS_JS_SINK,
                SecurityPatterns.XSS_TEMPLATE_SINK, SecurityPatterns.XSS_PYTHON_SINK)).stream()
                .filter(m -> !ParsedCode.parsed(facts, Matches.path(m))
                        && !(parsedRan && TEMPLATES.contains(CodePaths.extension(Matches.path(m).toLowerCase()))))
                .toList();
        List<HtmlSinkFact> parsedBare = ParsedCode.unsafe(facts, HtmlSinkFact.class, h -> true);
        List<HtmlSinkFact> parsedSafe = ParsedCode.safe(facts, HtmlSinkFact.class, h -> true);
        if (sinks.isEmpty() && parsedBare.isEmpty() && parsedSafe.isEmpty()) {
            if (parsedRan && Matches.coverage(facts).isEmpty()) {
                return Outcome.pass("no raw HTML sink was found; output goes through the framework's escaping",
                        ParsedCode.searched(facts, "a raw HTML sink"));
            }
            return Matches.coverage(facts)
                    .map(c -> Outcome.pass("no raw HTML sink was found; output goes through the framework's escaping",
                            Matches.searched(c, "a raw HTML sink")))
                    .orElseGet(() -> Outcome.unknown("the source was not searched for raw HTML sinks"));
        }
        Set<String> sanitizingFiles = Matches.paths(Matches.of(facts, SecurityPatterns.XSS_SANITIZER_CALL));
        List<CapabilityFact> sanitizers = Providers.with(facts, Capability.SANITIZATION);
        List<Evidence> safe = new ArrayList<>(ParsedCode.cite(parsedSafe, 8));
        List<Evidence> doubtful = new ArrayList<>();
        List<Evidence> bare = new ArrayList<>(ParsedCode.cite(parsedBare, 10));
        for (ContentMatch sink : sinks) {
            if (SANITIZED.matcher(sink.text()).find()) {
                safe.add(Matches.cite(sink, "raw HTML sink fed through a sanitizer"));
            } else if (SERIALISED.matcher(sink.text()).find()) {
                doubtful.add(Matches.cite(sink, "serialised data in a raw HTML sink; make sure '<' is escaped"));
            } else if (sanitizingFiles.contains(Matches.path(sink)) || !sanitizers.isEmpty()) {
                doubtful.add(Matches.cite(sink, "raw HTML sink; a sanitizer is available but not applied on this line"));
            } else {
                bare.add(Matches.cite(sink, "raw HTML sink with no sanitizer"));
            }
        }
        if (!bare.isEmpty()) {
            return Outcome.fail(bare.size() + " raw HTML sink" + (bare.size() == 1 ? "" : "s") + " without any"
                    + " sanitizer: " + Matches.where(bare), Matches.concat(bare, doubtful, 10));
        }
        if (!doubtful.isEmpty()) {
            return Outcome.partial("raw HTML sinks where sanitizing is not visible on the line: " + Matches.where(doubtful),
                    Matches.concat(doubtful, Providers.cite(sanitizers, "sanitizer library"), 8));
        }
        return Outcome.pass("every raw HTML sink sanitizes its input: " + Matches.where(safe), Matches.first(safe, 8));
    }
}
