package dev.prodready.workspace;

import dev.prodready.audit.Audit;
import dev.prodready.audit.AuditRequest;
import dev.prodready.fact.Note;
import dev.prodready.report.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Bad input never crashes the workspace: each kind of hostile repository from {@link HostileRepos} opens,
 * indexes what it should, leaves out what it should, and explains what it could not read in a note.
 */
class WorkspaceRobustnessTest {

    @TempDir
    static Path shared;

    private static Path hostile;

    @BeforeAll
    static void buildHostileRepository() throws IOException {
        hostile = HostileRepos.hostile(shared.resolve("hostile"));
    }

    @Test
    void indexesOrdinaryFilesAndLeavesOutDependencyFoldersIgnoredPathsAndLinks() throws Exception {
        Workspace ws = Workspace.open(hostile);

        List<String> paths = ws.files().stream().map(SourceFile::path).toList();
        assertThat(paths).containsAll(HostileRepos.INDEXED);
        assertThat(paths).doesNotContainAnyElementsOf(HostileRepos.NOT_INDEXED);
        assertThat(paths).noneMatch(p -> p.startsWith("node_modules/") || p.contains("/node_modules/"));
        assertThat(paths).noneMatch(p -> p.startsWith("empty/") || p.startsWith("loop/") || p.startsWith("etc-link"));
        assertThat(paths).isSorted();
    }

    @Test
    void readsNothingBeyondTheRoot() throws Exception {
        Workspace ws = Workspace.open(hostile);

        assertThat(ws.files()).allSatisfy(f -> {
            Path real = ws.root().resolve(f.path()).toRealPath();
            assertThat(real).startsWith(hostile.toRealPath());
        });
    }

    @Test
    void aFileOverTheSizeCapIsIndexedButItsContentIsNotRead() throws Exception {
        Workspace ws = Workspace.open(hostile);
        SourceFile huge = ws.file("data/seed-dump.sql").orElseThrow();

        assertThat(huge.size()).isEqualTo(HostileRepos.HUGE_FILE_BYTES);
        assertThat(huge.text()).isEmpty();
        assertThat(huge.lines()).isEmpty();
        assertThat(ws.notes()).contains(new Note("data/seed-dump.sql", "larger than 10 MB (50 MB); content not read"));
    }

    @Test
    void binaryContentBehindAJsExtensionIsNotReadAndSaysSo() throws Exception {
        Workspace ws = Workspace.open(hostile);

        assertThat(ws.file("app.js").orElseThrow().text()).isEmpty();
        assertThat(ws.notes()).contains(new Note("app.js", "binary content in a .js file; not read"));
    }

    @Test
    void invalidUtf8IsReadLosslesslyAsLatin1() throws Exception {
        Workspace ws = Workspace.open(hostile);

        assertThat(ws.file("src/legacy-latin1.php").orElseThrow().text())
                .hasValueSatisfying(t -> assertThat(t).contains("caf\u00e9 cr\u00e8me"));
        assertThat(ws.notes()).contains(new Note("src/legacy-latin1.php", "not valid UTF-8; read as ISO-8859-1"));
    }

    @Test
    void utf16WithAByteOrderMarkIsDecodedSilently() throws Exception {
        Workspace ws = Workspace.open(hostile);

        assertThat(ws.file("docs/runbook-utf16.md").orElseThrow().lines())
                .containsExactly("# Runbook", "", "Restart the worker.");
        assertThat(ws.notes()).noneMatch(n -> n.path().equals("docs/runbook-utf16.md"));
    }

    @Test
    void malformedManifestsAndWorkflowsAreIndexedAsPlainText() throws Exception {
        Workspace ws = Workspace.open(hostile);

        // Parsing is the collectors' job; the workspace hands them the raw text without judging it.
        assertThat(ws.file("package.json").orElseThrow().text())
                .hasValueSatisfying(t -> assertThat(t).contains("\"@supabase/supabase-js\""));
        assertThat(ws.file("pyproject.toml").orElseThrow().lines()).first().isEqualTo("[project");
        assertThat(ws.file(".github/workflows/ci.yml").orElseThrow().text()).isPresent();
        assertThat(ws.file("docs/café – notes.md").orElseThrow().lines()).containsExactly("# Notes");
        assertThat(ws.notes()).noneMatch(n -> n.path().equals("package.json") || n.path().equals("pyproject.toml")
                || n.path().startsWith(".github/"));
    }

    @Test
    void symbolicLinksAreNeverFollowedAndEachOneSaysWhy() throws Exception {
        Workspace ws = Workspace.open(hostile);

        assertThat(ws.notes()).contains(
                new Note("loop/a", "symbolic link loop; not followed"),
                new Note("loop/b", "symbolic link loop; not followed"),
                new Note("etc-link", "symbolic link points outside the scanned folder; not followed"));
    }

    @Test
    void aNamedPipeIsNeverOpened() throws Exception {
        assumeThat(Files.exists(hostile.resolve("pipe.js"), LinkOption.NOFOLLOW_LINKS))
                .as("mkfifo is available").isTrue();

        Workspace ws = Workspace.open(hostile);

        // Indexing it would make text() block forever on open.
        assertThat(ws.file("pipe.js")).isEmpty();
    }

    @Test
    void readingEveryFileGivesExactlyTheExpectedNotes() throws Exception {
        Workspace ws = Workspace.open(hostile);
        List<Note> beforeReading = ws.notes();

        for (SourceFile f : ws.files()) {
            f.text();
            f.lines();
        }
        ws.history().info();

        // Indexing notes come at once; reading notes only once a file is read; history notes on demand.
        assertThat(beforeReading).extracting(Note::path).containsExactlyInAnyOrder("etc-link", "loop/a", "loop/b");
        assertThat(ws.notes()).extracting(Note::path).containsExactly(
                "", "app.js", "data/seed-dump.sql", "etc-link", "loop/a", "loop/b", "src/legacy-latin1.php");
        assertThat(ws.notes().get(0).message()).startsWith("not a git repository");
    }

    @Test
    void anEmptyFolderOpensWithNoFilesAndNoHistory(@TempDir Path tmp) throws Exception {
        Workspace ws = Workspace.open(HostileRepos.empty(tmp.resolve("empty")));

        assertThat(ws.files()).isEmpty();
        assertThat(ws.notes()).isEmpty();
        assertThat(ws.history().present()).isFalse();
        assertThat(ws.history().commits()).isEmpty();
        assertThat(ws.notes()).extracting(Note::message).singleElement().asString().startsWith("not a git repository");
    }

    @Test
    void aFolderWithoutGitIsScannedAndTheMissingHistoryIsNoted(@TempDir Path tmp) throws Exception {
        Workspace ws = Workspace.open(HostileRepos.notGit(tmp.resolve("plain")));

        assertThat(ws.files()).extracting(SourceFile::path).containsExactly("index.html", "main.js");
        assertThat(ws.history().info()).isEmpty();
        assertThat(ws.notes()).containsExactly(
                new Note("", "not a git repository; history-based items cannot be judged"));
    }

    @Test
    void aFullCloneHasItsWholeHistoryAndNoShallowNote(@TempDir Path tmp) throws Exception {
        assumeThat(Git.available()).as("git binary on PATH").isTrue();
        Path origin = HostileRepos.repoWithThreeCommits(tmp.resolve("origin"));

        Workspace ws = Workspace.open(origin);
        GitInfo info = ws.history().info().orElseThrow();

        assertThat(info.shallow()).isFalse();
        assertThat(info.commits()).isEqualTo(3);
        assertThat(info.branch()).isEqualTo("main");
        assertThat(info.authors()).containsExactly("ana@example.com", "ben@example.com");
        assertThat(info.firstCommit()).isBefore(info.lastCommit());
        assertThat(ws.history().commits()).extracting(Commit::subject).containsExactly("bump v", "add app", "first commit");
        assertThat(ws.files()).extracting(SourceFile::path).containsExactly("README.md", "src/app.ts");
        assertThat(ws.notes()).isEmpty();
    }

    @Test
    void aShallowCloneIsReadAndNotedAsIncomplete(@TempDir Path tmp) throws Exception {
        assumeThat(Git.available()).as("git binary on PATH").isTrue();
        Path origin = HostileRepos.repoWithThreeCommits(tmp.resolve("origin"));
        Path clone = HostileRepos.shallowClone(origin, tmp.resolve("clone"));

        Workspace ws = Workspace.open(clone);
        GitInfo info = ws.history().info().orElseThrow();

        assertThat(info.shallow()).isTrue();
        assertThat(info.commits()).isEqualTo(1);
        assertThat(info.authors()).containsExactly("ana@example.com");
        assertThat(ws.history().commits()).singleElement().extracting(Commit::subject).isEqualTo("bump v");
        assertThat(ws.notes()).containsExactly(new Note(".git",
                "shallow clone: only part of the history is present; history findings may be incomplete"));
    }

    @Test
    void aShallowCloneTheGitBinaryRefusesIsReadThroughJgitAndStillNotedAsIncomplete(@TempDir Path tmp)
            throws Exception {
        assumeThat(Git.available()).as("git binary on PATH").isTrue();
        Path origin = HostileRepos.repoWithThreeCommits(tmp.resolve("origin"));
        Path clone = HostileRepos.shallowClone(origin, tmp.resolve("clone"));
        // As when a newer git wrote the repository: this git stops at the unknown extension, JGit reads on.
        HostileRepos.requireUnknownGitExtension(clone);

        Workspace ws = Workspace.open(clone);
        GitInfo info = ws.history().info().orElseThrow();

        assertThat(info.shallow()).isTrue();
        assertThat(info.commits()).isEqualTo(1);
        assertThat(ws.notes()).extracting(Note::message).anyMatch(m -> m.startsWith("shallow clone"));
    }

    @Test
    void aLinkedWorktreeTheGitBinaryRefusesIsStillReadThroughJgit(@TempDir Path tmp) throws Exception {
        assumeThat(Git.available()).as("git binary on PATH").isTrue();
        Path origin = HostileRepos.repoWithThreeCommits(tmp.resolve("origin"));
        Path worktree = HostileRepos.linkedWorktree(origin, tmp.resolve("worktree"));
        HostileRepos.requireUnknownGitExtension(origin);

        Workspace ws = Workspace.open(worktree);

        // Here .git is a file pointing into the main repository, not a folder.
        assertThat(worktree.resolve(".git")).isRegularFile();
        assertThat(ws.history().info()).hasValueSatisfying(info -> assertThat(info.commits()).isEqualTo(3));
        assertThat(ws.files()).extracting(SourceFile::path).containsExactly("README.md", "src/app.ts");
    }

    @Test
    void aWholeAuditOfTheHostileRepositoryFinishesWithEveryCollectorIntact() throws Exception {
        Report report = new Audit().run(AuditRequest.of(hostile));

        // A collector that throws is caught by the audit and leaves this note; none may need that net.
        assertThat(report.notes()).extracting(Note::message).noneMatch(m -> m.contains("stopped early"));
        assertThat(report.notes()).extracting(Note::path).contains("etc-link", "loop/a", "loop/b");
    }
}
