package dev.prodready.check.operations;

import dev.prodready.check.DocumentCheck;
import dev.prodready.fact.DocKind;

/** access.deprovisioning: a document in the repository describes how access is removed when people leave. */
public final class AccessDeprovisioningCheck extends DocumentCheck {
    public AccessDeprovisioningCheck() {
        super("access.deprovisioning", DocKind.ACCESS_DEPROVISIONING);
    }
}
