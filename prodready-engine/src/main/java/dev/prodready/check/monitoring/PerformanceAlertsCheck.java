package dev.prodready.check.monitoring;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Facts;

import static dev.prodready.check.monitoring.MonitoringPatterns.ALERTS_ERROR_METRIC;
import static dev.prodready.check.monitoring.MonitoringPatterns.ALERTS_PERFORMANCE_METRIC;

/** alerts.performance: latency or error-rate conditions inside alert-rule files. */
public final class PerformanceAlertsCheck implements Check {

    @Override
    public String itemId() {
        return "alerts.performance";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        Clues rules = Alerting.rules(facts);
        Clues performance = ParsedClues.conditions(facts, ParsedClues.ERRORS, "alert condition on error rates")
                .and(ParsedClues.conditions(facts, ParsedClues.PERFORMANCE, "alert condition on latency"))
                .and(Clues.matches(facts, "alert condition on latency or errors", ALERTS_PERFORMANCE_METRIC,
                        ALERTS_ERROR_METRIC).inFiles(rules.paths()));
        if (performance.found()) {
            return performance.pass("alerts watch latency or error rates");
        }
        if (rules.found()) {
            return rules.unknown("alert rules exist, but none visibly watches latency, slow queries or error rates;"
                    + " the condition may be written in a way this text search does not recognise, so attest it");
        }
        return Outcome.unknown("no alert rules are defined in the repository; if performance alerts are configured"
                + " in a monitoring console, attest them");
    }
}
