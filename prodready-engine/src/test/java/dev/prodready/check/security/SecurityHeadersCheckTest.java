package dev.prodready.check.security;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.Capability;
import org.junit.jupiter.api.Test;

import static dev.prodready.check.security.Fixture.capability;
import static dev.prodready.check.security.Fixture.locations;
import static dev.prodready.check.security.Fixture.match;
import static dev.prodready.check.security.Fixture.run;
import static dev.prodready.check.security.Fixture.scanned;
import static dev.prodready.check.security.SecurityPatterns.HEADERS_CSP;
import static dev.prodready.check.security.SecurityPatterns.HEADERS_FRAMING;
import static dev.prodready.check.security.SecurityPatterns.HEADERS_HSTS;
import static dev.prodready.check.security.SecurityPatterns.HEADERS_MIDDLEWARE;
import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersCheckTest {

    private final SecurityHeadersCheck check = new SecurityHeadersCheck();

    @Test
    void allThreeInNextConfigPass() {
        Outcome o = run(check, match(HEADERS_CSP, "next.config.js", 21, "{ key: \"Content-Security-Policy\", value: csp },"),
                match(HEADERS_HSTS, "next.config.js", 22, "{ key: \"Strict-Transport-Security\", value: \"max-age=63072000\" },"),
                match(HEADERS_FRAMING, "next.config.js", 23, "{ key: \"X-Frame-Options\", value: \"DENY\" },"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("next.config.js:21", "next.config.js:22", "next.config.js:23");
    }

    @Test
    void helmetCoversAllThree() {
        Outcome o = run(check, match(HEADERS_MIDDLEWARE, "server/app.js", 6, "app.use(helmet());"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("server/app.js:6");
    }

    @Test
    void hstsAloneIsPartialAndNamesWhatIsMissing() {
        Outcome o = run(check, match(HEADERS_HSTS, "public/_headers", 3, "  Strict-Transport-Security: max-age=63072000; includeSubDomains"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(o.message()).contains("Content-Security-Policy", "framing");
        assertThat(locations(o)).containsExactly("public/_headers:3");
    }

    @Test
    void springSecurityDefaultsLackOnlyCsp() {
        Outcome o = run(check, capability(Capability.AUTH_PROVIDER, "spring-boot-starter-security", "pom.xml", 40));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(o.message()).contains("no Content-Security-Policy");
        assertThat(locations(o)).containsExactly("pom.xml:40");
    }

    @Test
    void noHeadersAnywhereFails() {
        Outcome o = run(check, scanned(36));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly(".");
    }

    @Test
    void parsedHeaderSettingsCount() {
        Outcome o = Fixture.run(new SecurityHeadersCheck(), CodeFacts.parsed("javascript", 3),
                new dev.prodready.fact.WebSettingFact("security-headers", "security headers set in code: helmet", true,
                        "headers.configured", "appsec.security-headers",
                        dev.prodready.fact.Evidence.at("src/app.js", 9, "helmet")));
        org.assertj.core.api.Assertions.assertThat(o.status()).isEqualTo(dev.prodready.check.Status.PASS);
        org.assertj.core.api.Assertions.assertThat(Fixture.locations(o)).containsExactly("src/app.js:9");
    }

    @Test
    void parsedNextConfigWithOnlyCspIsPartial() {
        Outcome o = Fixture.run(new SecurityHeadersCheck(), CodeFacts.parsed("javascript", 3),
                new dev.prodready.fact.WebSettingFact("security-headers", "security headers set in code: Content-Security-Policy",
                        true, "headers.configured", "appsec.security-headers",
                        dev.prodready.fact.Evidence.at("next.config.mjs", 2, "CSP")));
        org.assertj.core.api.Assertions.assertThat(o.status()).isEqualTo(dev.prodready.check.Status.PARTIAL);
    }
}
