package dev.prodready.check.compliance;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.SignalKind;
import dev.prodready.stack.Trait;
import org.junit.jupiter.api.Test;

import static dev.prodready.check.compliance.CheckFixture.doc;
import static dev.prodready.check.compliance.CheckFixture.document;
import static dev.prodready.check.compliance.CheckFixture.locations;
import static dev.prodready.check.compliance.CheckFixture.match;
import static dev.prodready.check.compliance.CheckFixture.pageText;
import static dev.prodready.check.compliance.CheckFixture.present;
import static dev.prodready.check.compliance.CheckFixture.run;
import static dev.prodready.check.compliance.CheckFixture.signal;
import static org.assertj.core.api.Assertions.assertThat;

class GdprAndCcpaChecksTest {

    private final GdprComplianceCheck gdpr = new GdprComplianceCheck();
    private final CcpaComplianceCheck ccpa = new CcpaComplianceCheck();

    @Test
    void gdprDocumentPasses() {
        Outcome o = run(gdpr, present(Trait.EU_USERS), doc(DocKind.GDPR, "docs/compliance/gdpr.md", 3));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("docs/compliance/gdpr.md:3");
    }

    @Test
    void euUsersWithSomePiecesArePartial() {
        Outcome o = run(gdpr, present(Trait.EU_USERS),
                match(LegalEvidence.ACCOUNT_DELETION, "auth.admin.deleteUser(", "supabase/functions/delete-user/index.ts", 18),
                match(LegalEvidence.GDPR_MENTION, "GDPR", "app/privacy/page.tsx", 40));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(o.message()).contains("account deletion path", "refers to the GDPR");
        assertThat(locations(o)).containsExactly("app/privacy/page.tsx:40", "supabase/functions/delete-user/index.ts:18");
    }

    @Test
    void euUsersWithNothingFailCitingTheDocumentsRead() {
        Outcome o = run(gdpr, present(Trait.EU_USERS), document("README.md", 300));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("README.md");
    }

    @Test
    void gdprUndecidedWhenEuUsersAreNotKnown() {
        Outcome o = run(gdpr, document("README.md", 300));
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(o.message()).contains("eu-users");
    }

    @Test
    void doNotSellLinkPassesCcpa() {
        Outcome o = run(ccpa, present(Trait.CALIFORNIA_USERS),
                match(LegalEvidence.DO_NOT_SELL, "Do Not Sell", "components/Footer.tsx", 31));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("components/Footer.tsx:31");
    }

    @Test
    void californiaSectionInPrivacyPagePassesCcpa() {
        Outcome o = run(ccpa, match(LegalEvidence.CALIFORNIA_MENTION, "California residents", "app/privacy/page.tsx", 88));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("app/privacy/page.tsx:88");
    }

    @Test
    void privacyPolicyWithoutCaliforniaSectionIsPartial() {
        Outcome o = run(ccpa, present(Trait.CALIFORNIA_USERS), signal(SignalKind.LEGAL_PRIVACY_PAGE, "app/privacy/page.tsx"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly("app/privacy/page.tsx");
    }

    @Test
    void californiaUsersWithNothingFail() {
        Outcome o = run(ccpa, present(Trait.CALIFORNIA_USERS), document("README.md", 300));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("README.md");
    }

    @Test
    void aStubPrivacyPageIsNoPolicySoCcpaFailsAtItsPlaceholder() {
        Outcome o = run(ccpa, present(Trait.CALIFORNIA_USERS), signal(SignalKind.LEGAL_PRIVACY_PAGE, "app/privacy/page.tsx"),
                pageText("app/privacy/page.tsx", 4, "", "Coming soon.", 7));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(o.message()).contains("privacy policy at app/privacy/page.tsx:7 is a stub");
        assertThat(locations(o)).containsExactly("app/privacy/page.tsx:7");
    }

    @Test
    void namingTheCcpaOnAComingSoonPageDoesNotPass() {
        Outcome o = run(ccpa, present(Trait.CALIFORNIA_USERS), signal(SignalKind.LEGAL_PRIVACY_PAGE, "app/privacy/page.tsx"),
                pageText("app/privacy/page.tsx", 14, "", "Coming soon.", 7),
                match(LegalEvidence.CALIFORNIA_MENTION, "CCPA", "app/privacy/page.tsx", 8),
                match(LegalEvidence.DO_NOT_SELL, "Do Not Sell", "app/privacy/page.tsx", 9));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("app/privacy/page.tsx:7");
    }

    @Test
    void anOptOutLinkOutsideTheStubStillPassesCcpa() {
        Outcome o = run(ccpa, signal(SignalKind.LEGAL_PRIVACY_PAGE, "app/privacy/page.tsx"),
                pageText("app/privacy/page.tsx", 4, "", "Coming soon.", 7),
                match(LegalEvidence.DO_NOT_SELL, "Do Not Sell", "components/Footer.tsx", 31));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("components/Footer.tsx:31");
    }

    @Test
    void aWrittenPrivacyPageWithoutCaliforniaWordingIsStillPartial() {
        Outcome o = run(ccpa, present(Trait.CALIFORNIA_USERS), signal(SignalKind.LEGAL_PRIVACY_PAGE, "app/privacy/page.tsx"),
                pageText("app/privacy/page.tsx", 420, "en", "", 0), doc(DocKind.PRIVACY_POLICY, "app/privacy/page.tsx", 6));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly("app/privacy/page.tsx:6");
    }

    @Test
    void aShortCaliforniaNoticeInAStubPrivacyDocumentDoesNotPass() {
        Outcome o = run(ccpa, present(Trait.CALIFORNIA_USERS),
                new dev.prodready.fact.DocumentFact("docs/legal/privacy.md", "Privacy", java.util.List.of(), 9,
                        dev.prodready.fact.Evidence.at("docs/legal/privacy.md", 1, "document read")),
                match(LegalEvidence.CALIFORNIA_MENTION, "California residents", "docs/legal/privacy.md", 3));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("docs/legal/privacy.md:1");
    }

    @Test
    void aGdprMentionOnAStubPrivacyPageIsNoPieceSoGdprFailsAtThePlaceholder() {
        Outcome o = run(gdpr, present(Trait.EU_USERS), signal(SignalKind.LEGAL_PRIVACY_PAGE, "app/privacy/page.tsx"),
                pageText("app/privacy/page.tsx", 14, "", "Coming soon.", 7),
                match(LegalEvidence.GDPR_MENTION, "GDPR", "app/privacy/page.tsx", 8));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(o.message()).contains("privacy policy at app/privacy/page.tsx:7 is a stub");
        assertThat(locations(o)).containsExactly("app/privacy/page.tsx:7");
    }

    @Test
    void gdprPiecesBesideAStubPrivacyPageArePartialAndNameTheStub() {
        Outcome o = run(gdpr, present(Trait.EU_USERS), signal(SignalKind.LEGAL_PRIVACY_PAGE, "app/privacy/page.tsx"),
                pageText("app/privacy/page.tsx", 4, "", "Coming soon.", 7),
                match(LegalEvidence.ACCOUNT_DELETION, "auth.admin.deleteUser(", "supabase/functions/delete-user/index.ts", 18));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(o.message()).contains("account deletion path", "is a stub");
        assertThat(locations(o)).containsExactly("supabase/functions/delete-user/index.ts:18", "app/privacy/page.tsx:7");
    }

    @Test
    void aGdprMentionInAWrittenPrivacyPageStillCounts() {
        Outcome o = run(gdpr, present(Trait.EU_USERS), signal(SignalKind.LEGAL_PRIVACY_PAGE, "app/privacy/page.tsx"),
                pageText("app/privacy/page.tsx", 420, "en", "", 0), doc(DocKind.PRIVACY_POLICY, "app/privacy/page.tsx", 6),
                match(LegalEvidence.GDPR_MENTION, "GDPR", "app/privacy/page.tsx", 40));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(o.message()).contains("refers to the GDPR").doesNotContain("stub");
        assertThat(locations(o)).containsExactly("app/privacy/page.tsx:40");
    }

    @Test
    void ccpaUndecidedWithoutCaliforniaUsers() {
        assertThat(run(ccpa).status()).isEqualTo(Status.UNKNOWN);
    }
}
