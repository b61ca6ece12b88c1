package dev.prodready.check.performance;

import dev.prodready.check.CheckContext;
import dev.prodready.check.DocumentCheck;
import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.check.monitoring.Clues;
import dev.prodready.fact.DocKind;

import static dev.prodready.check.performance.PerformancePatterns.CAPACITY_COST_ESTIMATE;

/** capacity.cost-projections: a written projection; an infracost run estimates today's cost only. */
public final class CostProjectionCheck extends DocumentCheck {

    public CostProjectionCheck() {
        super("capacity.cost-projections", DocKind.COST_PROJECTION);
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Outcome written = super.evaluate(context);
        Clues estimate = Clues.matches(context.facts(), "infrastructure cost estimated", CAPACITY_COST_ESTIMATE);
        if (written.status() == Status.PASS || estimate.isEmpty()) {
            return written;
        }
        return estimate.partial("infracost estimates what the infrastructure costs today, but no projection at"
                + " higher usage was found");
    }
}
