package dev.prodready.check.compliance;

import dev.prodready.check.Check;
import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.DocKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.compliance.CheckFixture.doc;
import static dev.prodready.check.compliance.CheckFixture.document;
import static dev.prodready.check.compliance.CheckFixture.locations;
import static dev.prodready.check.compliance.CheckFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

/** Items a document can prove but whose absence from the repository proves nothing: pass or unknown. */
class DocumentBackedComplianceChecksTest {

    static Stream<Arguments> checks() {
        return Stream.of(
                Arguments.of(new CustomerDpaCheck(), DocKind.DPA),
                Arguments.of(new Soc2PreparationCheck(), DocKind.SOC2),
                Arguments.of(new HipaaControlsCheck(), DocKind.HIPAA),
                Arguments.of(new Iso27001Check(), DocKind.ISO27001),
                Arguments.of(new VendorSecurityAssessmentsCheck(), DocKind.VENDOR_ASSESSMENT));
    }

    @ParameterizedTest
    @MethodSource("checks")
    void documentPasses(Check check, DocKind kind) {
        Outcome o = run(check, doc(kind, "docs/compliance/" + kind.id() + ".md", 4));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("docs/compliance/" + kind.id() + ".md:4");
    }

    @ParameterizedTest
    @MethodSource("checks")
    void missingDocumentIsUnknownAndPointsAtTheDocumentsRead(Check check, DocKind kind) {
        Outcome o = run(check, document("README.md", 250));
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(locations(o)).containsExactly("README.md");
    }

    static Stream<Check> attestationOnly() {
        return Stream.of(new VendorDpasSignedCheck(), new VendorSoc2ReportsCheck());
    }

    @ParameterizedTest
    @MethodSource("attestationOnly")
    void attestationOnlyItemsStayUnknownWhateverTheRepositoryHolds(Check check) {
        Outcome o = run(check, doc(DocKind.VENDOR_LIST, "docs/vendors.md", 1), doc(DocKind.DPA, "docs/dpa.md", 1));
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(o.message()).isNotBlank();
    }
}
