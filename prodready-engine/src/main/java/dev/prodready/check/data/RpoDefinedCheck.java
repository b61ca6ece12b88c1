package dev.prodready.check.data;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.DocKind;

/** dr.rpo-defined: a recovery point objective is written down with a figure. */
public final class RpoDefinedCheck implements Check {

    @Override
    public String itemId() {
        return "dr.rpo-defined";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        return StatedObjective.judge(context.facts(), DocKind.RPO, "RPO", "how much recent data may be lost");
    }
}
