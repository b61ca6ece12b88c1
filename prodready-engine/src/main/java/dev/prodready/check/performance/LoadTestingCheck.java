package dev.prodready.check.performance;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.monitoring.Clues;
import dev.prodready.check.monitoring.ParsedClues;
import dev.prodready.fact.ActionKind;
import dev.prodready.fact.Capability;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.Facts;
import dev.prodready.fact.SignalKind;

import static dev.prodready.check.performance.PerformancePatterns.PERF_LOAD_TEST_RUN;

/** perf.load-testing: load-test scripts, tools or recorded results. */
public final class LoadTestingCheck implements Check {

    @Override
    public String itemId() {
        return "perf.load-testing";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        Clues runs = runs(facts);
        Clues evidence = scripts(facts).and(runs).and(Clues.documents(facts, DocKind.LOAD_TEST_RESULTS));
        if (evidence.found()) {
            return evidence.pass(runs.found() ? "load tests exist and a script or CI step runs them"
                    : "load tests exist (no CI step running them was found)");
        }
        return absent(facts, "no load-test script, tool or recorded result");
    }

    static Clues scripts(Facts facts) {
        return Clues.signals(facts, SignalKind.TEST_LOAD).and(Clues.capabilities(facts, Capability.LOAD_TESTING));
    }

    static Clues runs(Facts facts) {
        return ParsedClues.pipelineSteps(facts, "load test in CI", ActionKind.LOAD_TEST)
                .and(Clues.matches(facts, "load test run by a script or CI step", PERF_LOAD_TEST_RUN));
    }

    /** Tests are files, so their absence is judged over the whole repository, like any missing file. */
    static Outcome absent(Facts facts, String message) {
        return Outcome.fail(message, Clues.searched(facts, "performance or load test"));
    }
}
