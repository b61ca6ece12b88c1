package dev.prodready.check.monitoring;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Facts;

import static dev.prodready.check.monitoring.MonitoringPatterns.DASHBOARDS_INFRA_METRIC;

/** dashboards.infrastructure: a dashboard as code whose file charts CPU, memory, disk or connection metrics. */
public final class InfrastructureDashboardCheck implements Check {

    @Override
    public String itemId() {
        return "dashboards.infrastructure";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        Clues dashboards = HealthDashboardCheck.dashboards(facts);
        Clues infra = ParsedClues.infrastructureDashboards(facts)
                .and(Clues.matches(facts, "infrastructure metric on a dashboard", DASHBOARDS_INFRA_METRIC)
                        .inFiles(dashboards.paths()));
        if (infra.found()) {
            return infra.pass("a dashboard charts infrastructure metrics");
        }
        return dashboards.unknown(dashboards.found()
                ? "dashboards are defined as code, but none visibly charts CPU, memory, disk or database connections;"
                + " attest the infrastructure dashboard"
                : "no dashboard is defined in the repository; attest the infrastructure dashboard in use");
    }
}
