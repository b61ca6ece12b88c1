package dev.prodready.check.monitoring;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Facts;

import static dev.prodready.check.monitoring.MonitoringPatterns.ALERTS_ERROR_METRIC;
import static dev.prodready.check.monitoring.MonitoringPatterns.ERRORS_ALERT_RESOURCE;

/** errors.alerts: alert rules on errors kept as code; otherwise they live in a tracker's settings (unknown). */
public final class ErrorAlertsCheck implements Check {

    @Override
    public String itemId() {
        return "errors.alerts";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        Clues trackerRules = Clues.matches(facts, "error-tracker alert rule", ERRORS_ALERT_RESOURCE);
        Clues errorRateRules = ParsedClues.conditions(facts, ParsedClues.ERRORS, "alert rule on an error metric")
                .and(Clues.matches(facts, "alert rule on an error metric", ALERTS_ERROR_METRIC)
                        .inFiles(Alerting.ruleFiles(facts)));
        Clues rules = trackerRules.and(errorRateRules);
        if (rules.found()) {
            return rules.and(Alerting.routes(facts)).pass("alert rules on errors are defined as code");
        }
        Clues tracker = ErrorTrackingCheck.anyTracker(facts);
        if (tracker.isEmpty() && Clues.manifestsRead(facts)) {
            return Clues.absent(facts, "no error tracker and no alert rule on errors, so nothing can raise an alert"
                    + " when errors happen", "error tracker or error alert rule");
        }
        return tracker.unknown("no error alert rule is defined in the repository; such rules usually live in the error"
                + " tracker's settings, so attest the rule and the channel it notifies");
    }
}
