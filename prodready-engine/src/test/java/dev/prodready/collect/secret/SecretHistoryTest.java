package dev.prodready.collect.secret;

import dev.prodready.catalogue.Severity;
import dev.prodready.fact.Finding;
import dev.prodready.fact.ScanCoverage;
import dev.prodready.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** History scanning over a repository with planted secrets, built by the test itself. */
class SecretHistoryTest {

    @TempDir
    Path dir;

    private final String github = TokenTemplates.expand("ghp_{{an:36}}", 11);
    private final String stripe = TokenTemplates.expand("sk_live_{{an:30}}", 12);
    private final String slack = TokenTemplates.expand("xoxb-{{d:12}}-{{d:13}}-{{an:24}}", 13);
    private final String sendgrid = TokenTemplates.expand("SG.{{url:22}}.{{url:43}}", 14);
    private final String npm = TokenTemplates.expand("npm_{{an:36}}", 15);

    private static Finding only(List<Finding> findings, String ruleId) {
        List<Finding> matching = findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        assertThat(matching).as(ruleId).hasSize(1);
        return matching.get(0);
    }

    @Test
    void aDeletedSecretStaysInHistoryAttributedToTheCommitThatAddedIt() throws Exception {
        GitFixture repo = new GitFixture(dir);
        repo.write("README.md", "# shop\n");
        repo.commit("Ada Lovelace", "readme");
        repo.write("src/config.js", "// settings\nconst a = 1;\nexport const token = \"" + github + "\";\n");
        String added = repo.commit("Grace Hopper", "add config");
        repo.write("src/config.js", "// settings\nconst a = 2;\nexport const token = \"" + github + "\";\n");
        repo.commit("Grace Hopper", "tweak config");
        repo.delete("src/config.js");
        repo.commit("Ada Lovelace", "remove config");
        repo.write("app.py", "STRIPE_KEY = '" + stripe + "'\n");
        repo.commit("Ada Lovelace", "payments");

        SecretScanResult r = SecretScanner.scan(Workspace.open(dir), SecretScanOptions.defaults());

        Finding historical = only(r.findings(), "secret.github-pat");
        assertThat(historical.itemId()).isEqualTo("secrets.history-clean");
        assertThat(historical.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(historical.evidence().commit()).isEqualTo(added);
        assertThat(historical.evidence().path()).isEqualTo("src/config.js");
        assertThat(historical.evidence().line()).isEqualTo(3);
        assertThat(historical.evidence().note()).contains("Grace Hopper").contains("2 file versions");
        assertThat(historical.message()).contains("deleting the file does not remove it").contains("Grace Hopper")
                .contains(added.substring(0, 10));
        // The key still in HEAD is reported once, from the working tree.
        Finding current = only(r.findings(), "secret.stripe-live-secret-key");
        assertThat(current.itemId()).isEqualTo("secrets.no-keys-in-code");
        assertThat(current.evidence().commit()).isNull();

        ScanCoverage history = r.coverage().stream().filter(c -> c.scope().equals("history")).findFirst().orElseThrow();
        assertThat(history.units()).isEqualTo(5);
        assertThat(history.unitName()).isEqualTo("commits");
        r.findings().forEach(f -> assertThat(f.toString()).doesNotContain(github).doesNotContain(stripe));
    }

    @Test
    void headVersionsTheTreeScanReadUnchangedAreNotReadAgainButChangedOnesAre() throws Exception {
        GitFixture repo = new GitFixture(dir);
        repo.write("src/a.js", "export const token = \"" + github + "\";\n");
        repo.write("src/b.js", "export const key = \"" + npm + "\";\n");
        repo.write("src/c.js", "export const c = 1;\n");
        String head = repo.commit("Ada Lovelace", "config");
        // b.js loses its key in the working tree, uncommitted: HEAD still holds it, so history must read it.
        repo.write("src/b.js", "export const key = process.env.NPM_TOKEN;\n");

        SecretScanResult r = SecretScanner.scan(Workspace.open(dir), SecretScanOptions.defaults());

        assertThat(only(r.findings(), "secret.github-pat").evidence().commit()).isNull();
        Finding stillInHead = only(r.findings(), "secret.npm-access-token");
        assertThat(stillInHead.evidence().commit()).isEqualTo(head);
        assertThat(stillInHead.evidence().path()).isEqualTo("src/b.js");
        ScanCoverage history = r.coverage().stream().filter(c -> c.scope().equals("history")).findFirst().orElseThrow();
        assertThat(history.evidence().note()).startsWith("1 unique file versions read")
                .contains("2 more, identical to the working tree");
    }

    @Test
    void everyRefIsScannedAndCommittedFilesOutsideTheTreeIndexAreReportedAtHead() throws Exception {
        GitFixture repo = new GitFixture(dir);
        repo.write("dist/bundle.js", "var t=\"" + slack + "\";\n");
        repo.write("README.md", "# app\n");
        String head = repo.commit("Ada Lovelace", "build output");
        repo.git("checkout", "-q", "-b", "experiment");
        repo.write("notes.txt", "sendgrid " + sendgrid + "\n");
        String branchCommit = repo.commit("Linus", "experiment");
        repo.git("checkout", "-q", "main");

        SecretScanResult r = SecretScanner.scan(Workspace.open(dir), SecretScanOptions.defaults());

        Finding bundled = only(r.findings(), "secret.slack-bot-token");
        assertThat(bundled.itemId()).isEqualTo("secrets.no-keys-in-code");
        assertThat(bundled.evidence().commit()).isEqualTo(head);
        assertThat(bundled.evidence().path()).isEqualTo("dist/bundle.js");
        Finding onBranch = only(r.findings(), "secret.sendgrid-api-key");
        assertThat(onBranch.itemId()).isEqualTo("secrets.history-clean");
        assertThat(onBranch.evidence().commit()).isEqualTo(branchCommit);
    }

    @Test
    void largeAndBinaryBlobsAreSkippedWithNotes() throws Exception {
        GitFixture repo = new GitFixture(dir);
        byte[] big = new byte[HistoryScanner.MAX_BLOB + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        byte[] npmBytes = ("token=" + npm).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(npmBytes, 0, big, 100, npmBytes.length);
        repo.writeBytes("data/huge.txt", big);
        byte[] binary = new byte[200];
        System.arraycopy(npmBytes, 0, binary, 50, npmBytes.length);
        repo.writeBytes("data/blob.dat", binary);
        repo.commit("Ada Lovelace", "data");
        repo.delete("data/huge.txt");
        repo.delete("data/blob.dat");
        repo.commit("Ada Lovelace", "drop data");

        SecretScanResult r = SecretScanner.scan(Workspace.open(dir), SecretScanOptions.defaults());
        assertThat(r.findings()).isEmpty();
        assertThat(r.notes()).extracting(n -> n.message()).anyMatch(m -> m.contains("larger than 10 MB"));
        assertThat(r.coverage()).filteredOn(c -> c.scope().equals("history")).singleElement()
                .satisfies(c -> assertThat(c.evidence().note()).contains("1 binary ones left out"));
    }

    @Test
    void sinceRevScansOnlyWhatIsNew() throws Exception {
        GitFixture repo = new GitFixture(dir);
        repo.write("old.env.txt", "GITHUB_TOKEN=" + github + "\n");
        String base = repo.commit("Ada Lovelace", "old");
        repo.delete("old.env.txt");
        repo.write("new.txt", "token " + npm + "\n");
        repo.commit("Ada Lovelace", "new");
        repo.delete("new.txt");
        repo.commit("Ada Lovelace", "cleanup");

        SecretScanResult r = SecretScanner.scan(Workspace.open(dir),
                new SecretScanOptions(false, true, java.util.Optional.of(base), false));
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("secret.npm-access-token");
        assertThat(r.coverage()).singleElement().satisfies(c -> assertThat(c.units()).isEqualTo(2));
    }

    @Test
    void aShallowCloneIsScannedWithANote(@TempDir Path clone) throws Exception {
        GitFixture repo = new GitFixture(dir);
        repo.write("a.txt", "GITHUB_TOKEN=" + github + "\n");
        repo.commit("Ada Lovelace", "one");
        repo.delete("a.txt");
        repo.write("b.txt", "b\n");
        repo.commit("Ada Lovelace", "two");
        new ProcessBuilder("git", "clone", "-q", "--depth", "1", "file://" + dir, clone.resolve("c").toString())
                .inheritIO().start().waitFor();

        SecretScanResult r = SecretScanner.scan(Workspace.open(clone.resolve("c")), SecretScanOptions.defaults());
        assertThat(r.findings()).isEmpty();
        assertThat(r.notes()).extracting(n -> n.message()).anyMatch(m -> m.contains("shallow clone"));
    }

    @Test
    void stagedScanReportsOnlyAddedLines() throws Exception {
        GitFixture repo = new GitFixture(dir);
        repo.write("config.ts", "export const old = \"" + github + "\";\n");
        repo.commit("Ada Lovelace", "old secret");
        repo.write("config.ts", "export const old = \"" + github + "\";\nexport const added = \"" + npm + "\";\n");
        repo.git("add", "config.ts");

        SecretScanResult r = SecretScanner.scan(Workspace.open(dir), SecretScanOptions.stagedOnly());
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("secret.npm-access-token");
            assertThat(f.evidence().line()).isEqualTo(2);
        });
        assertThat(r.coverage()).singleElement().satisfies(c -> assertThat(c.scope()).isEqualTo("staged"));
    }
}
