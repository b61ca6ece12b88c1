package dev.prodready.check.compliance;

import dev.prodready.check.CheckContext;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.Evidence;

import java.util.ArrayList;
import java.util.List;

/** gdpr.right-to-delete: an account deletion path in the code, or a documented deletion procedure. */
public final class RightToDeleteCheck extends DataSubjectRequestCheck {

    public RightToDeleteCheck() {
        super("gdpr.right-to-delete", "account deletion path");
    }

    @Override
    List<Evidence> found(CheckContext context) {
        List<Evidence> found = new ArrayList<>(
                LegalEvidence.matches(context.facts(), LegalEvidence.ACCOUNT_DELETION, "account deletion path"));
        found.addAll(LegalEvidence.documents(context.facts(), DocKind.DATA_DELETION, "documented deletion procedure"));
        return found;
    }
}
