package dev.prodready.check.monitoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.monitoring.Given.repo;
import static dev.prodready.check.monitoring.MonitoringPatterns.*;
import static dev.prodready.fact.SignalKind.MONITORING_DASHBOARD;

class InfrastructureDashboardCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of(repo("node metrics on a Grafana dashboard")
                                .signal(MONITORING_DASHBOARD, "grafana/dashboards/nodes.json")
                                .match(DASHBOARDS_INFRA_METRIC, "grafana/dashboards/nodes.json", 40),
                        PASS, "grafana/dashboards/nodes.json:40"),
                Case.of(repo("dashboards folder holding an infrastructure panel")
                                .signal(MONITORING_DASHBOARD, "grafana/dashboards")
                                .match(DASHBOARDS_INFRA_METRIC, "grafana/dashboards/infra.json", 12),
                        PASS, "grafana/dashboards/infra.json:12"),
                Case.of(repo("CloudWatch dashboard with RDS CPU")
                                .match(DASHBOARDS_CLOUD, "infra/dashboard.tf", 1)
                                .match(DASHBOARDS_INFRA_METRIC, "infra/dashboard.tf", 9),
                        PASS, "infra/dashboard.tf:9"),
                Case.of(repo("dashboard without infrastructure metrics")
                                .signal(MONITORING_DASHBOARD, "grafana/dashboards/api.json"),
                        UNKNOWN, "grafana/dashboards/api.json"),
                Case.of(repo("CPU metric in an alarm, no dashboard").match(DASHBOARDS_INFRA_METRIC, "infra/alarms.tf", 4),
                        UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new InfrastructureDashboardCheck());
    }
}
