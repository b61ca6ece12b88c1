package dev.prodready.check.documentation;

import dev.prodready.check.Check;
import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.DocKind;
import dev.prodready.stack.Trait;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.compliance.CheckFixture.doc;
import static dev.prodready.check.compliance.CheckFixture.document;
import static dev.prodready.check.compliance.CheckFixture.locations;
import static dev.prodready.check.compliance.CheckFixture.present;
import static dev.prodready.check.compliance.CheckFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

class DocumentBackedDocumentationChecksTest {

    static Stream<Arguments> security() {
        return Stream.of(
                Arguments.of(new SecurityArchitectureCheck(), DocKind.SECURITY_ARCHITECTURE),
                Arguments.of(new ThreatModelCheck(), DocKind.THREAT_MODEL),
                Arguments.of(new SecurityControlsCheck(), DocKind.SECURITY_CONTROLS));
    }

    static Stream<Arguments> enterprise() {
        return Stream.of(
                Arguments.of(new SecurityWhitepaperCheck(), DocKind.SECURITY_WHITEPAPER),
                Arguments.of(new ComplianceDocsCheck(), DocKind.COMPLIANCE),
                Arguments.of(new ComplianceDocsCheck(), DocKind.SOC2),
                Arguments.of(new SlaCheck(), DocKind.SLA),
                Arguments.of(new SupportDocsCheck(), DocKind.SUPPORT));
    }

    @ParameterizedTest
    @MethodSource({"security", "enterprise"})
    void documentPasses(Check check, DocKind kind) {
        Outcome o = run(check, doc(kind, "docs/security/overview.md", 9));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("docs/security/overview.md:9");
    }

    @ParameterizedTest
    @MethodSource("security")
    void missingSecurityDocumentFails(Check check, DocKind kind) {
        Outcome o = run(check, document("README.md", 400));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("README.md");
    }

    @ParameterizedTest
    @MethodSource("enterprise")
    void missingEnterpriseDocumentFailsForAnEnterpriseApp(Check check, DocKind kind) {
        Outcome o = run(check, present(Trait.ENTERPRISE), document("README.md", 400));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("README.md");
    }

    @ParameterizedTest
    @MethodSource("enterprise")
    void missingEnterpriseDocumentIsUnknownWhileEnterpriseIsUndecided(Check check, DocKind kind) {
        Outcome o = run(check, document("README.md", 400));
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(o.message()).contains("enterprise");
    }
}
