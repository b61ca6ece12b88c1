package dev.prodready.check.monitoring;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.ActionKind;
import dev.prodready.fact.Capability;
import dev.prodready.fact.Facts;
import dev.prodready.fact.SignalKind;

import static dev.prodready.check.monitoring.MonitoringPatterns.PERF_BUDGET_CI;
import static dev.prodready.check.monitoring.MonitoringPatterns.PERF_BUDGET_CONFIG;

/** perf.budgets: a budget that is both defined and run by a script or CI step. */
public final class PerformanceBudgetCheck implements Check {

    @Override
    public String itemId() {
        return "perf.budgets";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        Clues defined = Clues.signals(facts, SignalKind.PERF_BUDGET)
                .and(Clues.matches(facts, "budget defined", PERF_BUDGET_CONFIG));
        Clues enforced = ParsedClues.pipelineSteps(facts, "budget checked in CI", ActionKind.PERF_BUDGET)
                .and(Clues.matches(facts, "budget checked by a script or CI step", PERF_BUDGET_CI));
        if (defined.found() && enforced.found()) {
            return defined.and(enforced).pass("a performance budget is defined and checked");
        }
        if (defined.found()) {
            return defined.partial("a performance budget is defined but no script or CI step was found that checks it");
        }
        if (enforced.found()) {
            return enforced.partial("a budget tool runs, but no budget definition (limits or assertions) was found");
        }
        Clues tool = Clues.capabilities(facts, Capability.PERFORMANCE_BUDGET);
        if (tool.found()) {
            return tool.partial("a budget tool is declared but neither limits nor a step running it were found");
        }
        return Clues.absent(facts, "no performance budget (bundle-size limits or Lighthouse assertions)",
                "performance budget");
    }
}
