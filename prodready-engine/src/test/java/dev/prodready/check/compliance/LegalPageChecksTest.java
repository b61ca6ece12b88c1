package dev.prodready.check.compliance;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentFact;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.SignalKind;
import dev.prodready.stack.Trait;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.prodready.check.compliance.CheckFixture.doc;
import static dev.prodready.check.compliance.CheckFixture.locations;
import static dev.prodready.check.compliance.CheckFixture.match;
import static dev.prodready.check.compliance.CheckFixture.present;
import static dev.prodready.check.compliance.CheckFixture.run;
import static dev.prodready.check.compliance.CheckFixture.signal;
import static org.assertj.core.api.Assertions.assertThat;

class LegalPageChecksTest {

    private final PrivacyPolicyCheck privacy = new PrivacyPolicyCheck();
    private final TermsOfServiceCheck terms = new TermsOfServiceCheck();

    @Test
    void privacyPageInTheAppPasses() {
        Outcome o = run(privacy, signal(SignalKind.LEGAL_PRIVACY_PAGE, "app/privacy/page.tsx"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("app/privacy/page.tsx");
    }

    @Test
    void privacyPolicyDocumentPasses() {
        Outcome o = run(privacy, doc(DocKind.PRIVACY_POLICY, "docs/legal/privacy.md", 1));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("docs/legal/privacy.md:1");
    }

    @Test
    void privacyPageWithTemplatePlaceholdersFails() {
        Outcome o = run(privacy, signal(SignalKind.LEGAL_PRIVACY_PAGE, "app/privacy/page.tsx"),
                match(LegalEvidence.PLACEHOLDER, "[Company Name]", "app/privacy/page.tsx", 12));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(o.message()).contains("placeholders");
        assertThat(locations(o)).containsExactly("app/privacy/page.tsx:12");
    }

    @Test
    void placeholderInTheTermsDoesNotFailThePrivacyPolicy() {
        Outcome o = run(privacy, signal(SignalKind.LEGAL_PRIVACY_PAGE, "app/privacy/page.tsx"),
                match(LegalEvidence.PLACEHOLDER, "[Insert Jurisdiction]", "app/terms/page.tsx", 3));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("app/privacy/page.tsx");
    }

    @Test
    void webAppWithoutPrivacyPageFailsCitingTheSearchAndTheFrontend() {
        Outcome o = run(privacy, present(Trait.WEB_FRONTEND));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly(".", "package.json:5");
    }

    @Test
    void withoutWebFrontendAMissingPolicyIsUnknown() {
        Outcome o = run(privacy);
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(o.message()).contains("another site");
    }

    @Test
    void aPrivacyDocumentThatIsOnlyATodoFailsAtThatFile() {
        Outcome o = run(privacy, new DocumentFact("docs/legal/privacy-policy.md", "Privacy Policy", List.of("Privacy Policy"),
                0, Evidence.at("docs/legal/privacy-policy.md", 1, "document read")));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(o.message()).contains("stub");
        assertThat(locations(o)).containsExactly("docs/legal/privacy-policy.md:1");
    }

    @Test
    void aShortUserGuidePageAboutPrivacySettingsIsNotAStubPolicy() {
        Outcome o = run(privacy, new DocumentFact("docs/user-guide/privacy-settings.md", "Privacy settings",
                List.of("Privacy settings"), 53, Evidence.at("docs/user-guide/privacy-settings.md", 1, "document read")));
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void termsPagePasses() {
        Outcome o = run(terms, signal(SignalKind.LEGAL_TERMS_PAGE, "src/pages/Terms.tsx"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("src/pages/Terms.tsx");
    }

    @Test
    void termsWithPlaceholdersFail() {
        Outcome o = run(terms, doc(DocKind.TERMS_OF_SERVICE, "TERMS.md", 1),
                match(LegalEvidence.PLACEHOLDER, "[Insert Jurisdiction]", "TERMS.md", 40));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("TERMS.md:40");
    }

    @Test
    void webAppWithoutTermsFails() {
        Outcome o = run(terms, present(Trait.WEB_FRONTEND));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).contains(".");
    }

    @Test
    void termsUnknownWithoutFrontend() {
        assertThat(run(terms).status()).isEqualTo(Status.UNKNOWN);
    }
}
