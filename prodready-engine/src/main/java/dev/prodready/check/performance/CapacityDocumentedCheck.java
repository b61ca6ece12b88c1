package dev.prodready.check.performance;

import dev.prodready.check.DocumentCheck;
import dev.prodready.fact.DocKind;

/** capacity.documented: a capacity document, or a load-test report that states capacity. */
public final class CapacityDocumentedCheck extends DocumentCheck {

    public CapacityDocumentedCheck() {
        super("capacity.documented", DocKind.CAPACITY_PLAN, DocKind.LOAD_TEST_RESULTS);
    }
}
