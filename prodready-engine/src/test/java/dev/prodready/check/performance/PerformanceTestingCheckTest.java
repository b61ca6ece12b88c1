package dev.prodready.check.performance;

import dev.prodready.check.monitoring.Case;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.monitoring.Given.repo;
import static dev.prodready.check.performance.PerformancePatterns.*;
import static dev.prodready.check.monitoring.MonitoringPatterns.PERF_BUDGET_CI;
import static dev.prodready.fact.SignalKind.TEST_LOAD;

class PerformanceTestingCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of(repo("k6 script").signal(TEST_LOAD, "load/checkout.js"), PASS, "load/checkout.js"),
                Case.of(repo("Lighthouse CI in a workflow").match(PERF_BUDGET_CI, ".github/workflows/perf.yml", 20),
                        PASS, ".github/workflows/perf.yml:20"),
                Case.of(repo("vitest bench suite").match(PERF_BENCHMARK, "src/parse.bench.ts", 3),
                        PASS, "src/parse.bench.ts:3"),
                Case.of(repo("no performance test").manifest("package.json"), FAIL, "package.json", "."),
                Case.of(repo("empty repository"), FAIL, "."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new PerformanceTestingCheck());
    }
}
