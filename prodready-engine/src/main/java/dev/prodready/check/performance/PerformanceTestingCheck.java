package dev.prodready.check.performance;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.monitoring.Clues;
import dev.prodready.check.monitoring.MonitoringPatterns;
import dev.prodready.check.monitoring.ParsedClues;
import dev.prodready.fact.ActionKind;
import dev.prodready.fact.Facts;
import dev.prodready.fact.SignalKind;

import static dev.prodready.check.performance.PerformancePatterns.PERF_BENCHMARK;

/** perf.testing: load tests, Lighthouse CI or benchmark suites, noting whether something runs them. */
public final class PerformanceTestingCheck implements Check {

    @Override
    public String itemId() {
        return "perf.testing";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        Clues runs = LoadTestingCheck.runs(facts)
                .and(ParsedClues.pipelineSteps(facts, "performance budget checked in CI", ActionKind.PERF_BUDGET))
                .and(Clues.matches(facts, "Lighthouse or bundle budget run", MonitoringPatterns.PERF_BUDGET_CI));
        Clues tests = LoadTestingCheck.scripts(facts)
                .and(Clues.matches(facts, "benchmark", PERF_BENCHMARK))
                .and(Clues.signals(facts, SignalKind.PERF_BUDGET))
                .and(runs);
        if (tests.found()) {
            return tests.pass(runs.found() ? "performance tests exist and a script or CI step runs them"
                    : "performance tests exist (no CI step running them was found)");
        }
        return LoadTestingCheck.absent(facts, "no performance test of any kind (load test, Lighthouse CI, benchmark)");
    }
}
