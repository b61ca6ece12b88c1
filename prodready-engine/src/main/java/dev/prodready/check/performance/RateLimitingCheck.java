package dev.prodready.check.performance;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.monitoring.Clues;
import dev.prodready.fact.Capability;
import dev.prodready.fact.Facts;
import dev.prodready.live.LiveVerdicts;

import static dev.prodready.check.performance.PerformancePatterns.SCALE_RATE_LIMIT_CONFIG;

/** scale.rate-limiting: a rate limiter in the app or at the edge. */
public final class RateLimitingCheck implements Check {

    @Override
    public String itemId() {
        return "scale.rate-limiting";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        return LiveVerdicts.combine(repository(context), LiveVerdicts.judge(itemId(), context.facts()),
                LiveVerdicts.Combination.BOTH_REQUIRED);
    }

    /** The verdict from the repository alone; the live probe's, when a URL was given, is combined with it. */
    private Outcome repository(CheckContext context) {
        Facts facts = context.facts();
        Clues limits = Clues.capabilities(facts, Capability.RATE_LIMITING)
                .and(Clues.matches(facts, "rate limit configured", SCALE_RATE_LIMIT_CONFIG).outsideTests());
        if (limits.found()) {
            return limits.pass("requests are rate limited");
        }
        return Clues.absent(facts, "no rate limiter in the app and no rate limit at the edge (WAF, gateway, proxy)",
                "rate limiter");
    }
}
