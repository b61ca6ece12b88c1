package dev.prodready.check.monitoring;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Facts;

/** alerts.critical: alert rules as code that reach someone; alerts kept in a console stay unknown. */
public final class CriticalAlertsCheck implements Check {

    @Override
    public String itemId() {
        return "alerts.critical";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        Clues rules = Alerting.rules(facts);
        Clues routes = Alerting.routes(facts);
        Clues uptime = UptimeMonitoringCheck.monitors(facts);
        if (rules.found() && routes.found()) {
            return rules.and(routes).and(uptime).pass("alert rules are defined and routed to people");
        }
        if (rules.found()) {
            return rules.and(uptime).partial("alert rules are defined, but nothing in the repository shows where they"
                    + " are sent");
        }
        if (uptime.found()) {
            return uptime.partial("an uptime monitor covers the app being down, but no alert rules for the database"
                    + " or the error rate were found");
        }
        return Outcome.unknown("no alert rules are defined in the repository; if alerts are configured in a"
                + " monitoring console, attest which ones exist and whom they notify");
    }
}
