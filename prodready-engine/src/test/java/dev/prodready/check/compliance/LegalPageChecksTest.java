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

    private static DocumentFact page(String path, int words, String language, String placeholder, int line) {
        return CheckFixture.pageText(path, words, language, placeholder, line);
    }

    @Test
    void aPrivacyPageThatSaysComingSoonFailsAtThePlaceholder() {
        Outcome o = run(privacy, signal(SignalKind.LEGAL_PRIVACY_PAGE, "app/privacy/page.tsx"),
                page("app/privacy/page.tsx", 4, "", "Coming soon.", 7));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(o.message()).contains("stub");
        assertThat(locations(o)).containsExactly("app/privacy/page.tsx:7");
    }

    @Test
    void aPrivacyPageWithTextButNoPolicyWordingIsPartial() {
        Outcome o = run(privacy, signal(SignalKind.LEGAL_PRIVACY_PAGE, "src/pages/PrivacyPolicy.tsx"),
                page("src/pages/PrivacyPolicy.tsx", 86, "en", "", 0));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(o.message()).contains("none of it reads as a privacy policy");
    }

    @Test
    void aPrivacyPageRecognisedAsAPolicyPasses() {
        Outcome o = run(privacy, signal(SignalKind.LEGAL_PRIVACY_PAGE, "app/privacy/page.tsx"),
                page("app/privacy/page.tsx", 240, "en", "", 0), doc(DocKind.PRIVACY_POLICY, "app/privacy/page.tsx", 6));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("app/privacy/page.tsx:6");
    }

    @Test
    void aPageInAnotherLanguageIsNotJudgedByEnglishWording() {
        Outcome o = run(privacy, signal(SignalKind.LEGAL_PRIVACY_PAGE, "app/privacidad/page.tsx"),
                page("app/privacidad/page.tsx", 300, "es", "", 0));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(o.evidence().get(0).note()).contains("wording was not checked");
    }

    @Test
    void aRouteDeclarationDoesNotVouchForAPageWhoseTextWasReadAsAStub() {
        Outcome o = run(privacy, signal(SignalKind.LEGAL_PRIVACY_PAGE, "src/main.tsx"),
                signal(SignalKind.LEGAL_PRIVACY_PAGE, "src/pages/Privacy.tsx"),
                page("src/pages/Privacy.tsx", 3, "", "TODO", 5));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("src/pages/Privacy.tsx:5");
    }

    @Test
    void aRouteDeclarationAloneStillCountsAsPublished() {
        Outcome o = run(privacy, signal(SignalKind.LEGAL_PRIVACY_PAGE, "src/main.tsx"));
        assertThat(o.status()).isEqualTo(Status.PASS);
    }

    @Test
    void withMostDocumentationInGermanAMissingPolicyIsUnknownNotAFailure() {
        Outcome o = run(privacy, present(Trait.WEB_FRONTEND),
                new DocumentFact("docs/betrieb.md", "Betrieb", List.of(), 400, "de", false, java.util.Optional.empty(),
                        Evidence.at("docs/betrieb.md", 1, "document read")));
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(o.message()).contains("most documentation is in German");
    }
}
