package dev.prodready.check.performance;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.monitoring.Clues;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.prodready.check.performance.PerformancePatterns.PERF_DB_CALL;
import static dev.prodready.check.performance.PerformancePatterns.PERF_INLINE_LOOP_QUERY;
import static dev.prodready.check.performance.PerformancePatterns.PERF_LOOP_HEAD;

/**
 * perf.n-plus-one: a query per item written on one line (map(async ... await db...), a comprehension), or a
 * database call a few lines below a loop head. A line window cannot see where the loop ends, nor ORM lazy
 * loading, so candidates are partial evidence and their absence proves nothing. Where the code analysis parsed the
 * file it knows the loop's extent: a database call inside a loop body or an iterating callback (map, forEach, each,
 * comprehensions) fails; the line window is kept for files it did not parse.
 */
public final class NPlusOneCheck implements Check {

    /** How many lines below a loop head a database call still counts as inside the loop. */
    static final int WINDOW = 4;

    @Override
    public String itemId() {
        return "perf.n-plus-one";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<Evidence> parsed = ParsedLoops.queriesInLoops(facts);
        if (!parsed.isEmpty()) {
            return new Clues(parsed).fail(parsed.size() + " database call(s) run once per item of a loop in the parsed"
                    + " code; fetch the items in one query (join, include, IN list) instead");
        }
        Clues calls = Clues.matches(facts, "database call", PERF_DB_CALL).outsideTests()
                .where(e -> !ParsedLoops.parsed(facts, e.path()));
        Clues loops = Clues.matches(facts, "loop", PERF_LOOP_HEAD).outsideTests();
        Map<String, List<Evidence>> loopsByFile = loops.evidence().stream()
                .collect(Collectors.groupingBy(Evidence::path));
        // a call on the loop's own line is usually the iterable (for x of await db.findMany()), not per item
        List<Evidence> candidates = new ArrayList<>(Clues.matches(facts, "query per item inside a one-line loop",
                PERF_INLINE_LOOP_QUERY).outsideTests().where(e -> !ParsedLoops.parsed(facts, e.path())).evidence());
        for (Evidence call : calls.evidence()) {
            loopsByFile.getOrDefault(call.path(), List.of()).stream()
                    .filter(loop -> call.line() > loop.line() && call.line() - loop.line() <= WINDOW)
                    .reduce((first, second) -> second)
                    .ifPresent(loop -> candidates.add(call.withNote("database call " + (call.line() - loop.line())
                            + " line(s) below the loop at line " + loop.line())));
        }
        Clues suspects = new Clues(candidates);
        if (suspects.found()) {
            return suspects.partial(suspects.count() + " database call(s) sit inside loops and may run"
                    + " once per item; this is a text heuristic, review each candidate");
        }
        Clues parsedCalls = Clues.matches(facts, "database call", PERF_DB_CALL).outsideTests()
                .where(e -> ParsedLoops.parsed(facts, e.path()));
        if (parsedCalls.found() && !calls.found()) {
            return parsedCalls.unknown("none of the " + parsedCalls.count() + " database call(s) in the "
                    + ParsedLoops.parsedFiles(facts) + " parsed files runs inside a loop or an iterating callback, but"
                    + " ORM lazy loading (a relation read per item) is not visible in code");
        }
        if (calls.found()) {
            return calls.unknown("none of the " + calls.count() + " database call(s) found sits inside a loop, but a"
                    + " text scan cannot see ORM lazy loading or queries hidden behind helper functions");
        }
        return Outcome.unknown("no database calls were recognised in the source, so N+1 patterns cannot be judged");
    }
}
