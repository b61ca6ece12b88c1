package dev.prodready.check.compliance;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.DocKind;
import dev.prodready.stack.Trait;
import org.junit.jupiter.api.Test;

import static dev.prodready.check.compliance.CheckFixture.contentScanned;
import static dev.prodready.check.compliance.CheckFixture.doc;
import static dev.prodready.check.compliance.CheckFixture.locations;
import static dev.prodready.check.compliance.CheckFixture.match;
import static dev.prodready.check.compliance.CheckFixture.present;
import static dev.prodready.check.compliance.CheckFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

class DataSubjectRightsChecksTest {

    private final RightToDeleteCheck delete = new RightToDeleteCheck();
    private final RightToAccessCheck access = new RightToAccessCheck();
    private final DataPortabilityCheck portability = new DataPortabilityCheck();

    @Test
    void supabaseAdminDeleteUserPasses() {
        Outcome o = run(delete, match(LegalEvidence.ACCOUNT_DELETION, "auth.admin.deleteUser(",
                "supabase/functions/delete-user/index.ts", 18));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("supabase/functions/delete-user/index.ts:18");
    }

    @Test
    void documentedDeletionProcedurePasses() {
        Outcome o = run(delete, doc(DocKind.DATA_DELETION, "docs/privacy/deletion.md", 1));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("docs/privacy/deletion.md:1");
    }

    @Test
    void scannedCodeWithPersonalDataAndNoDeletionFails() {
        Outcome o = run(delete, present(Trait.PII), contentScanned(420));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly(".");
        assertThat(o.evidence().get(0).note()).contains("420 files");
    }

    @Test
    void deletionUnknownWhenCodeWasNotScanned() {
        Outcome o = run(delete, present(Trait.PII));
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(o.message()).contains("not scanned");
    }

    @Test
    void deletionUndecidedWhenPersonalDataIsNotKnown() {
        Outcome o = run(delete, contentScanned(420));
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(o.message()).contains("pii");
    }

    @Test
    void exportRoutePassesRightToAccess() {
        Outcome o = run(access, match(LegalEvidence.DATA_EXPORT, "export-data", "routes/account.js", 42));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("routes/account.js:42");
    }

    @Test
    void noExportFailsRightToAccess() {
        Outcome o = run(access, present(Trait.PII), contentScanned(80));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly(".");
    }

    @Test
    void exportSentAsJsonAttachmentPassesPortability() {
        Outcome o = run(portability,
                match(LegalEvidence.DATA_EXPORT, "exportUserData", "app/api/account/export/route.ts", 5),
                match(LegalEvidence.EXPORT_FORMAT, "attachment; filename=\"my-data.json\"", "app/api/account/export/route.ts", 19));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("app/api/account/export/route.ts:19");
    }

    @Test
    void exportNamedForItsFormatPassesPortability() {
        Outcome o = run(portability, match(LegalEvidence.DATA_EXPORT, "exportDataAsJson", "src/lib/account.ts", 7));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("src/lib/account.ts:7");
    }

    @Test
    void exportOfUnseenFormatIsPartial() {
        Outcome o = run(portability,
                match(LegalEvidence.DATA_EXPORT, "export-data", "routes/account.js", 42),
                match(LegalEvidence.EXPORT_FORMAT, "download=\"invoices.csv\"", "src/Invoices.tsx", 10));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly("routes/account.js:42");
    }

    @Test
    void noExportFailsPortability() {
        Outcome o = run(portability, present(Trait.PII), contentScanned(80));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly(".");
    }
}
