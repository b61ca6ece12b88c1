package dev.prodready.check.performance;

import dev.prodready.check.monitoring.Case;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.Status.PARTIAL;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.monitoring.Given.repo;
import static dev.prodready.check.performance.PerformancePatterns.*;

class NPlusOneCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of(repo("query two lines below a for loop")
                                .match(PERF_LOOP_HEAD, "src/orders.ts", 10)
                                .match(PERF_DB_CALL, "src/orders.ts", 12),
                        PARTIAL, "src/orders.ts:12"),
                Case.of(repo("query per item in a one-line map").match(PERF_INLINE_LOOP_QUERY, "src/feed.ts", 30),
                        PARTIAL, "src/feed.ts:30"),
                Case.of(repo("query as the loop's iterable, same line")
                                .match(PERF_LOOP_HEAD, "src/orders.ts", 10)
                                .match(PERF_DB_CALL, "src/orders.ts", 10),
                        UNKNOWN, "src/orders.ts:10"),
                Case.of(repo("query well after the loop")
                                .match(PERF_LOOP_HEAD, "src/orders.ts", 10)
                                .match(PERF_DB_CALL, "src/orders.ts", 20),
                        UNKNOWN, "src/orders.ts:20"),
                Case.of(repo("loop and query in different files")
                                .match(PERF_LOOP_HEAD, "src/a.ts", 10)
                                .match(PERF_DB_CALL, "src/b.ts", 11),
                        UNKNOWN, "src/b.ts:11"),
                Case.of(repo("loop with a query inside a test")
                                .match(PERF_LOOP_HEAD, "tests/orders.test.ts", 10)
                                .match(PERF_DB_CALL, "tests/orders.test.ts", 11),
                        UNKNOWN),
                Case.of(repo("no database calls"), UNKNOWN),
                Case.of(repo("parsed: query inside a loop body").add(java.util.List.of(parsed("typescript"),
                                inLoop("src/lib/digest.ts", 9))), dev.prodready.check.Status.FAIL, "src/lib/digest.ts:9"),
                Case.of(repo("parsed file: the line window is not used")
                                .add(java.util.List.of(parsed("typescript")))
                                .match(PERF_LOOP_HEAD, "src/orders.ts", 10)
                                .match(PERF_DB_CALL, "src/orders.ts", 12),
                        UNKNOWN, "src/orders.ts:12"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new NPlusOneCheck());
    }

    static dev.prodready.fact.ScanCoverage parsed(String language) {
        return new dev.prodready.fact.ScanCoverage("code", language, 3, "files", dev.prodready.fact.Evidence.file(".", "parsed"));
    }

    static dev.prodready.fact.Finding inLoop(String path, int line) {
        return new dev.prodready.fact.Finding("perf.n-plus-one", "perf.n-plus-one", dev.prodready.catalogue.Severity.MEDIUM,
                "query per item", null, null, dev.prodready.fact.Evidence.at(path, line, "query per item"));
    }
}
