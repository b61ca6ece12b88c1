package dev.prodready.check.documentation;

import dev.prodready.check.DocumentCheck;
import dev.prodready.fact.DocKind;

/** docs.security-controls: a document in the repository describes the security controls in place. */
public final class SecurityControlsCheck extends DocumentCheck {
    public SecurityControlsCheck() {
        super("docs.security-controls", DocKind.SECURITY_CONTROLS);
    }
}
