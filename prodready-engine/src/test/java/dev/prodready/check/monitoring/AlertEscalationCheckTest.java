package dev.prodready.check.monitoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.monitoring.Given.repo;
import static dev.prodready.check.monitoring.MonitoringPatterns.*;
import static dev.prodready.fact.DocKind.ESCALATION;

class AlertEscalationCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of(repo("PagerDuty escalation policy in Terraform").match(ALERTS_ESCALATION_POLICY, "infra/pagerduty.tf", 1),
                        PASS, "infra/pagerduty.tf:1"),
                Case.of(repo("escalation written down").doc(ESCALATION, "docs/oncall.md", 4), PASS, "docs/oncall.md:4"),
                Case.of(repo("no escalation anywhere").document("README.md"), FAIL, "README.md"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new AlertEscalationCheck());
    }
}
