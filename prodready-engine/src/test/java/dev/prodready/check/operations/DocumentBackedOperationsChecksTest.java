package dev.prodready.check.operations;

import dev.prodready.check.Check;
import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.SignalKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.compliance.CheckFixture.doc;
import static dev.prodready.check.compliance.CheckFixture.document;
import static dev.prodready.check.compliance.CheckFixture.locations;
import static dev.prodready.check.compliance.CheckFixture.run;
import static dev.prodready.check.compliance.CheckFixture.signal;
import static org.assertj.core.api.Assertions.assertThat;

/** Operations items decided by a document: a document passes; without one, docs-only items fail. */
class DocumentBackedOperationsChecksTest {

    static Stream<Arguments> docsOnly() {
        return Stream.of(
                Arguments.of(new IncidentPlanCheck(), DocKind.INCIDENT_RESPONSE),
                Arguments.of(new SeverityLevelsCheck(), DocKind.SEVERITY_LEVELS),
                Arguments.of(new EscalationCheck(), DocKind.ESCALATION),
                Arguments.of(new EscalationCheck(), DocKind.ALERT_ESCALATION),
                Arguments.of(new PostmortemCheck(), DocKind.POSTMORTEM),
                Arguments.of(new DeploymentRunbookCheck(), DocKind.DEPLOYMENT_PROCESS),
                Arguments.of(new DeploymentRunbookCheck(), DocKind.DEPLOYMENT_CHECKLIST),
                Arguments.of(new TroubleshootingCheck(), DocKind.TROUBLESHOOTING),
                Arguments.of(new TroubleshootingCheck(), DocKind.DEBUGGING),
                Arguments.of(new BreakGlassAccessCheck(), DocKind.EMERGENCY_ACCESS),
                Arguments.of(new AccessProvisioningCheck(), DocKind.ACCESS_PROVISIONING),
                Arguments.of(new AccessDeprovisioningCheck(), DocKind.ACCESS_DEPROVISIONING));
    }

    @ParameterizedTest
    @MethodSource("docsOnly")
    void documentPasses(Check check, DocKind kind) {
        Outcome o = run(check, doc(kind, "docs/ops.md", 7));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("docs/ops.md:7");
    }

    @ParameterizedTest
    @MethodSource("docsOnly")
    void missingDocumentFailsCitingTheDocumentsRead(Check check, DocKind kind) {
        Outcome o = run(check, document("README.md", 300), doc(DocKind.ARCHITECTURE, "README.md", 12));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("README.md");
    }

    @Test
    void maintenanceWindowsMayBeAttestedSoAbsenceIsUnknown() {
        MaintenanceWindowsCheck check = new MaintenanceWindowsCheck();
        assertThat(run(check, doc(DocKind.MAINTENANCE_WINDOWS, "docs/sla.md", 30)).status()).isEqualTo(Status.PASS);
        Outcome missing = run(check, document("README.md", 300));
        assertThat(missing.status()).isEqualTo(Status.UNKNOWN);
        assertThat(locations(missing)).containsExactly("README.md");
    }

    @Test
    void codeOwnersFileWithRulesPasses() {
        Outcome o = run(new CodeOwnersCheck(), signal(SignalKind.REPO_CODEOWNERS, ".github/CODEOWNERS"),
                new dev.prodready.fact.CodeOwnersRule("*", java.util.List.of("@acme/devs"),
                        dev.prodready.fact.Evidence.at(".github/CODEOWNERS", 1, "* owned by @acme/devs")));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly(".github/CODEOWNERS", ".github/CODEOWNERS:1");
    }

    @Test
    void missingCodeOwnersFails() {
        Outcome o = run(new CodeOwnersCheck());
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly(".");
    }
}
