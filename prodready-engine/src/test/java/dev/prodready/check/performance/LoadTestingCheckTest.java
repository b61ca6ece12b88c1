package dev.prodready.check.performance;

import dev.prodready.check.monitoring.Case;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.monitoring.Given.repo;
import static dev.prodready.check.performance.PerformancePatterns.*;
import static dev.prodready.fact.Capability.LOAD_TESTING;
import static dev.prodready.fact.DocKind.LOAD_TEST_RESULTS;
import static dev.prodready.fact.SignalKind.TEST_LOAD;

class LoadTestingCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of(repo("Locust file").signal(TEST_LOAD, "locustfile.py"), PASS, "locustfile.py"),
                Case.of(repo("k6 declared and run in CI")
                                .capability(LOAD_TESTING, "k6", "package.json", 30)
                                .match(PERF_LOAD_TEST_RUN, ".github/workflows/load.yml", 12),
                        PASS, "package.json:30", ".github/workflows/load.yml:12"),
                Case.of(repo("results recorded").doc(LOAD_TEST_RESULTS, "docs/load-test-2026-03.md", 3),
                        PASS, "docs/load-test-2026-03.md:3"),
                Case.of(repo("no load test").manifest("package.json"), FAIL, "package.json", "."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new LoadTestingCheck());
    }
}
