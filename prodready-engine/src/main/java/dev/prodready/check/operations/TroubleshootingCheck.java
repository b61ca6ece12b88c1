package dev.prodready.check.operations;

import dev.prodready.check.DocumentCheck;
import dev.prodready.fact.DocKind;

/** ops.troubleshooting: a document in the repository describes troubleshooting and debugging steps. */
public final class TroubleshootingCheck extends DocumentCheck {
    public TroubleshootingCheck() {
        super("ops.troubleshooting", DocKind.TROUBLESHOOTING, DocKind.DEBUGGING);
    }
}
