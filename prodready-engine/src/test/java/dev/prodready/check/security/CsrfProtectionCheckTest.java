package dev.prodready.check.security;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.Capability;
import org.junit.jupiter.api.Test;

import static dev.prodready.check.security.Fixture.capability;
import static dev.prodready.check.security.Fixture.dependency;
import static dev.prodready.check.security.Fixture.locations;
import static dev.prodready.check.security.Fixture.match;
import static dev.prodready.check.security.Fixture.run;
import static dev.prodready.check.security.SecurityPatterns.AUTHN_WEBHOOK_SIGNATURE;
import static dev.prodready.check.security.SecurityPatterns.CSRF_COOKIE_SESSION;
import static dev.prodready.check.security.SecurityPatterns.CSRF_DISABLED;
import static dev.prodready.check.security.SecurityPatterns.CSRF_PROTECTION;
import static dev.prodready.check.security.SecurityPatterns.CSRF_STATELESS;
import static org.assertj.core.api.Assertions.assertThat;

class CsrfProtectionCheckTest {

    private static final String CONFIG = "src/main/java/app/SecurityConfig.java";
    private final CsrfProtectionCheck check = new CsrfProtectionCheck();

    @Test
    void disablingCsrfForASessionAppFails() {
        Outcome o = run(check, match(CSRF_DISABLED, CONFIG, 21, "http.csrf(AbstractHttpConfigurer::disable)"));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly(CONFIG + ":21");
    }

    @Test
    void disablingCsrfForAStatelessApiPasses() {
        Outcome o = run(check, match(CSRF_DISABLED, CONFIG, 21, "http.csrf(AbstractHttpConfigurer::disable)"),
                match(CSRF_STATELESS, CONFIG, 22, ".sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly(CONFIG + ":21");
    }

    @Test
    void exemptViewIsPartialUnlessItIsASignedWebhook() {
        Outcome o = run(check, match(CSRF_DISABLED, "app/views.py", 40, "@csrf_exempt"),
                match(CSRF_DISABLED, "billing/webhooks.py", 8, "@csrf_exempt"),
                match(AUTHN_WEBHOOK_SIGNATURE, "billing/webhooks.py", 14, "event = stripe.Webhook.construct_event(payload, sig, secret) if hmac.compare_digest(a, b) else None"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly("app/views.py:40");
    }

    @Test
    void frameworkProtectionPasses() {
        Outcome o = run(check, match(CSRF_PROTECTION, "config/settings.py", 48, "\"django.middleware.csrf.CsrfViewMiddleware\","),
                capability(Capability.CSRF, "csrf-csrf", "package.json", 12));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("config/settings.py:48", "package.json:12");
    }

    @Test
    void cookieSessionsWithoutProtectionFail() {
        Outcome o = run(check, match(CSRF_COOKIE_SESSION, "server/app.js", 14,
                "app.use(session({ secret: process.env.SESSION_SECRET, resave: false }));"));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("server/app.js:14");
    }

    @Test
    void supabaseBearerTokensAreNotSentByTheBrowserOnTheirOwn() {
        Outcome o = run(check, dependency("@supabase/supabase-js", "package.json", 18));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("package.json:18");
    }

    @Test
    void supabaseWithCookieSessionsIsNotAssumedSafe() {
        Outcome o = run(check, dependency("@supabase/supabase-js", "package.json", 18),
                dependency("@supabase/ssr", "package.json", 19));
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void parsedCsrfSettingsComeFirst() {
        Outcome disabled = Fixture.run(new CsrfProtectionCheck(), CodeFacts.parsed("java", 3),
                CodeFacts.setting("csrf", "csrf.disabled", false, "src/main/java/SecurityConfig.java", 14),
                CodeFacts.setting("csrf", "csrf.stateless", true, "src/main/java/StatelessConfig.java", 9));
        org.assertj.core.api.Assertions.assertThat(disabled.status()).isEqualTo(dev.prodready.check.Status.FAIL);
        org.assertj.core.api.Assertions.assertThat(Fixture.locations(disabled)).containsExactly("src/main/java/SecurityConfig.java:14");
        Outcome stateless = Fixture.run(new CsrfProtectionCheck(), CodeFacts.parsed("java", 3),
                CodeFacts.setting("csrf", "csrf.stateless", true, "src/main/java/StatelessConfig.java", 9));
        org.assertj.core.api.Assertions.assertThat(stateless.status()).isEqualTo(dev.prodready.check.Status.PASS);
    }
}
