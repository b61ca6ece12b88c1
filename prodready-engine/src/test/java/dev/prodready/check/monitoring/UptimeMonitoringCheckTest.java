package dev.prodready.check.monitoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.monitoring.Given.repo;
import static dev.prodready.check.monitoring.MonitoringPatterns.*;
import static dev.prodready.fact.SignalKind.HEALTH_ENDPOINT;
import static dev.prodready.fact.SignalKind.MONITORING_UPTIME_CONFIG;

class UptimeMonitoringCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of(repo("Better Stack monitor in Terraform").match(UPTIME_MONITOR_RESOURCE, "infra/uptime.tf", 1),
                        PASS, "infra/uptime.tf:1"),
                Case.of(repo("Checkly project").signal(MONITORING_UPTIME_CONFIG, "checkly.config.ts"),
                        PASS, "checkly.config.ts"),
                Case.of(repo("health endpoint, monitor unknown").signal(HEALTH_ENDPOINT, "app/api/health/route.ts"),
                        UNKNOWN, "app/api/health/route.ts"),
                Case.of(repo("nothing to read"), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new UptimeMonitoringCheck());
    }
}
