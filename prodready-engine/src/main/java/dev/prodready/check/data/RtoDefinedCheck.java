package dev.prodready.check.data;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.DocKind;

/** dr.rto-defined: a recovery time objective is written down with a figure. */
public final class RtoDefinedCheck implements Check {

    @Override
    public String itemId() {
        return "dr.rto-defined";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        return StatedObjective.judge(context.facts(), DocKind.RTO, "RTO", "how long recovery may take");
    }
}
