package dev.prodready.check.security;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.Capability;
import org.junit.jupiter.api.Test;

import static dev.prodready.check.security.Fixture.capability;
import static dev.prodready.check.security.Fixture.locations;
import static dev.prodready.check.security.Fixture.match;
import static dev.prodready.check.security.Fixture.run;
import static dev.prodready.check.security.SecurityPatterns.SESSION_COOKIE_FLAG_OFF;
import static dev.prodready.check.security.SecurityPatterns.SESSION_COOKIE_FLAG_ON;
import static dev.prodready.check.security.SecurityPatterns.SESSION_LIFETIME_SETTING;
import static dev.prodready.check.security.SecurityPatterns.SESSION_NEXTAUTH_CONFIG;
import static dev.prodready.check.security.SecurityPatterns.SUPABASE_CONFIG_AUTH_SETTING;
import static dev.prodready.check.security.SecurityPatterns.SUPABASE_CONFIG_SECTION;
import static org.assertj.core.api.Assertions.assertThat;

class SessionManagementCheckTest {

    private static final String CONFIG = "supabase/config.toml";
    private final SessionManagementCheck check = new SessionManagementCheck();

    @Test
    void supabaseTokensLivingAWeekFail() {
        Outcome o = run(check, match(SUPABASE_CONFIG_SECTION, CONFIG, 36, "[auth]"),
                match(SUPABASE_CONFIG_AUTH_SETTING, CONFIG, 39, "jwt_expiry = 604800"),
                match(SUPABASE_CONFIG_AUTH_SETTING, CONFIG, 40, "enable_refresh_token_rotation = false"));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly(CONFIG + ":39", CONFIG + ":40");
        assertThat(o.evidence().get(0).note()).contains("7 days");
    }

    @Test
    void tokensBetweenAnHourAndADayArePartial() {
        Outcome o = run(check, match(SUPABASE_CONFIG_SECTION, CONFIG, 36, "[auth]"),
                match(SUPABASE_CONFIG_AUTH_SETTING, CONFIG, 39, "jwt_expiry = 7200"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly(CONFIG + ":39");
    }

    @Test
    void hourLongTokensWithRotationPass() {
        Outcome o = run(check, match(SUPABASE_CONFIG_SECTION, CONFIG, 36, "[auth]"),
                match(SUPABASE_CONFIG_AUTH_SETTING, CONFIG, 39, "jwt_expiry = 3600"),
                match(SUPABASE_CONFIG_AUTH_SETTING, CONFIG, 40, "enable_refresh_token_rotation = true"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly(CONFIG + ":39", CONFIG + ":40");
    }

    @Test
    void aJwtExpiryOutsideTheAuthSectionIsIgnored() {
        Outcome o = run(check, match(SUPABASE_CONFIG_SECTION, CONFIG, 5, "[edge_runtime]"),
                match(SUPABASE_CONFIG_AUTH_SETTING, CONFIG, 6, "jwt_expiry = 604800"));
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void sessionCookieWithoutSecureFlagFails() {
        Outcome o = run(check, match(SESSION_COOKIE_FLAG_OFF, "server/app.js", 12, "cookie: { secure: false, maxAge: 86400000 },"));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("server/app.js:12");
    }

    @Test
    void authJsSessionOfEightHoursWithSecureCookiesPasses() {
        Outcome o = run(check,
                match(SESSION_NEXTAUTH_CONFIG, "src/lib/auth.ts", 21, "export const authOptions: NextAuthOptions = {"),
                match(SESSION_LIFETIME_SETTING, "src/lib/auth.ts", 24, "session: { strategy: \"jwt\", maxAge: 8 * 60 * 60 },"),
                match(SESSION_COOKIE_FLAG_ON, "src/lib/auth.ts", 25, "useSecureCookies: env.APP_ENV !== \"development\","));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("src/lib/auth.ts:25", "src/lib/auth.ts:24");
        assertThat(o.evidence().get(1).note()).contains("8 hours");
    }

    @Test
    void authJsSessionsOfNinetyDaysArePartial() {
        Outcome o = run(check,
                match(SESSION_NEXTAUTH_CONFIG, "src/auth.ts", 3, "export const { handlers, auth } = NextAuth({"),
                match(SESSION_LIFETIME_SETTING, "src/auth.ts", 9, "session: { maxAge: 90 * 24 * 60 * 60 },"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly("src/auth.ts:9");
    }

    @Test
    void tokensSignedForThirtyDaysArePartial() {
        Outcome o = run(check, match(SESSION_LIFETIME_SETTING, "server/auth.js", 40,
                "return jwt.sign({ sub: user.id }, secret, { expiresIn: \"30d\" });"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly("server/auth.js:40");
    }

    @Test
    void springSessionTimeoutAndJwtExpiryAreSessionSettings() {
        Outcome o = run(check,
                match(SESSION_LIFETIME_SETTING, "src/main/resources/application.properties", 7, "server.servlet.session.timeout=30m"),
                match(SESSION_LIFETIME_SETTING, "src/main/java/app/TokenService.java", 31,
                        "        .expiresAt(now.plus(15, ChronoUnit.MINUTES))"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("src/main/java/app/TokenService.java:31",
                "src/main/resources/application.properties:7");
    }

    @Test
    void providerDefaultsAloneAreUnknown() {
        Outcome o = run(check, capability(Capability.AUTH_PROVIDER, "@supabase/supabase-js", "package.json", 15));
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(locations(o)).containsExactly("package.json:15");
    }

    @Test
    void parsedInsecureCookiesAndTokenFlawsFail() {
        Outcome o = Fixture.run(new SessionManagementCheck(),
                CodeFacts.setting("cookie", "cookie.insecure", false, "src/app-config.js", 20),
                CodeFacts.setting("jwt", "jwt.hardcoded-secret", false, "src/app-config.js", 16),
                CodeFacts.setting("cookie", "cookie.flags-set", true, "src/app-config.js", 22));
        org.assertj.core.api.Assertions.assertThat(o.status()).isEqualTo(dev.prodready.check.Status.FAIL);
        org.assertj.core.api.Assertions.assertThat(Fixture.locations(o)).containsExactly("src/app-config.js:16", "src/app-config.js:20");
    }

    @Test
    void parsedSecureCookiesPass() {
        Outcome o = Fixture.run(new SessionManagementCheck(),
                CodeFacts.setting("cookie", "cookie.flags-set", true, "src/app-config.js", 22));
        org.assertj.core.api.Assertions.assertThat(o.status()).isEqualTo(dev.prodready.check.Status.PASS);
    }
}
