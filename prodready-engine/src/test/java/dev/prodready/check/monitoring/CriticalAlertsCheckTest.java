package dev.prodready.check.monitoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.Status.PARTIAL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.monitoring.Given.repo;
import static dev.prodready.check.monitoring.MonitoringPatterns.*;
import static dev.prodready.fact.SignalKind.MONITORING_ALERT_RULES;

class CriticalAlertsCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of(repo("CloudWatch alarm with an SNS action")
                                .match(ALERTS_RULE, "infra/alarms.tf", 1)
                                .match(ALERTS_NOTIFICATION_ROUTE, "infra/alarms.tf", 12),
                        PASS, "infra/alarms.tf:1", "infra/alarms.tf:12"),
                Case.of(repo("Prometheus rules and an Alertmanager receiver")
                                .signal(MONITORING_ALERT_RULES, "prometheus/alerts.yml")
                                .match(ALERTS_NOTIFICATION_ROUTE, "alertmanager.yml", 5),
                        PASS, "prometheus/alerts.yml", "alertmanager.yml:5"),
                Case.of(repo("alarm without a destination").match(ALERTS_RULE, "infra/alarms.tf", 1),
                        PARTIAL, "infra/alarms.tf:1"),
                Case.of(repo("uptime monitor only").match(UPTIME_MONITOR_RESOURCE, "infra/uptime.tf", 1),
                        PARTIAL, "infra/uptime.tf:1"),
                Case.of(repo("nothing to read"), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new CriticalAlertsCheck());
    }
}
