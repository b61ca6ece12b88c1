package dev.prodready.check.security;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Capability;
import dev.prodready.fact.CapabilityFact;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.QuerySinkFact;
import dev.prodready.fact.ScanCoverage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * appsec.parameterized-queries: a value pasted into SQL or a PostgREST filter (template strings, concatenation,
 * f-strings reaching query/execute/raw/$queryRawUnsafe, quoted interpolations inside SQL text) fails at that line.
 * Raw query APIs called with a prepared SQL variable, or Mongo $where, are partial: they need review. With none of
 * these, an ORM or query builder passes; a raw driver alone is partial, because line patterns cannot follow a
 * query string built over several lines. Parsed query calls come first: a splice the analysis traced (through
 * local variables too) fails, bound parameters and tagged templates pass; line patterns remain for files in
 * languages that are not parsed, and raw calls the analysis could not resolve stay "to review".
 */
public final class ParameterizedQueriesCheck implements Check {

    private static final Map<String, String> INJECTION = Map.of(
            SecurityPatterns.SQLI_INTERPOLATED_CALL_JS, "value interpolated into a raw query call",
            SecurityPatterns.SQLI_INTERPOLATED_CALL_PY, "f-string or % formatting passed to execute/raw",
            SecurityPatterns.SQLI_INTERPOLATED_CALL_JAVA, "string concatenated into a query",
            SecurityPatterns.SQLI_QUOTED_INTERPOLATION, "value pasted inside quotes in SQL text",
            SecurityPatterns.SQLI_UNTAGGED_TEMPLATE, "SQL template string with interpolation (not a tagged sql`` template)",
            SecurityPatterns.SQLI_SUPABASE_FILTER_INTERPOLATED, "value interpolated into a PostgREST filter string");
    private static final Map<String, String> REVIEW = Map.of(
            SecurityPatterns.SQLI_UNSAFE_RAW_API, "raw query API; check that values are bound, not pasted",
            SecurityPatterns.SQLI_NOSQL_WHERE, "MongoDB $where runs JavaScript built from a string");

    @Override
    public String itemId() {
        return "appsec.parameterized-queries";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<QuerySinkFact> parsedUnsafe = ParsedCode.unsafe(facts, QuerySinkFact.class, q -> true);
        List<QuerySinkFact> parsedSafe = ParsedCode.safe(facts, QuerySinkFact.class, q -> true);
        Set<String> judgedLines = new HashSet<>();
        ParsedCode.of(facts, QuerySinkFact.class, q -> true)
                .forEach(q -> judgedLines.add(q.evidence().path() + ":" + q.evidence().line()));
        List<ContentMatch> injected = Matches.notInTests(Matches.of(facts, INJECTION.keySet())).stream()
                .filter(m -> !ParsedCode.parsed(facts, Matches.path(m))).toList();
        if (!injected.isEmpty() || !parsedUnsafe.isEmpty()) {
            List<Evidence> evidence = ParsedCode.join(10, ParsedCode.cite(parsedUnsafe, 10), distinctLines(injected, INJECTION));
            return Outcome.fail("queries are built by pasting values into SQL: " + Matches.where(evidence), evidence);
        }
        List<ContentMatch> review = Matches.notInTests(Matches.of(facts, REVIEW.keySet())).stream()
                .filter(m -> !judgedLines.contains(Matches.path(m) + ":" + Matches.line(m))).toList();
        if (!review.isEmpty()) {
            List<Evidence> evidence = distinctLines(review, REVIEW);
            return Outcome.partial("raw queries to review (no value pasted on these lines, but the SQL comes from"
                    + " elsewhere): " + Matches.where(evidence), Matches.first(evidence, 8));
        }
        Optional<ScanCoverage> coverage = Matches.coverage(facts).or(() -> ParsedCode.coverage(facts));
        if (!parsedSafe.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(ParsedCode.cite(parsedSafe, 4));
            evidence.addAll(ParsedCode.searched(facts, "SQL built from strings"));
            return Outcome.pass(ParsedCode.count(parsedSafe.size(), "raw query call") + " bind their values as"
                    + " parameters and no SQL built from strings was found", Matches.first(evidence, 6));
        }
        if (coverage.isEmpty()) {
            return Outcome.unknown("the source was not searched for queries built from strings");
        }
        List<CapabilityFact> builders = new ArrayList<>(Providers.with(facts, Capability.ORM));
        builders.addAll(Providers.with(facts, Capability.QUERY_BUILDER));
        List<Evidence> supabase = Providers.supabase(facts);
        if (!builders.isEmpty() || !supabase.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(Providers.cite(builders, "builds parameterized queries"));
            if (builders.isEmpty()) {
                evidence.addAll(supabase.stream().limit(2).map(e -> e.withNote("Supabase client builds parameterized"
                        + " PostgREST requests")).toList());
            }
            evidence.addAll(Matches.searched(coverage.get(), "SQL built from strings"));
            String via = builders.isEmpty() ? "the Supabase client" : builders.stream().map(CapabilityFact::source)
                    .distinct().sorted().limit(3).collect(Collectors.joining(", "));
            return Outcome.pass("queries go through " + via + " and no SQL built from strings was found",
                    Matches.first(evidence, 6));
        }
        List<CapabilityFact> drivers = Providers.with(facts, Capability.DB_DRIVER);
        if (!drivers.isEmpty()) {
            return Outcome.partial("queries go through a raw driver (" + drivers.get(0).source() + "); no value pasted"
                    + " into SQL was found on any line, but query strings assembled over several lines are not traced yet",
                    Matches.concat(Providers.cite(drivers, "raw SQL driver"),
                            Matches.searched(coverage.get(), "SQL built from strings"), 5));
        }
        return Outcome.unknown("no database access code (ORM, query builder or driver) was recognised");
    }

    private static List<Evidence> distinctLines(List<ContentMatch> matches, Map<String, String> notes) {
        List<Evidence> evidence = new ArrayList<>();
        for (ContentMatch m : matches) {
            boolean seen = evidence.stream().anyMatch(e -> e.path().equals(Matches.path(m)) && e.line() == Matches.line(m));
            if (!seen) {
                evidence.add(Matches.cite(m, notes.get(m.pattern())));
            }
        }
        return evidence;
    }
}
