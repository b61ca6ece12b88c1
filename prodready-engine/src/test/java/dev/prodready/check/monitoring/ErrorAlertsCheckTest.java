package dev.prodready.check.monitoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.monitoring.Given.repo;
import static dev.prodready.check.monitoring.MonitoringPatterns.*;
import static dev.prodready.fact.Capability.ERROR_TRACKING;

class ErrorAlertsCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of(repo("Sentry issue alert as code").match(ERRORS_ALERT_RESOURCE, "infra/sentry.tf", 10),
                        PASS, "infra/sentry.tf:10"),
                Case.of(repo("Prometheus rule on the 5xx rate, routed to Slack")
                                .match(ALERTS_RULE, "monitoring/rules.yml", 3)
                                .match(ALERTS_ERROR_METRIC, "monitoring/rules.yml", 5)
                                .match(ALERTS_NOTIFICATION_ROUTE, "alertmanager.yml", 8),
                        PASS, "monitoring/rules.yml:5", "alertmanager.yml:8"),
                Case.of(repo("error query outside any alert rule, no tracker")
                                .manifest("package.json")
                                .match(ALERTS_ERROR_METRIC, "dashboards/api.json", 5),
                        FAIL, "package.json", "."),
                Case.of(repo("tracker in use, rules kept in its UI")
                                .capability(ERROR_TRACKING, "@sentry/node", "package.json", 12),
                        UNKNOWN, "package.json:12"),
                Case.of(repo("nothing to read"), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new ErrorAlertsCheck());
    }
}
