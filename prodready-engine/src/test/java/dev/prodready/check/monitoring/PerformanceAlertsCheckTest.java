package dev.prodready.check.monitoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.monitoring.Given.repo;
import static dev.prodready.check.monitoring.MonitoringPatterns.*;

class PerformanceAlertsCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of(repo("latency rule")
                                .match(ALERTS_RULE, "prometheus/rules.yml", 3)
                                .match(ALERTS_PERFORMANCE_METRIC, "prometheus/rules.yml", 4),
                        PASS, "prometheus/rules.yml:4"),
                Case.of(repo("error-rate rule")
                                .match(ALERTS_RULE, "infra/alarms.tf", 1)
                                .match(ALERTS_ERROR_METRIC, "infra/alarms.tf", 6),
                        PASS, "infra/alarms.tf:6"),
                Case.of(repo("rules, none about performance").match(ALERTS_RULE, "prometheus/rules.yml", 3),
                        UNKNOWN, "prometheus/rules.yml:3"),
                Case.of(repo("latency query outside any rule file").match(ALERTS_PERFORMANCE_METRIC, "dashboards/api.json", 9),
                        UNKNOWN),
                Case.of(repo("nothing to read"), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new PerformanceAlertsCheck());
    }
}
