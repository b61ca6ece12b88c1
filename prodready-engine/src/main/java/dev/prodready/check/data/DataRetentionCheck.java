package dev.prodready.check.data;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.DocKind;

/** data.retention-policy: how long each kind of data is kept is decided, and old data is actually removed. */
public final class DataRetentionCheck implements Check {

    @Override
    public String itemId() {
        return "data.retention-policy";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        return DocumentedAndImplemented.judge(context.facts(), DocKind.DATA_RETENTION, "retention.expiry",
                "data retention policy", "expiry of old data");
    }
}
