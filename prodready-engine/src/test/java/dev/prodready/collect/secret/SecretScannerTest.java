package dev.prodready.collect.secret;

import dev.prodready.catalogue.Severity;
import dev.prodready.fact.Finding;
import dev.prodready.fact.ScanCoverage;
import dev.prodready.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The working-tree scan end to end: items, severities, client exposure, env files, ignores, redaction. */
class SecretScannerTest {

    @TempDir
    Path dir;

    private final String stripeLive = TokenTemplates.expand("sk_live_{{an:24}}", 1);
    private final String openai = TokenTemplates.expand("sk-proj-{{url:64}}", 2);
    private final String serviceRole = TokenTemplates.expand("{{jwt:iss=supabase,ref=abcdefghijklmnopqrst,role=service_role}}", 3);
    private final String anon = TokenTemplates.expand("{{jwt:iss=supabase,ref=abcdefghijklmnopqrst,role=anon}}", 4);
    private final String github = TokenTemplates.expand("ghp_{{an:36}}", 5);

    private GitFixture repo;

    @BeforeEach
    void setUp() throws Exception {
        repo = new GitFixture(dir);
        repo.write(".gitignore", ".env.local\n")
                .write(".env", "STRIPE_SECRET_KEY=" + stripeLive + "\nNEXT_PUBLIC_OPENAI_KEY=" + openai + "\n")
                .write(".env.example", "STRIPE_SECRET_KEY=sk_live_...\n")
                .write(".env.local", "GITHUB_TOKEN=" + github + "\n")
                .write("src/components/Admin.tsx", "\"use client\";\nconst admin = createClient(url, \"" + serviceRole + "\");\n")
                .write("src/lib/supabase.ts", "export const supabase = createClient(url, \"" + anon + "\");\n")
                .write("src/lib/ignored.ts", "// prodready-ignore: stripe-live-secret-key documented test double\nconst k = \""
                        + stripeLive + "\";\nconst j = \"" + github + "\"; // prodready-ignore: github-pat\n");
        repo.commit("Ada Lovelace", "initial");
        repo.write(".env.production", "NODE_ENV=production\n");
    }

    private SecretScanResult scan() throws Exception {
        return SecretScanner.scan(Workspace.open(dir), SecretScanOptions.treeOnly());
    }

    private static List<Finding> at(SecretScanResult r, String path) {
        return r.findings().stream().filter(f -> path.equals(f.evidence().path())).toList();
    }

    @Test
    void aLiveKeyInACommittedEnvFileIsAKeyInCodeAtItsLine() throws Exception {
        SecretScanResult r = scan();
        Finding stripe = at(r, ".env").stream().filter(f -> f.ruleId().equals("secret.stripe-live-secret-key"))
                .findFirst().orElseThrow();
        assertThat(stripe.itemId()).isEqualTo("secrets.no-keys-in-code");
        assertThat(stripe.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(stripe.evidence().line()).isEqualTo(1);
        assertThat(stripe.redacted()).isEqualTo("sk_live_****" + stripeLive.substring(stripeLive.length() - 4));
        assertThat(stripe.fingerprint()).matches("[0-9a-f]{24}");
    }

    @Test
    void aSecretInABrowserExposedVariableIsCritical() throws Exception {
        Finding openaiFinding = at(scan(), ".env").stream()
                .filter(f -> f.ruleId().equals("secret.openai-project-key")).findFirst().orElseThrow();
        assertThat(openaiFinding.itemId()).isEqualTo("secrets.no-secrets-in-client-env");
        assertThat(openaiFinding.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(openaiFinding.message()).contains("NEXT_PUBLIC_OPENAI_KEY");
        assertThat(openaiFinding.evidence().line()).isEqualTo(2);
    }

    @Test
    void aServiceRoleKeyInClientCodeFeedsTheSupabaseItem() throws Exception {
        List<Finding> admin = at(scan(), "src/components/Admin.tsx");
        assertThat(admin).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("secret.supabase-service-role-jwt");
            assertThat(f.itemId()).isEqualTo("supabase.service-role-not-in-client");
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.evidence().line()).isEqualTo(2);
        });
    }

    @Test
    void anAnonKeyIsReportedAsPublicByDesign() throws Exception {
        assertThat(at(scan(), "src/lib/supabase.ts")).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("secret.supabase-anon-jwt");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("public by design");
        });
    }

    @Test
    void envFilesAreFindingsWhenTrackedOrNotIgnoredButNotWhenIgnoredOrExamples() throws Exception {
        SecretScanResult r = scan();
        List<Finding> envFindings = r.findings().stream()
                .filter(f -> f.itemId().equals("secrets.no-env-files-committed")).toList();
        assertThat(envFindings).extracting(f -> f.evidence().path()).containsExactlyInAnyOrder(".env", ".env.production");
        assertThat(envFindings).filteredOn(f -> f.evidence().path().equals(".env"))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
        assertThat(envFindings).filteredOn(f -> f.evidence().path().equals(".env.production"))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.LOW));
        assertThat(at(r, ".env.local")).isEmpty();
    }

    @Test
    void inlineIgnoresSuppressOnTheLineOrTheLineAboveAndAskForAReason() throws Exception {
        SecretScanResult r = scan();
        assertThat(at(r, "src/lib/ignored.ts")).isEmpty();
        assertThat(r.notes()).anySatisfy(n -> {
            assertThat(n.path()).isEqualTo("src/lib/ignored.ts");
            assertThat(n.message()).contains("no reason");
        });
        ScanCoverage tree = r.coverage().stream().filter(c -> c.scope().equals("tree")).findFirst().orElseThrow();
        assertThat(tree.evidence().note()).contains("2 findings suppressed");
    }

    @Test
    void coverageCountsTheFilesRead() throws Exception {
        SecretScanResult r = scan();
        assertThat(r.coverage()).singleElement().satisfies(c -> {
            assertThat(c.engine()).isEqualTo("secrets");
            assertThat(c.scope()).isEqualTo("tree");
            assertThat(c.unitName()).isEqualTo("files");
            assertThat(c.units()).isEqualTo(7);
            assertThat(c.evidence().path()).isEqualTo(".");
        });
    }

    @Test
    void noFindingOrNoteEverHoldsASecretAndFingerprintsAreStable() throws Exception {
        SecretScanResult first = scan();
        SecretScanResult second = scan();
        assertThat(first.findings()).extracting(Finding::fingerprint)
                .containsExactlyElementsOf(second.findings().stream().map(Finding::fingerprint).toList());
        for (String secret : List.of(stripeLive, openai, serviceRole, anon, github)) {
            for (Finding f : first.findings()) {
                assertThat(f.toString()).doesNotContain(secret);
            }
            first.notes().forEach(n -> assertThat(n.toString()).doesNotContain(secret));
        }
    }

    @Test
    void aFolderThatIsNotARepositoryIsScannedWithANoteForHistory(@TempDir Path plain) throws Exception {
        java.nio.file.Files.writeString(plain.resolve("config.py"), "GITHUB_TOKEN = '" + github + "'\n");
        java.nio.file.Files.writeString(plain.resolve(".env"), "A=1\n");
        SecretScanResult r = SecretScanner.scan(Workspace.open(plain), SecretScanOptions.defaults());
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("secret.github-pat");
        assertThat(r.coverage()).extracting(ScanCoverage::scope).containsExactly("tree");
        assertThat(r.notes()).extracting(n -> n.message()).anyMatch(m -> m.contains("history not scanned"))
                .anyMatch(m -> m.contains("cannot be told"));
    }

    @Test
    void aClientBundleOfAViteAppIsClientCode(@TempDir Path vite) throws Exception {
        java.nio.file.Files.writeString(vite.resolve("vite.config.ts"), "export default {}\n");
        java.nio.file.Files.createDirectories(vite.resolve("src"));
        java.nio.file.Files.writeString(vite.resolve("src/api.ts"), "const key = \"" + stripeLive + "\";\n");
        SecretScanResult r = SecretScanner.scan(Workspace.open(vite), SecretScanOptions.treeOnly());
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.itemId()).isEqualTo("secrets.no-secrets-in-client-env");
            assertThat(f.message()).contains("client-side code");
        });
    }

    @Test
    void optionsRejectRevisionsThatCouldBeReadAsGitOptions() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SecretScanOptions.defaults().withSinceRev("--output=/tmp/x"));
        assertThat(SecretScanOptions.defaults().withSinceRev("origin/main").sinceRev()).isEqualTo(Optional.of("origin/main"));
    }
}
