package dev.prodready.check.performance;

import dev.prodready.check.CheckContext;
import dev.prodready.check.DocumentCheck;
import dev.prodready.check.Outcome;
import dev.prodready.check.monitoring.Clues;
import dev.prodready.fact.DocKind;

import static dev.prodready.check.performance.PerformancePatterns.CAPACITY_SCALING_TRIGGER_CONFIG;

/** capacity.scaling-triggers: thresholds in autoscaling configuration, or written triggers. */
public final class ScalingTriggersCheck extends DocumentCheck {

    public ScalingTriggersCheck() {
        super("capacity.scaling-triggers", DocKind.SCALING_TRIGGERS);
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Clues thresholds = ParsedCapacity.triggers(context.facts())
                .and(Clues.matches(context.facts(), "scaling threshold", CAPACITY_SCALING_TRIGGER_CONFIG));
        return thresholds.found() ? thresholds.pass("scaling thresholds are set in configuration")
                : super.evaluate(context);
    }
}
