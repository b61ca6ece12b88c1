package dev.prodready.check.documentation;

import dev.prodready.fact.DocKind;

/** docs.support: a document in the repository covers how customers get support. */
public final class SupportDocsCheck extends EnterpriseDocumentCheck {
    public SupportDocsCheck() {
        super("docs.support", DocKind.SUPPORT);
    }
}
