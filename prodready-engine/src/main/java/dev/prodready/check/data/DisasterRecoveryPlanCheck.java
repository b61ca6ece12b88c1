package dev.prodready.check.data;

import dev.prodready.check.DocumentCheck;
import dev.prodready.fact.DocKind;

/** dr.plan-documented: a disaster recovery plan is written down. */
public final class DisasterRecoveryPlanCheck extends DocumentCheck {

    public DisasterRecoveryPlanCheck() {
        super("dr.plan-documented", DocKind.DR_PLAN);
    }
}
