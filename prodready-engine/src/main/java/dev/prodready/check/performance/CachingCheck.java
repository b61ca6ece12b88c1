package dev.prodready.check.performance;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.monitoring.Clues;
import dev.prodready.fact.Capability;
import dev.prodready.fact.Facts;
import dev.prodready.fact.SignalKind;

import static dev.prodready.check.performance.PerformancePatterns.PERF_CACHE_CODE;
import static dev.prodready.check.performance.PerformancePatterns.PERF_CACHE_HEADER;
import static dev.prodready.check.performance.PerformancePatterns.PERF_CACHE_INFRA;

/** perf.caching: deliberate caching at the data layer, the HTTP layer, or both. */
public final class CachingCheck implements Check {

    @Override
    public String itemId() {
        return "perf.caching";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        Clues data = Clues.capabilities(facts, Capability.CACHE)
                .and(Clues.matches(facts, "data cached in the application", PERF_CACHE_CODE).outsideTests())
                .and(ParsedCapacity.caches(facts))
                .and(Clues.matches(facts, "cache or CDN in infrastructure", PERF_CACHE_INFRA));
        Clues http = Clues.matches(facts, "responses cacheable by browsers and CDNs", PERF_CACHE_HEADER).outsideTests();
        if (data.found() && http.found()) {
            return data.and(http).pass("caching is used for data and for HTTP responses");
        }
        if (data.found()) {
            return data.pass("data is cached (no Cache-Control headers for HTTP responses were found)");
        }
        if (http.found()) {
            return http.pass("HTTP responses carry caching headers (no data cache was found)");
        }
        Clues cdnPlatform = Clues.signals(facts, SignalKind.PLATFORM_VERCEL, SignalKind.PLATFORM_NETLIFY,
                SignalKind.PLATFORM_FIREBASE);
        if (cdnPlatform.found()) {
            return cdnPlatform.partial("the platform's CDN caches built static assets, but nothing caches data or sets"
                    + " Cache-Control on dynamic responses");
        }
        return Clues.absent(facts, "no cache, caching headers or CDN configuration", "cache");
    }
}
