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
import static dev.prodready.fact.Capability.ERROR_TRACKING;
import static dev.prodready.fact.Capability.TRACING;
import static org.assertj.core.api.Assertions.assertThat;

class ApmSetupCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of(repo("OpenTelemetry SDK declared").capability(TRACING, "@opentelemetry/sdk-node", "package.json", 7),
                        PASS, "package.json:7"),
                Case.of(repo("Sentry traces sampled").match(APM_TRACE_SAMPLING, "sentry.server.config.ts", 5),
                        PASS, "sentry.server.config.ts:5"),
                Case.of(repo("agent started in the Dockerfile").match(APM_AGENT_SETUP, "Dockerfile", 12),
                        PASS, "Dockerfile:12"),
                Case.of(repo("error tracker without tracing")
                                .capability(ERROR_TRACKING, "@sentry/node", "package.json", 12),
                        FAIL, "package.json", "."),
                Case.of(repo("nothing to read"), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new ApmSetupCheck());
    }

    @Test
    void aFailWithATrackerPointsAtItsSampleRate() {
        var outcome = repo("tracker").capability(ERROR_TRACKING, "@sentry/node", "package.json", 12)
                .evaluate(new ApmSetupCheck());
        assertThat(outcome.message()).contains("traces sample rate");
    }
}
