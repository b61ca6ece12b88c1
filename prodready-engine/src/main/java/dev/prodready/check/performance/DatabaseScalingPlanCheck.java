package dev.prodready.check.performance;

import dev.prodready.check.DocumentCheck;
import dev.prodready.fact.DocKind;

/** scale.db-plan: a written plan for scaling the database. */
public final class DatabaseScalingPlanCheck extends DocumentCheck {

    public DatabaseScalingPlanCheck() {
        super("scale.db-plan", DocKind.SCALING_PLAN);
    }
}
