package dev.prodready.check.monitoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.Status.PARTIAL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.monitoring.Given.repo;
import static dev.prodready.check.monitoring.MonitoringPatterns.*;

class SecurityAlertsCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of(repo("metric filter on AccessDenied with an SNS subscription")
                                .match(ALERTS_SECURITY_RULE, "infra/security.tf", 5)
                                .match(ALERTS_NOTIFICATION_ROUTE, "infra/security.tf", 20),
                        PASS, "infra/security.tf:5", "infra/security.tf:20"),
                Case.of(repo("GuardDuty with an EventBridge rule on its findings")
                                .match(ALERTS_THREAT_DETECTION, "infra/guardduty.tf", 1)
                                .match(ALERTS_SECURITY_RULE, "infra/guardduty.tf", 8),
                        PASS, "infra/guardduty.tf:8"),
                Case.of(repo("GuardDuty switched on, findings unrouted").match(ALERTS_THREAT_DETECTION, "infra/guardduty.tf", 1),
                        PARTIAL, "infra/guardduty.tf:1"),
                Case.of(repo("security filter outside alerting files").match(ALERTS_SECURITY_RULE, "config/waf.json", 3),
                        UNKNOWN),
                Case.of(repo("alerts on other things only").match(ALERTS_RULE, "infra/alarms.tf", 1),
                        UNKNOWN, "infra/alarms.tf:1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new SecurityAlertsCheck());
    }
}
