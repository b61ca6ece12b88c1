package dev.prodready.check.security;

import dev.prodready.check.DocumentCheck;
import dev.prodready.fact.DocKind;

/** appsec.security-review: a written security review or penetration-test report; attestable when kept elsewhere. */
public final class SecurityReviewCheck extends DocumentCheck {

    public SecurityReviewCheck() {
        super("appsec.security-review", DocKind.SECURITY_REVIEW);
    }
}
