package dev.prodready.check.monitoring;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Capability;
import dev.prodready.fact.Facts;

import static dev.prodready.check.monitoring.MonitoringPatterns.APM_AGENT_SETUP;
import static dev.prodready.check.monitoring.MonitoringPatterns.APM_TRACE_SAMPLING;

/** apm.setup: an APM or tracing agent, or an error tracker with tracing switched on. */
public final class ApmSetupCheck implements Check {

    @Override
    public String itemId() {
        return "apm.setup";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        Clues tracing = tracing(facts);
        if (tracing.found()) {
            return tracing.pass("requests are traced");
        }
        String hint = ErrorTrackingCheck.anyTracker(facts).found()
                ? "; the error tracker in use could record traces with a non-zero traces sample rate" : "";
        return Clues.absent(facts, "no APM or tracing agent and no tracing sample rate" + hint, "APM or tracing");
    }

    /** APM or tracing packages, agent start-up lines, and tracker trace sampling. */
    static Clues tracing(Facts facts) {
        return Clues.capabilities(facts, Capability.APM, Capability.TRACING)
                .and(Clues.matches(facts, "APM or tracing agent started", APM_AGENT_SETUP))
                .and(Clues.matches(facts, "traces sampled by the error tracker", APM_TRACE_SAMPLING));
    }
}
