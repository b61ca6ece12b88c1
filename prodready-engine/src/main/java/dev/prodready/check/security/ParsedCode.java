package dev.prodready.check.security;

import dev.prodready.fact.CodeObservation;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.Finding;
import dev.prodready.fact.RouteFact;
import dev.prodready.fact.ScanCoverage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reading the facts of the parsed-code analysis (collector "code"). Parsed facts are the primary evidence; the
 * text patterns stay the fallback for files the analysis did not judge: languages it does not parse, and, for
 * routes, languages whose routes it does not discover (Go, PHP, Ruby...).
 */
final class ParsedCode {

    static final String ENGINE = "code";

    private static final Map<String, String> LANGUAGE = Map.ofEntries(
            Map.entry("ts", "typescript"), Map.entry("mts", "typescript"), Map.entry("cts", "typescript"),
            Map.entry("tsx", "tsx"), Map.entry("js", "javascript"), Map.entry("jsx", "javascript"),
            Map.entry("mjs", "javascript"), Map.entry("cjs", "javascript"), Map.entry("py", "python"),
            Map.entry("java", "java"), Map.entry("go", "go"), Map.entry("php", "php"), Map.entry("rb", "ruby"));
    /** Languages whose server routes the analysis discovers (Next.js, Express-style, FastAPI/Flask/Django, Spring). */
    private static final Set<String> ROUTE_LANGUAGES = Set.of("typescript", "tsx", "javascript", "python", "java");

    private ParsedCode() {
    }

    /** Whether any file was parsed. */
    static boolean ran(Facts facts) {
        return facts.any(ScanCoverage.class, c -> ENGINE.equals(c.engine()) && !c.scope().equals("skipped"));
    }

    /** The parsed-file counts, as evidence for "looked, found none". */
    static Optional<ScanCoverage> coverage(Facts facts) {
        return facts.first(ScanCoverage.class, c -> ENGINE.equals(c.engine()) && !c.scope().equals("skipped"));
    }

    /** "N files parsed; none shows X", citing the scanned root. */
    static List<Evidence> searched(Facts facts, String lookedFor) {
        long files = facts.all(ScanCoverage.class, c -> ENGINE.equals(c.engine()) && !c.scope().equals("skipped"))
                .stream().mapToLong(ScanCoverage::units).sum();
        return coverage(facts).map(c -> List.of(c.evidence().withNote(files + " source files parsed; none shows " + lookedFor)))
                .orElse(List.of());
    }

    /** Whether the analysis parsed files in the language of {@code path}. */
    static boolean parsed(Facts facts, String path) {
        String language = LANGUAGE.get(CodePaths.extension(path.toLowerCase(Locale.ROOT)));
        return language != null && facts.any(ScanCoverage.class, c -> ENGINE.equals(c.engine()) && language.equals(c.scope()));
    }

    /** Whether the analysis discovers routes in files like {@code path} (so text handler patterns there are superseded). */
    static boolean routesParsed(Facts facts, String path) {
        String language = LANGUAGE.get(CodePaths.extension(path.toLowerCase(Locale.ROOT)));
        return language != null && ROUTE_LANGUAGES.contains(language) && parsed(facts, path);
    }

    /** Routes outside test code. */
    static List<RouteFact> routes(Facts facts) {
        return facts.all(RouteFact.class, r -> !CodePaths.isTest(r.evidence().path()));
    }

    static <T extends CodeObservation> List<T> of(Facts facts, Class<T> type, Predicate<? super T> filter) {
        return facts.all(type, o -> !CodePaths.isTest(o.evidence().path()) && filter.test(o));
    }

    static <T extends CodeObservation> List<T> unsafe(Facts facts, Class<T> type, Predicate<? super T> filter) {
        return of(facts, type, o -> !o.safe() && filter.test(o));
    }

    static <T extends CodeObservation> List<T> safe(Facts facts, Class<T> type, Predicate<? super T> filter) {
        return of(facts, type, o -> o.safe() && filter.test(o));
    }

    static List<Finding> findings(Facts facts, String... ruleIds) {
        Set<String> ids = Set.of(ruleIds);
        return facts.all(Finding.class, f -> ids.contains(f.ruleId()) && f.evidence().path() != null
                && !CodePaths.isTest(f.evidence().path()));
    }

    /** The observations' own evidence (its note says what was seen), at most {@code max}. */
    static List<Evidence> cite(Collection<? extends CodeObservation> observations, int max) {
        return observations.stream().limit(max).map(CodeObservation::evidence).toList();
    }

    static List<Evidence> citeFindings(Collection<Finding> findings, int max) {
        return findings.stream().limit(max).map(Finding::evidence).toList();
    }

    static Set<String> paths(Collection<? extends CodeObservation> observations) {
        Set<String> out = new LinkedHashSet<>();
        observations.forEach(o -> out.add(o.evidence().path()));
        return out;
    }

    /** Evidence lists joined in order, at most {@code max}. */
    @SafeVarargs
    static List<Evidence> join(int max, List<Evidence>... lists) {
        List<Evidence> out = new ArrayList<>();
        for (List<Evidence> list : lists) {
            for (Evidence e : list) {
                if (out.size() < max && !out.contains(e)) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** "3 API routes" / "1 API route". */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
