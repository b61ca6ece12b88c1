package dev.prodready.check.data;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.DocKind;

/** data.deletion-process: a person can have their account and personal data erased, by a defined process. */
public final class DataDeletionCheck implements Check {

    @Override
    public String itemId() {
        return "data.deletion-process";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        return DocumentedAndImplemented.judge(context.facts(), DocKind.DATA_DELETION, "deletion.account-erasure",
                "data deletion process", "account or user-data erasure");
    }
}
