package dev.prodready.check.documentation;

import dev.prodready.fact.DocKind;

/** docs.security-whitepaper: a document in the repository covers a security white paper for customers. */
public final class SecurityWhitepaperCheck extends EnterpriseDocumentCheck {
    public SecurityWhitepaperCheck() {
        super("docs.security-whitepaper", DocKind.SECURITY_WHITEPAPER);
    }
}
