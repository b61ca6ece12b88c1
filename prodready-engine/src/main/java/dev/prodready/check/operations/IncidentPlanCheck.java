package dev.prodready.check.operations;

import dev.prodready.check.DocumentCheck;
import dev.prodready.fact.DocKind;

/** incident.plan: a document in the repository describes an incident response plan. */
public final class IncidentPlanCheck extends DocumentCheck {
    public IncidentPlanCheck() {
        super("incident.plan", DocKind.INCIDENT_RESPONSE);
    }
}
