package dev.prodready.check.monitoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.monitoring.Given.repo;
import static dev.prodready.check.monitoring.MonitoringPatterns.*;
import static dev.prodready.fact.Capability.HEALTH_CHECK;
import static dev.prodready.fact.SignalKind.HEALTH_ENDPOINT;

class HealthEndpointCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of(repo("Next.js health route file").signal(HEALTH_ENDPOINT, "app/api/health/route.ts"),
                        PASS, "app/api/health/route.ts"),
                Case.of(repo("Spring Boot Actuator")
                                .capability(HEALTH_CHECK, "org.springframework.boot:spring-boot-starter-actuator", "pom.xml", 22),
                        PASS, "pom.xml:22"),
                Case.of(repo("Express route registered").match(UPTIME_HEALTH_ROUTE, "src/server.ts", 40),
                        PASS, "src/server.ts:40"),
                Case.of(repo("health route only in a test").manifest("package.json")
                                .match(UPTIME_HEALTH_ROUTE, "tests/health.test.ts", 3),
                        FAIL, "package.json", "."),
                Case.of(repo("nothing to read"), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new HealthEndpointCheck());
    }
}
