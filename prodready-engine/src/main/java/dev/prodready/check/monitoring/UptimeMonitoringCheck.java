package dev.prodready.check.monitoring;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Capability;
import dev.prodready.fact.Facts;
import dev.prodready.fact.SignalKind;

import static dev.prodready.check.monitoring.MonitoringPatterns.UPTIME_MONITOR_RESOURCE;

/** uptime.monitoring: uptime monitors as code; most live in a web console, so absence stays unknown. */
public final class UptimeMonitoringCheck implements Check {

    @Override
    public String itemId() {
        return "uptime.monitoring";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        Clues monitors = monitors(facts);
        if (monitors.found()) {
            return monitors.pass("uptime monitors are defined");
        }
        Clues health = HealthEndpointCheck.endpoints(facts);
        return health.unknown("no uptime monitor is defined in the repository; most are set up in a web console, so"
                + " attest which service checks which URL" + (health.found() ? ", ideally the health endpoint" : ""));
    }

    static Clues monitors(Facts facts) {
        return ParsedClues.uptime(facts).and(Clues.signals(facts, SignalKind.MONITORING_UPTIME_CONFIG))
                .and(Clues.capabilities(facts, Capability.UPTIME_MONITORING))
                .and(Clues.matches(facts, "uptime monitor", UPTIME_MONITOR_RESOURCE));
    }
}
