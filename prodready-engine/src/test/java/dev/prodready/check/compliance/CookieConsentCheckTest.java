package dev.prodready.check.compliance;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.Capability;
import dev.prodready.fact.DocKind;
import dev.prodready.stack.Trait;
import org.junit.jupiter.api.Test;

import static dev.prodready.check.compliance.CheckFixture.capability;
import static dev.prodready.check.compliance.CheckFixture.doc;
import static dev.prodready.check.compliance.CheckFixture.locations;
import static dev.prodready.check.compliance.CheckFixture.match;
import static dev.prodready.check.compliance.CheckFixture.present;
import static dev.prodready.check.compliance.CheckFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

class CookieConsentCheckTest {

    private final CookieConsentCheck check = new CookieConsentCheck();

    @Test
    void consentPackagePasses() {
        Outcome o = run(check, capability(Capability.COOKIE_CONSENT, "vanilla-cookieconsent", "package.json", 14));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("package.json:14");
    }

    @Test
    void consentManagerScriptPasses() {
        Outcome o = run(check, match(LegalEvidence.CONSENT_SCRIPT, "consent.cookiebot.com/uc.js", "app/layout.tsx", 20),
                match(LegalEvidence.TRACKER_SCRIPT, "googletagmanager.com/gtag/js", "app/layout.tsx", 24));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("app/layout.tsx:20");
    }

    @Test
    void trackersForEuVisitorsWithoutConsentFail() {
        Outcome o = run(check, present(Trait.EU_USERS),
                capability(Capability.ANALYTICS, "posthog-js", "package.json", 22),
                match(LegalEvidence.TRACKER_SCRIPT, "fbq('init'", "index.html", 9));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("package.json:22", "index.html:9");
    }

    @Test
    void cookiePolicyWithoutConsentIsPartial() {
        Outcome o = run(check, present(Trait.EU_USERS),
                doc(DocKind.COOKIE_POLICY, "docs/cookies.md", 1),
                capability(Capability.ANALYTICS, "posthog-js", "package.json", 22));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly("docs/cookies.md:1", "package.json:22");
    }

    @Test
    void homeMadeBannerIsPartial() {
        Outcome o = run(check, present(Trait.EU_USERS),
                match(LegalEvidence.CONSENT_BANNER, "function CookieBanner", "src/components/CookieBanner.tsx", 4),
                capability(Capability.ANALYTICS, "posthog-js", "package.json", 22));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly("src/components/CookieBanner.tsx:4", "package.json:22");
    }

    @Test
    void trackersWithoutKnownEuUsersAreUnknownButCited() {
        Outcome o = run(check, capability(Capability.ANALYTICS, "posthog-js", "package.json", 22));
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(locations(o)).containsExactly("package.json:22");
    }

    @Test
    void noTrackersAndNoConsentIsUnknown() {
        Outcome o = run(check, present(Trait.EU_USERS));
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(o.evidence()).isEmpty();
    }
}
