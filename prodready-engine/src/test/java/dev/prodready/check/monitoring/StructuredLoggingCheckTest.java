package dev.prodready.check.monitoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.monitoring.Given.repo;
import static dev.prodready.check.monitoring.MonitoringPatterns.*;
import static dev.prodready.fact.Capability.STRUCTURED_LOGGING;
import static org.assertj.core.api.Assertions.assertThat;

class StructuredLoggingCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of(repo("pino declared, a console.log left over")
                                .capability(STRUCTURED_LOGGING, "pino", "package.json", 9)
                                .match(LOGGING_CONSOLE_CALL, "src/server.ts", 10),
                        PASS, "package.json:9"),
                Case.of(repo("Logstash encoder in logback")
                                .match(LOGGING_JSON_FORMAT, "src/main/resources/logback-spring.xml", 5),
                        PASS, "src/main/resources/logback-spring.xml:5"),
                Case.of(repo("console.log only; tests and scripts ignored").manifest("package.json")
                                .match(LOGGING_CONSOLE_CALL, "src/server.ts", 10)
                                .match(LOGGING_CONSOLE_CALL, "src/__tests__/server.test.ts", 4)
                                .match(LOGGING_CONSOLE_CALL, "scripts/seed.ts", 2),
                        FAIL, "src/server.ts:10"),
                Case.of(repo("no logging at all").manifest("package.json"), FAIL, "package.json", "."),
                Case.of(repo("nothing to read"), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new StructuredLoggingCheck());
    }

    @Test
    void aPassSaysHowManyConsoleCallsStillBypassTheLogger() {
        var outcome = repo("mixed").capability(STRUCTURED_LOGGING, "pino", "package.json", 9)
                .match(LOGGING_CONSOLE_CALL, "src/server.ts", 10)
                .match(LOGGING_CONSOLE_CALL, "src/routes.ts", 22)
                .evaluate(new StructuredLoggingCheck());
        assertThat(outcome.message()).contains("2 console or print call(s)").contains("src/routes.ts:22");
    }
}
