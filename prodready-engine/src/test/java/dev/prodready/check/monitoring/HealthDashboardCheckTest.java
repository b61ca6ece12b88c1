package dev.prodready.check.monitoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.monitoring.Given.repo;
import static dev.prodready.check.monitoring.MonitoringPatterns.*;
import static dev.prodready.fact.Capability.APM;
import static dev.prodready.fact.SignalKind.MONITORING_DASHBOARD;

class HealthDashboardCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of(repo("Grafana dashboard JSON").signal(MONITORING_DASHBOARD, "grafana/dashboards/api.json"),
                        PASS, "grafana/dashboards/api.json"),
                Case.of(repo("grafana_dashboard resource").match(DASHBOARDS_TOOL, "infra/grafana.tf", 1),
                        PASS, "infra/grafana.tf:1"),
                Case.of(repo("APM with its own dashboards").capability(APM, "dd-trace", "package.json", 8),
                        UNKNOWN, "package.json:8"),
                Case.of(repo("nothing to read"), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new HealthDashboardCheck());
    }
}
