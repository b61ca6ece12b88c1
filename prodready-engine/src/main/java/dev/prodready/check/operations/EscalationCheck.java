package dev.prodready.check.operations;

import dev.prodready.check.DocumentCheck;
import dev.prodready.fact.DocKind;

/** incident.escalation: a document in the repository describes escalation paths. */
public final class EscalationCheck extends DocumentCheck {
    public EscalationCheck() {
        super("incident.escalation", DocKind.ESCALATION, DocKind.ALERT_ESCALATION);
    }
}
