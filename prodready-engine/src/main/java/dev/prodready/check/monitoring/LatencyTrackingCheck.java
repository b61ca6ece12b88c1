package dev.prodready.check.monitoring;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Capability;
import dev.prodready.fact.Facts;

import static dev.prodready.check.monitoring.MonitoringPatterns.APM_LATENCY_METRIC;

/** apm.latency-tracking: request durations recorded by APM, tracing or a duration histogram. */
public final class LatencyTrackingCheck implements Check {

    @Override
    public String itemId() {
        return "apm.latency-tracking";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        Clues measured = ApmSetupCheck.tracing(facts)
                .and(Clues.matches(facts, "request durations recorded", APM_LATENCY_METRIC));
        if (measured.found()) {
            return measured.pass("request latency is measured");
        }
        Clues metrics = Clues.capabilities(facts, Capability.METRICS);
        // Micrometer under Spring Boot times every request (http.server.requests) without any code.
        Clues micrometer = metrics.where(e -> e.note().contains("micrometer"));
        if (micrometer.found()) {
            return micrometer.pass("Micrometer records request durations as http.server.requests");
        }
        if (metrics.found()) {
            return metrics.partial("a metrics library is in use, but no request-duration histogram or HTTP metrics"
                    + " middleware was found");
        }
        return Clues.absent(facts, "no APM, tracing or request-duration metrics", "latency measurement");
    }
}
