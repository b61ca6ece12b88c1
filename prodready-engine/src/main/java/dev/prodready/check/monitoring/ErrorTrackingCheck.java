package dev.prodready.check.monitoring;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Capability;
import dev.prodready.fact.Facts;
import dev.prodready.fact.SignalKind;

/** errors.tracking: an error-tracking SDK that is also initialised. */
public final class ErrorTrackingCheck implements Check {

    @Override
    public String itemId() {
        return "errors.tracking";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        Clues sdk = Clues.capabilities(facts, Capability.ERROR_TRACKING);
        Clues init = initialisation(facts);
        if (init.found()) {
            return sdk.and(init).pass("an error tracker is initialised");
        }
        // Spring Boot starters configure themselves from the SENTRY_DSN environment variable: no code needed.
        Clues starters = sdk.where(e -> e.note().contains("spring-boot"));
        if (starters.found()) {
            return starters.pass("an auto-configuring error-tracking starter is declared; it reads its DSN from the environment");
        }
        if (sdk.found()) {
            return sdk.partial("an error-tracking SDK is declared but no initialisation was found (an init call, a"
                    + " sentry.*.config file or a DSN property); a text search can miss an unusual setup");
        }
        return Clues.absent(facts, "no error-tracking SDK and no initialisation of one", "error-tracking SDK");
    }

    /** Where an error tracker is switched on: init calls, DSN properties, tracker configuration files. */
    static Clues initialisation(Facts facts) {
        return Clues.matches(facts, "error tracker initialised", MonitoringPatterns.ERRORS_TRACKER_INIT)
                .and(Clues.signals(facts, SignalKind.MONITORING_ERROR_TRACKING_CONFIG));
    }

    /** Any sign of an error tracker, declared or initialised. */
    static Clues anyTracker(Facts facts) {
        return Clues.capabilities(facts, Capability.ERROR_TRACKING).and(initialisation(facts));
    }
}
