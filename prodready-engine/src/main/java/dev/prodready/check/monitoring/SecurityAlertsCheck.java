package dev.prodready.check.monitoring;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Facts;

import static dev.prodready.check.monitoring.MonitoringPatterns.ALERTS_SECURITY_RULE;
import static dev.prodready.check.monitoring.MonitoringPatterns.ALERTS_THREAT_DETECTION;

/** alerts.security: conditions on security signals in alerting files, or threat detection switched on. */
public final class SecurityAlertsCheck implements Check {

    @Override
    public String itemId() {
        return "alerts.security";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        Clues security = ParsedClues.conditions(facts, ParsedClues.SECURITY, "alert condition on a security signal")
                .and(Clues.matches(facts, "alert condition on a security signal", ALERTS_SECURITY_RULE)
                        .inFiles(Alerting.alertingFiles(facts)));
        if (security.found()) {
            return security.and(Alerting.routes(facts)).pass("alerts watch security signals");
        }
        Clues detection = ParsedClues.threatDetection(facts)
                .and(Clues.matches(facts, "cloud threat detection enabled", ALERTS_THREAT_DETECTION));
        if (detection.found()) {
            return detection.partial("cloud threat detection is switched on, but no rule sending its findings to"
                    + " people was found");
        }
        return Alerting.rules(facts).unknown("no alert on failed sign-ins, access denials or threat findings is"
                + " defined in the repository; if one is configured elsewhere, attest it");
    }
}
