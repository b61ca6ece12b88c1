package dev.prodready.check.compliance;

import dev.prodready.fact.DocKind;
import dev.prodready.fact.SignalKind;

import java.util.List;
import java.util.regex.Pattern;

/** privacy.policy: a completed privacy policy page or document. */
public final class PrivacyPolicyCheck extends LegalPageCheck {
    public PrivacyPolicyCheck() {
        super("privacy.policy", SignalKind.LEGAL_PRIVACY_PAGE, DocKind.PRIVACY_POLICY, "privacy policy",
                List.of("privacy"),
                Pattern.compile("(^|/)(privacy([-_]?(policy|notice|statement))?|datenschutz([-_]?erklaerung)?|confidentialite)"
                        + "(/page|/index)?\\.[a-z]+$"));
    }
}
