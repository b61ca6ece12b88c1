package dev.prodready.check.monitoring;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Facts;
import dev.prodready.fact.SignalKind;

import static dev.prodready.check.monitoring.MonitoringPatterns.DASHBOARDS_CLOUD;
import static dev.prodready.check.monitoring.MonitoringPatterns.DASHBOARDS_TOOL;

/** dashboards.health: dashboards kept as code; those built in a console stay unknown. */
public final class HealthDashboardCheck implements Check {

    @Override
    public String itemId() {
        return "dashboards.health";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        Clues dashboards = dashboards(facts);
        if (dashboards.found()) {
            return dashboards.pass("dashboards are defined as code");
        }
        return ApmSetupCheck.tracing(facts).unknown("no dashboard is defined in the repository; APM tools ship"
                + " service dashboards and many teams build theirs in a console, so attest the one in use");
    }

    static Clues dashboards(Facts facts) {
        return ParsedClues.dashboards(facts).and(Clues.signals(facts, SignalKind.MONITORING_DASHBOARD))
                .and(Clues.matches(facts, "dashboard as code", DASHBOARDS_CLOUD, DASHBOARDS_TOOL));
    }
}
