package dev.prodready.fact;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Content-Security-Policy the deployed page sends, parsed.
 *
 * @param source     "header", "meta" or "report-only"
 * @param directives directive (lower case) to its sources (lower case), in order
 */
public record CspFact(String source, Map<String, List<String>> directives, String url, Evidence evidence)
        implements Fact {

    public CspFact {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        directives.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        directives = Collections.unmodifiableMap(copy);
    }

    /** The sources that govern scripts: script-src, else default-src; empty when neither is set. */
    public List<String> scriptSources() {
        return directives.getOrDefault("script-src", directives.getOrDefault("default-src", List.of()));
    }

    /** Whether inline scripts may run: 'unsafe-inline' without a nonce or hash, or no script restriction. */
    public boolean allowsInlineScripts() {
        List<String> s = scriptSources();
        boolean nonceOrHash = s.stream().anyMatch(x -> x.startsWith("'nonce-") || x.startsWith("'sha"));
        return s.isEmpty() || s.contains("*") || (s.contains("'unsafe-inline'") && !nonceOrHash);
    }

    public boolean allowsEval() {
        return scriptSources().contains("'unsafe-eval'");
    }

    public boolean restrictsObjects() {
        List<String> o = directives.getOrDefault("object-src", directives.getOrDefault("default-src", List.of()));
        return o.equals(List.of("'none'"));
    }

    public boolean has(String directive) {
        return directives.containsKey(directive);
    }
}
