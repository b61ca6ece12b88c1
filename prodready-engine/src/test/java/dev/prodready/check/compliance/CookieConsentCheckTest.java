package dev.prodready.check.compliance;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.Capability;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.SignalKind;
import dev.prodready.stack.Trait;
import org.junit.jupiter.api.Test;

import static dev.prodready.check.compliance.CheckFixture.capability;
import static dev.prodready.check.compliance.CheckFixture.doc;
import static dev.prodready.check.compliance.CheckFixture.locations;
import static dev.prodready.check.compliance.CheckFixture.match;
import static dev.prodready.check.compliance.CheckFixture.pageText;
import static dev.prodready.check.compliance.CheckFixture.present;
import static dev.prodready.check.compliance.CheckFixture.run;
import static dev.prodready.check.compliance.CheckFixture.signal;
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
    void cookiePageWithTheTextOfAPolicyIsPartial() {
        Outcome o = run(check, present(Trait.EU_USERS),
                signal(SignalKind.LEGAL_COOKIE_PAGE, "app/cookies/page.tsx"),
                pageText("app/cookies/page.tsx", 180, "en", "", 0),
                doc(DocKind.COOKIE_POLICY, "app/cookies/page.tsx", 5),
                capability(Capability.ANALYTICS, "posthog-js", "package.json", 22));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly("app/cookies/page.tsx:5", "package.json:22");
    }

    @Test
    void aStubCookiePageIsNoPolicySoTrackersWithoutConsentFailCitingItsPlaceholder() {
        Outcome o = run(check, present(Trait.EU_USERS),
                signal(SignalKind.LEGAL_COOKIE_PAGE, "app/cookies/page.tsx"),
                pageText("app/cookies/page.tsx", 0, "", "TODO", 6),
                capability(Capability.ANALYTICS, "@vercel/analytics", "package.json", 10));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(o.message()).contains("cookie policy at app/cookies/page.tsx:6 is a stub");
        assertThat(locations(o)).containsExactly("package.json:10", "app/cookies/page.tsx:6");
        assertThat(o.evidence().get(1).note()).contains("placeholder: TODO");
    }

    @Test
    void aCookieDocumentOfAFewWordsIsAStubToo() {
        Outcome o = run(check, present(Trait.EU_USERS),
                new dev.prodready.fact.DocumentFact("docs/cookie-policy.md", "Cookie policy", java.util.List.of(), 12,
                        dev.prodready.fact.Evidence.at("docs/cookie-policy.md", 1, "document read")),
                capability(Capability.ANALYTICS, "posthog-js", "package.json", 22));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("package.json:22", "docs/cookie-policy.md:1");
    }

    @Test
    void aCookiePageWithTemplatePlaceholdersIsNoPolicy() {
        Outcome o = run(check, present(Trait.EU_USERS),
                signal(SignalKind.LEGAL_COOKIE_PAGE, "src/pages/Cookies.tsx"),
                match(LegalEvidence.PLACEHOLDER, "[Company Name]", "src/pages/Cookies.tsx", 14),
                capability(Capability.ANALYTICS, "posthog-js", "package.json", 22));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(o.message()).contains("template placeholders");
        assertThat(locations(o)).containsExactly("package.json:22", "src/pages/Cookies.tsx:14");
    }

    @Test
    void aCookieRouteWhoseTextWasNotReadStillInforms() {
        Outcome o = run(check, present(Trait.EU_USERS), signal(SignalKind.LEGAL_COOKIE_PAGE, "src/main.tsx"),
                capability(Capability.ANALYTICS, "posthog-js", "package.json", 22));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly("src/main.tsx", "package.json:22");
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
