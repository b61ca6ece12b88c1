package dev.prodready.check.documentation;

import dev.prodready.fact.DocKind;

/** docs.sla: a document in the repository covers service level agreements. */
public final class SlaCheck extends EnterpriseDocumentCheck {
    public SlaCheck() {
        super("docs.sla", DocKind.SLA);
    }
}
