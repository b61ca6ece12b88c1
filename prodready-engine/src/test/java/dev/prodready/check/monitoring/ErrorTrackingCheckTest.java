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
import static dev.prodready.fact.Capability.ERROR_TRACKING;
import static dev.prodready.fact.SignalKind.MONITORING_ERROR_TRACKING_CONFIG;

class ErrorTrackingCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of(repo("SDK declared and initialised")
                                .capability(ERROR_TRACKING, "@sentry/nextjs", "package.json", 12)
                                .match(ERRORS_TRACKER_INIT, "instrumentation-client.ts", 4),
                        PASS, "package.json:12", "instrumentation-client.ts:4"),
                Case.of(repo("tracker configuration file only")
                                .signal(MONITORING_ERROR_TRACKING_CONFIG, "sentry.server.config.ts"),
                        PASS, "sentry.server.config.ts"),
                Case.of(repo("Spring Boot starter, DSN from the environment")
                                .capability(ERROR_TRACKING, "io.sentry:sentry-spring-boot-starter-jakarta", "pom.xml", 40),
                        PASS, "pom.xml:40"),
                Case.of(repo("SDK declared, never initialised")
                                .capability(ERROR_TRACKING, "@sentry/react", "package.json", 12),
                        PARTIAL, "package.json:12"),
                Case.of(repo("manifest without any tracker").manifest("package.json"), FAIL, "package.json", "."),
                Case.of(repo("nothing to read"), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new ErrorTrackingCheck());
    }
}
