package dev.prodready.check.monitoring;

import dev.prodready.check.DocumentCheck;
import dev.prodready.fact.DocKind;

/** errors.triage: a written error-triage routine. */
public final class ErrorTriageCheck extends DocumentCheck {

    public ErrorTriageCheck() {
        super("errors.triage", DocKind.ERROR_TRIAGE);
    }
}
