package dev.prodready.collect.git;

import dev.prodready.collect.pattern.RecordingSink;
import dev.prodready.fact.GitFact;
import dev.prodready.fact.ReleaseTag;
import dev.prodready.fact.UntrackedFile;
import dev.prodready.fact.ScanCoverage;
import dev.prodready.workspace.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds a real repository with the git binary: four commits by three authors. */
class GitFactCollectorTest {

    @TempDir
    static Path repo;
    private static final List<String> hashes = new ArrayList<>(); // oldest first

    @BeforeAll
    static void buildRepository() throws Exception {
        git(repo, "init", "-q", "-b", "main");
        commit("alice@example.com", "2026-01-05T10:00:00Z", "Initial app", "README.md", "src/app.ts");
        commit("bob@example.com", "2026-01-06T11:00:00Z", "Add CI", ".github/workflows/ci.yml", "src/app.test.ts");
        commit("carol@example.com", "2026-01-07T12:00:00Z", "Ship to Fly", "Dockerfile", "fly.toml",
                "scripts/deploy.sh", "docs/deploy.md");
        commit("alice@example.com", "2026-01-08T13:00:00Z", "Terraform the database", "infra/main.tf",
                "src/deployment-state.ts");
        git(repo, "tag", "v0.1.0", hashes.get(1));
        git(repo, "-c", "user.email=alice@example.com", "-c", "user.name=alice", "tag", "-a", "v1.0.0", "-m",
                "First release", hashes.get(3));
        git(repo, "tag", "wip-experiment", hashes.get(2));
    }

    @Test
    void versionLikeTagsBecomeReleaseTagsNewestFirstPointingAtTheirCommits() throws Exception {
        RecordingSink sink = new RecordingSink();
        new GitFactCollector().collect(Workspace.open(repo), sink);
        assertThat(sink.all(ReleaseTag.class)).extracting(t -> t.name() + " " + t.commit())
                .containsExactly("v1.0.0 " + hashes.get(3), "v0.1.0 " + hashes.get(1));
        ReleaseTag annotated = sink.all(ReleaseTag.class).get(0);
        assertThat(annotated.evidence().commit()).isEqualTo(hashes.get(3)); // peeled, not the tag object
        assertThat(annotated.evidence().note()).isEqualTo("tag v1.0.0");
        assertThat(sink.all(ReleaseTag.class).get(1).when()).isEqualTo(Instant.parse("2026-01-06T11:00:00Z"));
    }

    @Test
    void deploymentFilesNeverCommittedAreReported(@TempDir Path other) throws Exception {
        git(other, "init", "-q", "-b", "main");
        Files.createDirectories(other.resolve("infra/modules"));
        Files.writeString(other.resolve("infra/main.tf"), "resource \"null_resource\" \"a\" {}\n");
        Files.writeString(other.resolve("README.md"), "# app\n");
        Files.writeString(other.resolve(".gitignore"), "*.tfvars\n");
        git(other, "add", "infra/main.tf", "README.md", ".gitignore");
        git(other, "-c", "user.email=a@example.com", "-c", "user.name=a", "commit", "-q", "-m", "init");
        Files.writeString(other.resolve("infra/extra.tf"), "locals {}\n");
        Files.writeString(other.resolve("infra/modules/net.tf"), "locals {}\n");
        Files.writeString(other.resolve("infra/prod.tfvars"), "region = \"eu\"\n"); // ignored: not reported
        Files.writeString(other.resolve("notes.txt"), "todo\n"); // untracked but not a deployment file
        RecordingSink sink = new RecordingSink();
        new GitFactCollector().collect(Workspace.open(other), sink);
        assertThat(sink.all(UntrackedFile.class)).extracting(UntrackedFile::path)
                .containsExactly("infra/extra.tf", "infra/modules/net.tf");
    }

    @Test
    void aFolderWithoutGitHasNoTags(@TempDir Path plain) throws Exception {
        assertThat(Workspace.open(plain).history().tags()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"v1.2.3, true", "1.2.3, true", "v2.0, true", "v2.0.0-rc.1, true", "release-2026-01, true",
            "release/4.2, true", "api/v1.4.0, true", "latest, false", "wip-experiment, false", "v1, false",
            "nightly, false"})
    void releaseTagNames(String name, boolean expected) {
        assertThat(GitFactCollector.releaseTag(name)).isEqualTo(expected);
    }

    @Test
    void oneFactPerCommitAndDeploymentPathWithAuthorDateAndSubject() throws Exception {
        RecordingSink sink = new RecordingSink();
        new GitFactCollector().collect(Workspace.open(repo), sink);
        assertThat(sink.all(GitFact.class))
                .extracting(f -> f.authorEmail() + " " + f.when() + " " + f.path() + " \"" + f.evidence().note() + "\"")
                .containsExactly(
                        "alice@example.com 2026-01-08T13:00:00Z  \"HEAD: Terraform the database\"",
                        "alice@example.com 2026-01-08T13:00:00Z infra/main.tf \"Terraform the database\"",
                        "carol@example.com 2026-01-07T12:00:00Z Dockerfile \"Ship to Fly\"",
                        "carol@example.com 2026-01-07T12:00:00Z fly.toml \"Ship to Fly\"",
                        "carol@example.com 2026-01-07T12:00:00Z scripts/deploy.sh \"Ship to Fly\"",
                        "bob@example.com 2026-01-06T11:00:00Z .github/workflows/ci.yml \"Add CI\"");
        GitFact head = sink.all(GitFact.class).get(0);
        assertThat(head.commit()).isEqualTo(hashes.get(3));
        assertThat(head.evidence().commit()).isEqualTo(hashes.get(3));
        assertThat(head.evidence().path()).isNull();
        GitFact ci = sink.all(GitFact.class).get(5);
        assertThat(ci.commit()).isEqualTo(hashes.get(1));
        assertThat(ci.evidence().commit()).isEqualTo(hashes.get(1));
        assertThat(ci.evidence().path()).isEqualTo(".github/workflows/ci.yml");
        assertThat(ci.evidence().line()).isZero();
        assertThat(sink.all(ScanCoverage.class)).singleElement().satisfies(c -> assertThat(c.units()).isEqualTo(4));
        assertThat(sink.notes).isEmpty();
    }

    @Test
    void onlyTheNewestCommitsAreExaminedAndTheCutIsNoted() throws Exception {
        RecordingSink sink = new RecordingSink();
        new GitFactCollector(2).collect(Workspace.open(repo), sink);
        assertThat(sink.all(GitFact.class)).extracting(GitFact::when).allMatch(
                w -> !w.isBefore(Instant.parse("2026-01-07T12:00:00Z")));
        assertThat(sink.all(GitFact.class)).filteredOn(f -> !f.path().isEmpty()).hasSize(4);
        assertThat(sink.notes).singleElement().satisfies(n -> {
            assertThat(n.path()).isEqualTo(".git");
            assertThat(n.message()).contains("newest 2 of 4 commits");
        });
        assertThat(sink.all(ScanCoverage.class)).singleElement().satisfies(c -> assertThat(c.units()).isEqualTo(2));
    }

    @Test
    void aFolderWithoutGitGivesNothingAndDoesNotThrow(@TempDir Path plain) throws Exception {
        Files.writeString(plain.resolve("Dockerfile"), "FROM scratch\n");
        RecordingSink sink = new RecordingSink();
        new GitFactCollector().collect(Workspace.open(plain), sink);
        assertThat(sink.facts).isEmpty();
    }

    @Test
    void aBrokenRepositoryGivesNothingAndDoesNotThrow(@TempDir Path broken) throws Exception {
        Files.createDirectories(broken.resolve(".git"));
        Files.writeString(broken.resolve(".git/HEAD"), "garbage\n");
        RecordingSink sink = new RecordingSink();
        new GitFactCollector().collect(Workspace.open(broken), sink);
        assertThat(sink.all(GitFact.class)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            ".github/workflows/deploy.yaml, true", ".gitlab-ci.yml, true", "Jenkinsfile, true",
            "infra/prod/main.tf, true", "k8s/api/deployment.yaml, true", "charts/web/values.yaml, true",
            "services/api/Dockerfile.prod, true", "docker-compose.override.yml, true", "vercel.json, true",
            "apps/web/netlify.toml, true", "fly.production.toml, true", "Procfile, true", "deploy.sh, true",
            "scripts/release-notes.mjs, true", "bin/deploy, true", "supabase/config.toml, true",
            "README.md, false", "docs/deploy.md, false", "src/deployment-state.ts, false", "src/app.ts, false",
            "package.json, false", "infra/README.md, false", "scripts/seed.ts, false",
    })
    void deploymentPaths(String path, boolean expected) {
        assertThat(new GitFactCollector().deployment(path)).isEqualTo(expected);
    }

    private static void commit(String email, String date, String subject, String... files) throws Exception {
        for (String f : files) {
            Path p = repo.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, subject + " " + f + "\n");
        }
        git(repo, "add", "-A");
        git(repo, "-c", "user.email=" + email, "-c", "user.name=" + email.substring(0, email.indexOf('@')),
                "commit", "-q", "-m", subject, "--date", date);
        hashes.add(git(repo, "rev-parse", "HEAD").strip());
    }

    private static String git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "commit.gpgsign=false", "-c", "core.hooksPath=/dev/null"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        pb.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        pb.environment().put("HOME", dir.toString());
        int at = List.of(args).indexOf("--date");
        if (at >= 0) {
            pb.environment().put("GIT_COMMITTER_DATE", args[at + 1]);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("git " + String.join(" ", args) + " failed: " + out);
        }
        return out;
    }
}
