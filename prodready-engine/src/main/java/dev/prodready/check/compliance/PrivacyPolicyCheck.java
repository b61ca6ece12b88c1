package dev.prodready.check.compliance;

/** privacy.policy: a completed privacy policy page or document. */
public final class PrivacyPolicyCheck extends LegalPageCheck {
    public PrivacyPolicyCheck() {
        super("privacy.policy", LegalEvidence.PRIVACY);
    }
}
