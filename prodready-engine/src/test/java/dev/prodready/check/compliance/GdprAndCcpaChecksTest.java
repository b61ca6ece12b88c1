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
    void ccpaUndecidedWithoutCaliforniaUsers() {
        assertThat(run(ccpa).status()).isEqualTo(Status.UNKNOWN);
    }
}
