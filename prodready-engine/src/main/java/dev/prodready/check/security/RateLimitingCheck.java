package dev.prodready.check.security;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.Capability;
import dev.prodready.fact.CapabilityFact;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.live.LiveVerdicts;

import java.util.List;

/**
 * appsec.rate-limiting: a limiter applied in code or server config (express-rate-limit, @upstash/ratelimit,
 * slowapi, DRF throttling, Bucket4j, nginx limit_req) passes; a rate-limiting package that no code applies is
 * partial; neither fails once the manifests or the source were read.
 */
public final class RateLimitingCheck implements Check {

    @Override
    public String itemId() {
        return "appsec.rate-limiting";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        return LiveVerdicts.combine(repository(context), LiveVerdicts.judge(itemId(), context.facts()),
                LiveVerdicts.Combination.BOTH_REQUIRED);
    }

    /** The verdict from the repository alone; the live probe's, when a URL was given, is combined with it. */
    private Outcome repository(CheckContext context) {
        Facts facts = context.facts();
        List<ContentMatch> applied = Matches.notInTests(Matches.of(facts, SecurityPatterns.RATELIMIT_LIMITER));
        List<CapabilityFact> packages = Providers.with(facts, Capability.RATE_LIMITING);
        if (!applied.isEmpty()) {
            return Outcome.pass("requests are rate limited: " + Matches.at(applied),
                    Matches.concat(Matches.cite(applied, "rate limiter applied"), Providers.cite(packages, "rate limiting"), 6));
        }
        if (!packages.isEmpty()) {
            return Outcome.partial(packages.get(0).source() + " is declared, but no code applying a limiter was found",
                    Providers.cite(packages, "rate limiting package"));
        }
        List<Evidence> searched = Matches.concat(Searched.manifests(facts, "rate limiting package"),
                Matches.coverage(facts).map(c -> Matches.searched(c, "a rate limiter")).orElse(List.of()), 6);
        if (searched.isEmpty()) {
            return Outcome.unknown("neither the manifests nor the source were read, so rate limiting is unknown");
        }
        return Outcome.fail("no rate limiting on the API: no limiter package and no limiter in code or server config",
                searched);
    }
}
