package dev.prodready.check.operations;

import dev.prodready.check.DocumentCheck;
import dev.prodready.fact.DocKind;

/** incident.severity-levels: a document in the repository describes incident severity definitions. */
public final class SeverityLevelsCheck extends DocumentCheck {
    public SeverityLevelsCheck() {
        super("incident.severity-levels", DocKind.SEVERITY_LEVELS);
    }
}
