package dev.prodready.check.monitoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PARTIAL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.monitoring.Given.repo;
import static dev.prodready.check.monitoring.MonitoringPatterns.*;
import static dev.prodready.fact.Capability.METRICS;

class LatencyTrackingCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of(repo("request-duration histogram").match(APM_LATENCY_METRIC, "src/metrics.ts", 4),
                        PASS, "src/metrics.ts:4"),
                Case.of(repo("Micrometer under Spring Boot")
                                .capability(METRICS, "io.micrometer:micrometer-registry-prometheus", "pom.xml", 30),
                        PASS, "pom.xml:30"),
                Case.of(repo("metrics library without a duration histogram")
                                .capability(METRICS, "prom-client", "package.json", 9),
                        PARTIAL, "package.json:9"),
                Case.of(repo("no measurement").manifest("package.json"), FAIL, "package.json", "."),
                Case.of(repo("nothing to read"), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new LatencyTrackingCheck());
    }
}
