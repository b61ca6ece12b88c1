package dev.prodready.check.monitoring;

import dev.prodready.check.CheckContext;
import dev.prodready.check.DocumentCheck;
import dev.prodready.check.Outcome;
import dev.prodready.fact.DocKind;

import static dev.prodready.check.monitoring.MonitoringPatterns.ALERTS_ESCALATION_POLICY;

/** alerts.escalation: an escalation policy as code in a paging tool, or a written one. */
public final class AlertEscalationCheck extends DocumentCheck {

    public AlertEscalationCheck() {
        super("alerts.escalation", DocKind.ALERT_ESCALATION, DocKind.ESCALATION);
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Clues asCode = Clues.matches(context.facts(), "escalation policy as code", ALERTS_ESCALATION_POLICY);
        return asCode.found() ? asCode.pass("an escalation policy is defined in the paging tool's code")
                : super.evaluate(context);
    }
}
