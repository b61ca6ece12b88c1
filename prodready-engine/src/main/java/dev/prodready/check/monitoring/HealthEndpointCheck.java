package dev.prodready.check.monitoring;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Capability;
import dev.prodready.fact.Facts;
import dev.prodready.fact.SignalKind;
import dev.prodready.live.LiveVerdicts;

import static dev.prodready.check.monitoring.MonitoringPatterns.UPTIME_HEALTH_ROUTE;

/** uptime.health-endpoint: a health route file, a health library, or a registered health route. */
public final class HealthEndpointCheck implements Check {

    @Override
    public String itemId() {
        return "uptime.health-endpoint";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        return LiveVerdicts.combine(repository(context), LiveVerdicts.judge(itemId(), context.facts()),
                LiveVerdicts.Combination.EITHER_SHOWS);
    }

    /** The verdict from the repository alone; the live probe's, when a URL was given, is combined with it. */
    private Outcome repository(CheckContext context) {
        Facts facts = context.facts();
        Clues endpoints = endpoints(facts);
        if (endpoints.found()) {
            return endpoints.pass("a health endpoint exists");
        }
        return Clues.absent(facts, "no health route (/health, /healthz, /ready) and no health-check library",
                "health endpoint");
    }

    static Clues endpoints(Facts facts) {
        return Clues.signals(facts, SignalKind.HEALTH_ENDPOINT)
                .and(ParsedClues.healthChecks(facts))
                .and(Clues.capabilities(facts, Capability.HEALTH_CHECK))
                .and(Clues.matches(facts, "health route", UPTIME_HEALTH_ROUTE).outsideTests());
    }
}
