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
import dev.prodready.fact.RouteFact;
import dev.prodready.fact.WebSettingFact;
import dev.prodready.live.LiveVerdicts;

import java.util.ArrayList;
import java.util.List;

/**
 * appsec.rate-limiting: a limiter applied in code or server config (express-rate-limit, @upstash/ratelimit,
 * slowapi, DRF throttling, Bucket4j, nginx limit_req) passes; a rate-limiting package that no code applies is
 * partial; neither fails once the manifests or the source were read. Parsed routes add precision: sign-in and
 * AI routes that no limiter covers make the item partial even when a limiter exists elsewhere (fail when none does).
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
        List<Evidence> parsedApplied = new ArrayList<>(ParsedCode.cite(ParsedCode.safe(facts, WebSettingFact.class,
                w -> w.setting().equals("rate-limit")), 3));
        parsedApplied.addAll(ParsedCode.routes(facts).stream().filter(RouteFact::rateLimited).limit(3)
                .map(r -> r.evidence().withNote(r.method() + " " + r.route() + " is rate limited")).toList());
        List<Evidence> exposed = ParsedCode.citeFindings(ParsedCode.findings(facts, "route.auth-not-rate-limited",
                "route.ai-not-rate-limited"), 6);
        List<Evidence> limiters = ParsedCode.join(6, parsedApplied, Matches.cite(applied, "rate limiter applied"));
        if (!exposed.isEmpty()) {
            if (limiters.isEmpty() && packages.isEmpty()) {
                return Outcome.fail("sign-in and AI routes have no rate limit, and no limiter is applied anywhere: "
                        + Matches.where(exposed), exposed);
            }
            return Outcome.partial("a rate limiter exists (" + Matches.where(limiters.isEmpty()
                    ? Providers.cite(packages, "package") : limiters) + "), but these sign-in or AI routes are not behind it: "
                    + Matches.where(exposed), Matches.concat(exposed, limiters, 8));
        }
        if (!limiters.isEmpty()) {
            return Outcome.pass("requests are rate limited: " + Matches.where(limiters),
                    Matches.concat(limiters, Providers.cite(packages, "rate limiting"), 6));
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
