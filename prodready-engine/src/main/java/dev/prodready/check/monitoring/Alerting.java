package dev.prodready.check.monitoring;

import dev.prodready.fact.Facts;
import dev.prodready.fact.SignalKind;

import java.util.LinkedHashSet;
import java.util.Set;

import static dev.prodready.check.monitoring.MonitoringPatterns.ALERTS_NOTIFICATION_ROUTE;
import static dev.prodready.check.monitoring.MonitoringPatterns.ALERTS_RULE;
import static dev.prodready.check.monitoring.MonitoringPatterns.ALERTS_THREAT_DETECTION;
import static dev.prodready.check.monitoring.MonitoringPatterns.ERRORS_ALERT_RESOURCE;

/** Alert rules and their notification routes as the alerting checks see them. */
final class Alerting {

    private Alerting() {
    }

    /** Alert rule definitions: alarm and monitor resources, Prometheus rules, alert-rule files. */
    static Clues rules(Facts facts) {
        return ParsedClues.rules(facts)
                .and(Clues.matches(facts, "alert rule", ALERTS_RULE, ERRORS_ALERT_RESOURCE))
                .and(Clues.signals(facts, SignalKind.MONITORING_ALERT_RULES));
    }

    /** Where alerts are sent: subscriptions, contact points, receivers, alarm actions. */
    static Clues routes(Facts facts) {
        return ParsedClues.routes(facts).and(Clues.matches(facts, "alert notification route", ALERTS_NOTIFICATION_ROUTE));
    }

    /** Files holding alert rules; metric lines count as alerting only inside these. */
    static Set<String> ruleFiles(Facts facts) {
        return rules(facts).paths();
    }

    /** Files with anything alert-related: rules, routes or threat detection. */
    static Set<String> alertingFiles(Facts facts) {
        Set<String> files = new LinkedHashSet<>(ruleFiles(facts));
        files.addAll(routes(facts).paths());
        files.addAll(Clues.matches(facts, "threat detection", ALERTS_THREAT_DETECTION).paths());
        files.addAll(ParsedClues.threatDetection(facts).paths());
        return files;
    }
}
