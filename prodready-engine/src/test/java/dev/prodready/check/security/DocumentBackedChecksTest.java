package dev.prodready.check.security;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentFact;
import dev.prodready.fact.Evidence;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.prodready.check.security.Fixture.doc;
import static dev.prodready.check.security.Fixture.locations;
import static dev.prodready.check.security.Fixture.match;
import static dev.prodready.check.security.Fixture.run;
import static dev.prodready.check.security.SecurityPatterns.CRYPTO_FIELD_ENCRYPTION;
import static org.assertj.core.api.Assertions.assertThat;

/** pii.protected, pii.data-classification and appsec.security-review: decided by documents or attestation. */
class DocumentBackedChecksTest {

    private static final DocumentFact README = new DocumentFact("README.md", "App", List.of("Setup"), 300,
            Evidence.file("README.md", "document"));

    @Nested
    class PiiProtected {
        private final PiiProtectedCheck check = new PiiProtectedCheck();

        @Test
        void inventoryPasses() {
            Outcome o = run(check, doc(DocKind.PII_INVENTORY, "docs/privacy/pii.md", 1));
            assertThat(o.status()).isEqualTo(Status.PASS);
            assertThat(locations(o)).containsExactly("docs/privacy/pii.md:1");
        }

        @Test
        void protectionsWithoutInventoryArePartial() {
            Outcome o = run(check, README, match(CRYPTO_FIELD_ENCRYPTION, "src/lib/crypto.ts", 8,
                    "const cipher = createCipheriv(\"aes-256-gcm\", key, iv);"));
            assertThat(o.status()).isEqualTo(Status.PARTIAL);
            assertThat(locations(o)).containsExactly("src/lib/crypto.ts:8", "README.md");
        }

        @Test
        void nothingIsUnknownForAttestation() {
            assertThat(run(check, README).status()).isEqualTo(Status.UNKNOWN);
        }
    }

    @Nested
    class DataClassification {
        private final DataClassificationCheck check = new DataClassificationCheck();

        @Test
        void classificationDocumentPasses() {
            Outcome o = run(check, doc(DocKind.DATA_CLASSIFICATION, "docs/security/data-classification.md", 3));
            assertThat(o.status()).isEqualTo(Status.PASS);
            assertThat(locations(o)).containsExactly("docs/security/data-classification.md:3");
        }

        @Test
        void absentDocumentIsUnknownBecauseItIsAttestable() {
            Outcome o = run(check, README);
            assertThat(o.status()).isEqualTo(Status.UNKNOWN);
            assertThat(locations(o)).containsExactly("README.md");
        }
    }

    @Nested
    class SecurityReview {
        private final SecurityReviewCheck check = new SecurityReviewCheck();

        @Test
        void reviewReportPasses() {
            Outcome o = run(check, doc(DocKind.SECURITY_REVIEW, "docs/security-review-2026.md", 1));
            assertThat(o.status()).isEqualTo(Status.PASS);
            assertThat(locations(o)).containsExactly("docs/security-review-2026.md:1");
        }

        @Test
        void absentReportIsUnknown() {
            assertThat(run(check, README).status()).isEqualTo(Status.UNKNOWN);
        }
    }
}
