package dev.prodready.check.monitoring;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Capability;
import dev.prodready.fact.Facts;
import dev.prodready.fact.SignalKind;

import static dev.prodready.check.monitoring.MonitoringPatterns.LOGGING_LOG_GROUP;
import static dev.prodready.check.monitoring.MonitoringPatterns.LOGGING_SHIPPING_CONFIG;

/** logging.aggregation: logs shipped to a central store, judged from packages, infrastructure and hosting. */
public final class LogAggregationCheck implements Check {

    @Override
    public String itemId() {
        return "logging.aggregation";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        Clues shipping = Clues.capabilities(facts, Capability.LOG_SHIPPING)
                .and(new Clues(ParsedClues.logGroups(facts).stream().map(g -> g.block().evidence(g.block().label()
                        + ": logs collected in CloudWatch Logs")).toList()))
                .and(Clues.matches(facts, "logs shipped to a central store", LOGGING_SHIPPING_CONFIG, LOGGING_LOG_GROUP));
        if (shipping.found()) {
            return shipping.pass("logs are collected centrally");
        }
        // Functions on these platforms log to the cloud's log service without any setup.
        Clues managed = Clues.signals(facts, SignalKind.IAC_SERVERLESS, SignalKind.PLATFORM_APP_ENGINE);
        if (managed.found()) {
            return managed.pass("the platform sends logs to its cloud log service (CloudWatch Logs, Cloud Logging)");
        }
        Clues platform = Clues.signals(facts, SignalKind.PLATFORM_VERCEL, SignalKind.PLATFORM_NETLIFY,
                SignalKind.PLATFORM_FLY, SignalKind.PLATFORM_RENDER, SignalKind.PLATFORM_RAILWAY,
                SignalKind.PLATFORM_HEROKU, SignalKind.PLATFORM_FIREBASE, SignalKind.PLATFORM_SUPABASE);
        if (platform.found()) {
            return platform.unknown("the hosting platform keeps runtime logs for a short time only; whether a log"
                    + " drain forwards them to a log store is set in its dashboard, so attest it");
        }
        // Infrastructure this repository defines in full, yet nothing in it ships logs anywhere.
        Clues selfHosted = Clues.signals(facts, SignalKind.IAC_TERRAFORM, SignalKind.IAC_CLOUDFORMATION,
                SignalKind.IAC_CDK, SignalKind.IAC_PULUMI, SignalKind.CONTAINER_COMPOSE);
        if (selfHosted.found()) {
            return selfHosted.fail("the infrastructure is defined here, but neither it nor the app ships logs to a"
                    + " central store (no log driver, collector, drain or log group)");
        }
        return Outcome.unknown("the repository does not show where the app runs, so where its logs go cannot be"
                + " seen; attest the log store");
    }
}
