package dev.prodready.check.monitoring;

import dev.prodready.catalogue.Catalogue;
import dev.prodready.check.Check;
import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.monitoring.Given.repo;
import static dev.prodready.fact.Capability.ANALYTICS;
import static dev.prodready.fact.Capability.ERROR_TRACKING;
import static dev.prodready.fact.SignalKind.MONITORING_DASHBOARD;
import static org.assertj.core.api.Assertions.assertThat;

/** Items only a person can settle stay unknown whatever the repository holds, and say how to settle them. */
class AttestedMonitoringItemsTest {

    static Stream<Check> attestationOnly() {
        return Stream.of(new LogAnalysisCheck(), new AlertNoiseCheck(), new SecurityDashboardCheck());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attestationOnly")
    void unknownEvenWithMonitoringInPlace(Check check) {
        Outcome outcome = repo("busy repository")
                .capability(ERROR_TRACKING, "@sentry/node", "package.json", 3)
                .signal(MONITORING_DASHBOARD, "grafana/dashboards/api.json")
                .evaluate(check);
        assertThat(outcome.status()).isEqualTo(Status.UNKNOWN);
        assertThat(outcome.evidence()).isEmpty();
        assertThat(outcome.message()).isEqualTo(Catalogue.builtIn().item(check.itemId()).orElseThrow().settle());
    }

    @Test
    void businessDashboardCitesProductAnalyticsAsAStartingPoint() {
        Outcome outcome = new Case(repo("PostHog in use").capability(ANALYTICS, "posthog-js", "package.json", 15),
                Status.UNKNOWN, java.util.List.of("package.json:15")).verify(new BusinessDashboardCheck());
        assertThat(outcome.message()).contains("product analytics");
    }

    @Test
    void businessDashboardWithoutAnalyticsAsksForTheDashboard() {
        Outcome outcome = new Case(repo("nothing"), Status.UNKNOWN, java.util.List.of()).verify(new BusinessDashboardCheck());
        assertThat(outcome.message()).isEqualTo(Catalogue.builtIn().item("dashboards.business").orElseThrow().settle());
    }
}
