package dev.prodready.check.monitoring;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Capability;

/** dashboards.business: always a person's answer; product analytics in use is cited as a starting point. */
public final class BusinessDashboardCheck implements Check {

    @Override
    public String itemId() {
        return "dashboards.business";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Clues analytics = Clues.capabilities(context.facts(), Capability.ANALYTICS);
        return analytics.unknown(analytics.found()
                ? "product analytics is in use and can hold a business dashboard; attest the dashboard and its metrics"
                : context.item().settle());
    }
}
