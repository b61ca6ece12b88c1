package dev.prodready.check.documentation;

import dev.prodready.check.DocumentCheck;
import dev.prodready.fact.DocKind;

/** docs.security-architecture: a document in the repository describes the security architecture. */
public final class SecurityArchitectureCheck extends DocumentCheck {
    public SecurityArchitectureCheck() {
        super("docs.security-architecture", DocKind.SECURITY_ARCHITECTURE);
    }
}
