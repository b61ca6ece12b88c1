package dev.prodready.check.operations;

import dev.prodready.check.DocumentCheck;
import dev.prodready.fact.DocKind;

/** access.provisioning: a document in the repository describes how access is granted. */
public final class AccessProvisioningCheck extends DocumentCheck {
    public AccessProvisioningCheck() {
        super("access.provisioning", DocKind.ACCESS_PROVISIONING);
    }
}
