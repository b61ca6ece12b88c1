package dev.prodready.check.operations;

import dev.prodready.check.DocumentCheck;
import dev.prodready.fact.DocKind;

/** ops.deployment-runbook: a document in the repository describes the deployment process. */
public final class DeploymentRunbookCheck extends DocumentCheck {
    public DeploymentRunbookCheck() {
        super("ops.deployment-runbook", DocKind.DEPLOYMENT_PROCESS, DocKind.DEPLOYMENT_CHECKLIST);
    }
}
