package dev.prodready.check.performance;

import dev.prodready.check.monitoring.Case;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.monitoring.Given.repo;
import static dev.prodready.check.performance.PerformancePatterns.*;
import static dev.prodready.fact.Capability.RATE_LIMITING;

class RateLimitingCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of(repo("express-rate-limit").capability(RATE_LIMITING, "express-rate-limit", "package.json", 15),
                        PASS, "package.json:15"),
                Case.of(repo("nginx limit_req").match(SCALE_RATE_LIMIT_CONFIG, "deploy/nginx.conf", 4),
                        PASS, "deploy/nginx.conf:4"),
                Case.of(repo("limiter only in a test").manifest("package.json")
                                .match(SCALE_RATE_LIMIT_CONFIG, "src/__tests__/limits.test.ts", 4),
                        FAIL, "package.json", "."),
                Case.of(repo("nothing to read"), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new RateLimitingCheck());
    }
}
