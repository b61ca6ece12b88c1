package dev.prodready.collect.document;

import dev.prodready.collect.pattern.RecordingSink;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentFact;
import dev.prodready.fact.DocumentSignal;
import dev.prodready.fact.ScanCoverage;
import dev.prodready.workspace.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.prodready.fact.DocKind.*;
import static org.assertj.core.api.Assertions.assertThat;

/** A small but realistic set of documents, and the near misses beside them. */
class DocumentCollectorTest {

    private static RecordingSink sink;
    private static Workspace workspace;

    @BeforeAll
    static void scan() throws Exception {
        workspace = Workspace.open(Path.of("src/test/resources/fixtures/documents/repo"));
        sink = new RecordingSink();
        new DocumentCollector().collect(workspace, sink);
    }

    private static List<String> signals(String path) {
        return sink.all(DocumentSignal.class).stream().filter(s -> s.evidence().path().equals(path))
                .map(s -> s.kind().id() + "@" + s.evidence().line() + (s.value().isEmpty() ? "" : "=" + s.value()))
                .toList();
    }

    @Test
    void theRunbookCoversDeploymentRollbackIncidentsSeverityEscalationOnCallAndTroubleshooting() {
        assertThat(signals("docs/runbooks/production.md")).containsExactlyInAnyOrder(
                "runbook@6", "deployment-process@10", "rollback@17", "incident-response@27",
                "severity-levels@36=SEV1, SEV2, SEV3", "escalation@44", "on-call@49", "troubleshooting@54");
    }

    @Test
    void theDisasterRecoveryPlanGivesObjectivesPerRowAndTheLatestPastRestoreTest() {
        assertThat(signals("docs/disaster-recovery.md")).containsExactlyInAnyOrder(
                "dr-plan@1", "rto@10=4 hours", "rpo@10=15 minutes", "rto@11=1 day", "rpo@11=24 hours",
                "backup-policy@13", "backup-restore-test@23=2026-02-14");
    }

    @Test
    void theReadmeHasArchitectureADiagramAndEnvVarsButNoRollbackOrDeploymentProcess() {
        assertThat(signals("README.md")).containsExactlyInAnyOrder(
                "architecture@29", "architecture-diagram@31=mermaid", "env-vars@18");
    }

    @Test
    void otherFormatsAreClassifiedToo() {
        assertThat(signals("docs/operations.rst")).contains("backup-policy@4", "maintenance-windows@10");
        assertThat(signals("docs/handbook.adoc")).containsExactlyInAnyOrder("access-provisioning@3",
                "access-deprovisioning@9");
        assertThat(signals("docs/notes.txt")).containsExactly("capacity-plan@1");
        assertThat(signals("docs/security.md")).containsExactly("threat-model@3");
        assertThat(signals("docs/postmortems/2026-01-12-checkout-outage.md")).containsExactly("postmortem@1");
    }

    @Test
    void nearMissesGiveNothing() {
        // Placeholders under the right headings, MFA backup codes, feature priorities, passing mentions.
        assertThat(signals("docs/todo.md")).isEmpty();
        assertThat(signals("docs/roadmap.md")).isEmpty();
        // A change log is a record, not documentation.
        assertThat(sink.all(DocumentFact.class)).extracting(DocumentFact::path).doesNotContain("CHANGELOG.md");
    }

    @Test
    void oddlyEncodedDocumentsAreReadAndBinaryOnesNoted() {
        assertThat(signals("docs/latin1.md")).containsExactly("rollback@3");
        assertThat(sink.all(DocumentFact.class)).extracting(DocumentFact::path).doesNotContain("docs/binary.md");
        assertThat(workspace.notes()).anySatisfy(n -> {
            assertThat(n.path()).isEqualTo("docs/binary.md");
            assertThat(n.message()).contains("binary");
        });
        assertThat(sink.notes).isEmpty();
    }

    @Test
    void everyDocumentReadGivesAFactWithTitleHeadingsAndWords() {
        assertThat(sink.all(DocumentFact.class)).hasSize(11);
        DocumentFact runbook = sink.all(DocumentFact.class).stream()
                .filter(d -> d.path().equals("docs/runbooks/production.md")).findFirst().orElseThrow();
        assertThat(runbook.title()).isEqualTo("Production runbook");
        assertThat(runbook.headings()).startsWith("Production runbook", "Deploying", "Rolling back a bad deploy");
        assertThat(runbook.words()).isBetween(300, 400);
        assertThat(runbook.evidence().line()).as("the front matter title").isEqualTo(2);
        assertThat(sink.all(ScanCoverage.class)).singleElement().satisfies(c -> assertThat(c.units()).isEqualTo(11));
    }

    @Test
    void signalsCarryEvidenceNotesAndEveryKindIsOneOfTheVocabulary() {
        for (DocumentSignal s : sink.all(DocumentSignal.class)) {
            assertThat(s.evidence().note()).as(s.toString()).isNotBlank();
            assertThat(DocKind.fromId(s.kind().id())).contains(s.kind());
        }
        assertThat(sink.all(DocumentSignal.class)).extracting(DocumentSignal::kind)
                .doesNotContain(PRIVACY_POLICY, TERMS_OF_SERVICE, SOC2);
    }

    @Test
    void documentsUnderNodeModulesAreAbsentAndLicencesSkipped(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("node_modules/pkg"));
        Files.writeString(root.resolve("node_modules/pkg/README.md"), "# Rollback\n\n" + "roll back words ".repeat(20));
        Files.writeString(root.resolve("LICENSE.md"), "# MIT License\n\nPermission is hereby granted...\n");
        Files.writeString(root.resolve("requirements.txt"), "flask==3.0\n");
        Files.writeString(root.resolve("RUNBOOK"), "no extension, not a README: not read\n");
        RecordingSink s = new RecordingSink();
        new DocumentCollector().collect(Workspace.open(root), s);
        assertThat(s.all(DocumentFact.class)).isEmpty();
        assertThat(s.all(DocumentSignal.class)).isEmpty();
    }

    @Test
    void pathologicalDocumentsDoNotStopTheCollector(@TempDir Path root) throws Exception {
        // A huge single line of quote markers: the collector finishes and still classifies the other documents.
        Files.writeString(root.resolve("deep.md"), "#".repeat(6) + " x\n" + "> ".repeat(200_000) + "\n");
        Files.writeString(root.resolve("ok.md"), "# Rollback\n\nPromote the previous deployment in Vercel, then revert "
                + "the merge on main and redeploy once the fix is ready; check errors in Sentry afterwards.\n");
        RecordingSink s = new RecordingSink();
        new DocumentCollector().collect(Workspace.open(root), s);
        assertThat(s.all(DocumentSignal.class)).extracting(d -> d.kind()).contains(ROLLBACK);
    }

    @Test
    void brokenRuleDataBecomesANoteNotAnException(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("README.md"), "# App\n");
        RecordingSink s = new RecordingSink();
        new DocumentCollector(() -> {
            throw new IllegalStateException("kinds.yml: unknown document kind 'x'");
        }).collect(Workspace.open(root), s);
        assertThat(s.facts).isEmpty();
        assertThat(s.notes).singleElement().satisfies(n -> assertThat(n.message()).contains("unknown document kind"));
    }

    private static void write(Path root, String path, String text) throws Exception {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text);
    }

    @Test
    void legalAppPagesAreReadByTheirTextAndOtherCodeIsNot(@TempDir Path root) throws Exception {
        write(root, "app/(legal)/subprocessors/page.tsx", """
                const rows = [{ name: "Stripe", purpose: "Payment processing", location: "United States" },
                  { name: "Supabase", purpose: "Database hosting", location: "EU (Frankfurt)" }];
                export default function Page() {
                  return (
                    <main>
                      <h1>Sub-processors</h1>
                      <p>These third-party service providers process personal data on our behalf.</p>
                      <table>{rows.map((r) => <tr key={r.name}><td>{r.name}</td></tr>)}</table>
                    </main>
                  );
                }
                """);
        write(root, "src/pages/PrivacyPolicy.tsx", """
                export default function PrivacyPolicy() {
                  return (
                    <main>
                      <h1>Privacy Policy</h1>
                      <p>Coming soon.</p>
                    </main>
                  );
                }
                """);
        write(root, "app/legal/terms/page.tsx", "import Terms from './terms.mdx';\nexport default () => <Terms />;\n");
        write(root, "app/dashboard/page.tsx", "export default () => <main><h1>Sub-processors</h1><p>Your data</p></main>;\n");
        write(root, "components/privacy.tsx", "export const Privacy = () => <p>Coming soon.</p>;\n");
        RecordingSink s = new RecordingSink();
        new DocumentCollector().collect(Workspace.open(root), s);
        assertThat(s.all(DocumentFact.class)).extracting(DocumentFact::path)
                .containsExactlyInAnyOrder("app/(legal)/subprocessors/page.tsx", "src/pages/PrivacyPolicy.tsx");
        assertThat(s.all(DocumentFact.class)).allMatch(DocumentFact::page);
        assertThat(s.all(DocumentSignal.class)).extracting(d -> d.kind().id() + "@" + d.evidence().location())
                .containsExactly("vendor-list@app/(legal)/subprocessors/page.tsx:6");
        DocumentFact stub = s.all(DocumentFact.class).stream().filter(d -> d.path().startsWith("src/")).findFirst().orElseThrow();
        assertThat(stub.words()).isZero();
        assertThat(stub.placeholder()).hasValueSatisfying(e -> assertThat(e.location()).isEqualTo("src/pages/PrivacyPolicy.tsx:5"));
    }

    @Test
    void documentsRecordTheirLanguage(@TempDir Path root) throws Exception {
        write(root, "docs/notfallplan.md", """
                # Notfallplan

                Wenn die Datenbank verloren geht, wird das letzte Backup in ein neues Projekt eingespielt. Die
                Bereitschaft ist dafür verantwortlich und informiert die Praxen, sobald der Dienst wieder läuft.
                Die Sicherungen werden jede Nacht erstellt und sieben Tage lang aufbewahrt, auch in einer anderen Region.
                """);
        write(root, "README.md", "# App\n\nThis is the booking app for the practice; read the docs folder for the runbooks.\n");
        RecordingSink s = new RecordingSink();
        new DocumentCollector().collect(Workspace.open(root), s);
        assertThat(s.all(DocumentFact.class)).extracting(d -> d.path() + "=" + d.language())
                .containsExactlyInAnyOrder("docs/notfallplan.md=de", "README.md=en");
        assertThat(s.all(DocumentSignal.class)).extracting(d -> d.kind().id()).contains("dr-plan");
    }
}
