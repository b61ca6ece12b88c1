package dev.prodready.check.documentation;

import dev.prodready.fact.DocKind;

/** docs.compliance: a document in the repository covers compliance material for customers. */
public final class ComplianceDocsCheck extends EnterpriseDocumentCheck {
    public ComplianceDocsCheck() {
        super("docs.compliance", DocKind.COMPLIANCE, DocKind.SOC2, DocKind.ISO27001, DocKind.HIPAA, DocKind.PCI, DocKind.GDPR, DocKind.CCPA);
    }
}
