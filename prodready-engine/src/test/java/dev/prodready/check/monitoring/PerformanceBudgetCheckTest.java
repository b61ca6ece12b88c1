package dev.prodready.check.monitoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PARTIAL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.monitoring.Given.repo;
import static dev.prodready.check.monitoring.MonitoringPatterns.*;
import static dev.prodready.fact.Capability.PERFORMANCE_BUDGET;
import static dev.prodready.fact.SignalKind.PERF_BUDGET;

class PerformanceBudgetCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of(repo("lighthouserc run in CI")
                                .signal(PERF_BUDGET, "lighthouserc.json")
                                .match(PERF_BUDGET_CI, ".github/workflows/ci.yml", 30),
                        PASS, "lighthouserc.json", ".github/workflows/ci.yml:30"),
                Case.of(repo("size-limit section, never run").match(PERF_BUDGET_CONFIG, "package.json", 40),
                        PARTIAL, "package.json:40"),
                Case.of(repo("lhci run without assertions").match(PERF_BUDGET_CI, ".github/workflows/ci.yml", 30),
                        PARTIAL, ".github/workflows/ci.yml:30"),
                Case.of(repo("budget tool declared only").capability(PERFORMANCE_BUDGET, "size-limit", "package.json", 50),
                        PARTIAL, "package.json:50"),
                Case.of(repo("no budget").manifest("package.json"), FAIL, "package.json", "."),
                Case.of(repo("nothing to read"), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new PerformanceBudgetCheck());
    }
}
