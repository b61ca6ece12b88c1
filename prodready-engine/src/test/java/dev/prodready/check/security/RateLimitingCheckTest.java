package dev.prodready.check.security;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.Capability;
import org.junit.jupiter.api.Test;

import static dev.prodready.check.security.Fixture.capability;
import static dev.prodready.check.security.Fixture.locations;
import static dev.prodready.check.security.Fixture.manifest;
import static dev.prodready.check.security.Fixture.match;
import static dev.prodready.check.security.Fixture.run;
import static dev.prodready.check.security.Fixture.scanned;
import static dev.prodready.check.security.SecurityPatterns.RATELIMIT_LIMITER;
import static org.assertj.core.api.Assertions.assertThat;

class RateLimitingCheckTest {

    private final RateLimitingCheck check = new RateLimitingCheck();

    @Test
    void appliedLimiterPasses() {
        Outcome o = run(check, match(RATELIMIT_LIMITER, "server/app.js", 9, "app.use(rateLimit({ windowMs: 60_000, limit: 100 }));"),
                capability(Capability.RATE_LIMITING, "express-rate-limit", "package.json", 15));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("server/app.js:9", "package.json:15");
    }

    @Test
    void declaredButUnusedIsPartial() {
        Outcome o = run(check, capability(Capability.RATE_LIMITING, "@upstash/ratelimit", "package.json", 15));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly("package.json:15");
    }

    @Test
    void noLimiterAnywhereFails() {
        Outcome o = run(check, manifest("package.json", 25), scanned(40));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("package.json", ".");
    }

    @Test
    void nothingReadIsUnknown() {
        assertThat(run(check).status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void signInRoutesOutsideTheLimiterArePartial() {
        Outcome o = Fixture.run(new RateLimitingCheck(), CodeFacts.parsed("javascript", 4),
                CodeFacts.setting("rate-limit", "ratelimit.configured", true, "src/server.js", 11),
                CodeFacts.finding("route.auth-not-rate-limited", "appsec.rate-limiting", "src/server.js", 17));
        org.assertj.core.api.Assertions.assertThat(o.status()).isEqualTo(dev.prodready.check.Status.PARTIAL);
        org.assertj.core.api.Assertions.assertThat(Fixture.locations(o)).containsExactly("src/server.js:17", "src/server.js:11");
    }

    @Test
    void unthrottledAiRoutesWithNoLimiterAnywhereFail() {
        Outcome o = Fixture.run(new RateLimitingCheck(), CodeFacts.parsed("typescript", 4),
                CodeFacts.finding("route.ai-not-rate-limited", "appsec.rate-limiting", "src/app/api/chat/route.ts", 5));
        org.assertj.core.api.Assertions.assertThat(o.status()).isEqualTo(dev.prodready.check.Status.FAIL);
    }

    @Test
    void aParsedLimiterPasses() {
        Outcome o = Fixture.run(new RateLimitingCheck(), CodeFacts.parsed("typescript", 4),
                CodeFacts.route("middleware.ts", 1, "POST", "/api/auth/login", dev.prodready.fact.RouteGuard.PUBLIC,
                        false, false, false, true));
        org.assertj.core.api.Assertions.assertThat(o.status()).isEqualTo(dev.prodready.check.Status.PASS);
    }
}
