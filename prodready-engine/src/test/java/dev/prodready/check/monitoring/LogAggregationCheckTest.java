package dev.prodready.check.monitoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.monitoring.Given.repo;
import static dev.prodready.check.monitoring.MonitoringPatterns.*;
import static dev.prodready.fact.Capability.LOG_SHIPPING;
import static dev.prodready.fact.SignalKind.IAC_SERVERLESS;
import static dev.prodready.fact.SignalKind.IAC_TERRAFORM;
import static dev.prodready.fact.SignalKind.PLATFORM_VERCEL;

class LogAggregationCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of(repo("pino transport to Better Stack").capability(LOG_SHIPPING, "@logtail/pino", "package.json", 11),
                        PASS, "package.json:11"),
                Case.of(repo("Promtail in compose").match(LOGGING_SHIPPING_CONFIG, "docker-compose.yml", 30),
                        PASS, "docker-compose.yml:30"),
                Case.of(repo("Lambda via the Serverless Framework").signal(IAC_SERVERLESS, "serverless.yml"),
                        PASS, "serverless.yml"),
                Case.of(repo("Vercel, drain unknown").signal(PLATFORM_VERCEL, "vercel.json"), UNKNOWN, "vercel.json"),
                Case.of(repo("Terraform without any log shipping").signal(IAC_TERRAFORM, "infra/main.tf"),
                        FAIL, "infra/main.tf"),
                Case.of(repo("nothing to read"), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new LogAggregationCheck());
    }
}
