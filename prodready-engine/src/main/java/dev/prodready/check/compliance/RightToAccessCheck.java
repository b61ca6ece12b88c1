package dev.prodready.check.compliance;

import dev.prodready.check.CheckContext;
import dev.prodready.fact.Evidence;

import java.util.List;

/** gdpr.right-to-access: a data export path in the code. */
public final class RightToAccessCheck extends DataSubjectRequestCheck {

    public RightToAccessCheck() {
        super("gdpr.right-to-access", "data export path");
    }

    @Override
    List<Evidence> found(CheckContext context) {
        return LegalEvidence.matches(context.facts(), LegalEvidence.DATA_EXPORT, "data export path");
    }
}
