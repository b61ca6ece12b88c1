package dev.prodready.check.compliance;

/** privacy.terms: a completed terms of service page or document. */
public final class TermsOfServiceCheck extends LegalPageCheck {
    public TermsOfServiceCheck() {
        super("privacy.terms", LegalEvidence.TERMS);
    }
}
