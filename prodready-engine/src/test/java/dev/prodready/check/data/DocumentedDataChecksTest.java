package dev.prodready.check.data;

import dev.prodready.check.Check;
import dev.prodready.check.infrastructure.Case;
import dev.prodready.check.infrastructure.Snippets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PARTIAL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.infrastructure.FactKit.doc;
import static dev.prodready.check.infrastructure.FactKit.document;
import static dev.prodready.check.infrastructure.FactKit.facts;
import static dev.prodready.fact.DocKind.DATA_CLASSIFICATION;
import static dev.prodready.fact.DocKind.DATA_DELETION;
import static dev.prodready.fact.DocKind.DATA_RETENTION;
import static dev.prodready.fact.DocKind.DPA;
import static dev.prodready.fact.DocKind.DR_PLAN;
import static dev.prodready.fact.DocKind.PII_INVENTORY;
import static dev.prodready.fact.DocKind.RPO;
import static dev.prodready.fact.DocKind.RTO;
import static dev.prodready.fact.DocKind.VENDOR_LIST;

/** Governance and recovery items judged from documents, some with code carrying them out. */
class DocumentedDataChecksTest {

    private static final String PURGE = "select cron.schedule('purge', '0 4 * * *', $$delete from events where created_at < now() - interval '90 days'$$);\n";
    private static final String ERASE = "export async function deleteAccount(userId: string) {\n  await admin.auth.admin.deleteUser(userId)\n}\n";

    static Stream<Arguments> cases() {
        return Stream.of(
                row(new DataRetentionCheck(), Case.of("policy and purge job pass", facts(doc(DATA_RETENTION, "", "docs/privacy.md", 12),
                        Snippets.file("supabase/migrations/0004_purge.sql", PURGE)), PASS, "docs/privacy.md:12",
                        "supabase/migrations/0004_purge.sql:1")),
                row(new DataRetentionCheck(), Case.of("policy alone is partial", facts(doc(DATA_RETENTION, "", "docs/privacy.md", 12)),
                        PARTIAL, "docs/privacy.md:12")),
                row(new DataRetentionCheck(), Case.of("purge alone is partial", facts(Snippets.file("db/purge.sql", PURGE)),
                        PARTIAL, "db/purge.sql:1")),
                row(new DataRetentionCheck(), Case.of("neither fails", facts(document("README.md")), FAIL, "README.md")),
                row(new DataDeletionCheck(), Case.of("process and erasure code pass", facts(doc(DATA_DELETION, "", "docs/gdpr.md", 5),
                        Snippets.file("app/account/actions.ts", ERASE)), PASS, "docs/gdpr.md:5", "app/account/actions.ts:1")),
                row(new DataDeletionCheck(), Case.of("erasure code alone is partial", facts(Snippets.file("app/account/actions.ts", ERASE)),
                        PARTIAL, "app/account/actions.ts:2")),
                row(new DataDeletionCheck(), Case.of("neither fails", List.of(), FAIL, ".")),
                row(new PiiInventoryCheck(), Case.of("inventory passes", facts(doc(PII_INVENTORY, "", "docs/pii.md", 1)),
                        PASS, "docs/pii.md:1")),
                row(new PiiInventoryCheck(), Case.of("missing inventory fails", facts(document("README.md")), FAIL, "README.md")),
                row(new DataClassificationCheck(), Case.of("classification passes", facts(doc(DATA_CLASSIFICATION, "",
                        "docs/security.md", 30)), PASS, "docs/security.md:30")),
                row(new DataClassificationCheck(), Case.of("missing classification fails", facts(document("README.md")),
                        FAIL, "README.md")),
                row(new VendorDpaCheck(), Case.of("DPA record passes", facts(doc(DPA, "", "docs/vendors.md", 9)), PASS, "docs/vendors.md:9")),
                row(new VendorDpaCheck(), Case.of("vendor list alone is partial", facts(doc(VENDOR_LIST, "", "docs/vendors.md", 3)),
                        PARTIAL, "docs/vendors.md:3")),
                row(new VendorDpaCheck(), Case.of("no record is unknown (attestable)", facts(document("README.md")),
                        UNKNOWN, "README.md")),
                row(new RtoDefinedCheck(), Case.of("RTO with a figure passes", facts(doc(RTO, "4 hours", "docs/dr.md", 7)),
                        PASS, "docs/dr.md:7")),
                row(new RtoDefinedCheck(), Case.of("RTO without a figure is partial", facts(doc(RTO, "", "docs/dr.md", 7)),
                        PARTIAL, "docs/dr.md:7")),
                row(new RtoDefinedCheck(), Case.of("no RTO fails (3.rf3)", facts(document("docs/dr.md")), FAIL, "docs/dr.md")),
                row(new RpoDefinedCheck(), Case.of("RPO with a figure passes", facts(doc(RPO, "15 minutes", "docs/dr.md", 8)),
                        PASS, "docs/dr.md:8")),
                row(new RpoDefinedCheck(), Case.of("no RPO fails", List.of(), FAIL, ".")),
                row(new DisasterRecoveryPlanCheck(), Case.of("DR plan passes", facts(doc(DR_PLAN, "", "docs/dr.md", 1)),
                        PASS, "docs/dr.md:1")),
                row(new DisasterRecoveryPlanCheck(), Case.of("missing DR plan fails", facts(document("README.md")),
                        FAIL, "README.md")));
    }

    private static Arguments row(Check check, Case c) {
        return Arguments.of(check.itemId() + ": " + c.name(), check, c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(String name, Check check, Case c) {
        c.verify(check);
    }
}
