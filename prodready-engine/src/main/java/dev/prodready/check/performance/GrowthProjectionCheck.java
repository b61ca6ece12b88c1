package dev.prodready.check.performance;

import dev.prodready.check.DocumentCheck;
import dev.prodready.fact.DocKind;

/** capacity.growth-projections: a written growth projection. */
public final class GrowthProjectionCheck extends DocumentCheck {

    public GrowthProjectionCheck() {
        super("capacity.growth-projections", DocKind.GROWTH_PROJECTION);
    }
}
