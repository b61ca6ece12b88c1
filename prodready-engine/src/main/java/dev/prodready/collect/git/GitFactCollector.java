package dev.prodready.collect.git;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.prodready.collect.Collector;
import dev.prodready.collect.FactSink;
import dev.prodready.collect.pattern.Glob;
import dev.prodready.collect.pattern.GlobIndex;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.GitFact;
import dev.prodready.fact.ReleaseTag;
import dev.prodready.fact.UntrackedFile;
import dev.prodready.fact.ScanCoverage;
import dev.prodready.workspace.Commit;
import dev.prodready.workspace.GitHistory;
import dev.prodready.workspace.Tag;
import dev.prodready.workspace.Workspace;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Who changed deployment-related files and when: one {@link GitFact} per commit and deployment path
 * (CI, infrastructure, containers, platform configuration, deploy scripts; list in
 * {@code signals/deployment-paths.yml}), over the newest commits reachable from HEAD. One more GitFact with
 * an empty path summarises HEAD itself, so that checks know the history was read and how recent it is.
 */
public final class GitFactCollector implements Collector {

    static final String RESOURCE = "signals/deployment-paths.yml";
    public static final int DEFAULT_MAX_COMMITS = 2_000;
    /** How many release tags (newest first) become facts. */
    static final int MAX_TAGS = 20;
    private static final Pattern RELEASE_TAG = Pattern.compile(
            "(?i)(?:.*/)?(?:v?\\d+(?:\\.\\d+){1,3}(?:[-+.][\\w.+-]*)?|release[-_/.]?[\\w.+-]+)");

    private final int maxCommits;
    private volatile Paths paths;

    /** The deployment globs, and the globs that veto a path. */
    private record Paths(GlobIndex<String> included, List<Glob> excluded) {
    }

    public GitFactCollector() {
        this(DEFAULT_MAX_COMMITS);
    }

    GitFactCollector(int maxCommits) {
        this.maxCommits = maxCommits;
    }

    /** Loaded on first use so that a data defect becomes a note, not a crash of the registry. */
    private Paths paths() {
        Paths result = paths;
        if (result == null) {
            synchronized (this) {
                if (paths == null) {
                    JsonNode data = load();
                    GlobIndex<String> included = new GlobIndex<>();
                    List<Glob> excluded = new ArrayList<>();
                    data.path("paths").forEach(p -> included.add(Glob.of(p.asText(), true), p.asText()));
                    data.path("exclude").forEach(p -> excluded.add(Glob.of(p.asText(), true)));
                    paths = new Paths(included, List.copyOf(excluded));
                }
                result = paths;
            }
        }
        return result;
    }

    @Override
    public String id() {
        return "git-facts";
    }

    @Override
    public void collect(Workspace workspace, FactSink sink) {
        GitHistory history = workspace.history();
        if (!history.present()) {
            return; // no repository, or git could not read it: the workspace notes why
        }
        try {
            paths();
        } catch (RuntimeException e) {
            sink.note("", "deployment path list could not be loaded (" + e.getMessage() + "); no git facts");
            return;
        }
        List<Commit> commits = history.commits();
        if (commits.isEmpty()) {
            return; // an empty or unreadable log: GitHistory has noted it
        }
        Commit head = commits.get(0);
        sink.add(new GitFact(head.hash(), head.authorEmail(), head.when(), "",
                Evidence.inCommit(head.hash(), null, 0, "HEAD: " + head.subject())));
        int examined = Math.min(commits.size(), maxCommits);
        for (int i = 0; i < examined; i++) {
            Commit commit = commits.get(i);
            for (String path : commit.files()) {
                try {
                    if (!workspace.excluded(path) && deployment(path)) {
                        sink.add(new GitFact(commit.hash(), commit.authorEmail(), commit.when(), path,
                                Evidence.inCommit(commit.hash(), path, 0, commit.subject())));
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    sink.note(path, "deployment history: could not judge this path in commit " + commit.hash());
                }
            }
        }
        if (commits.size() > maxCommits) {
            sink.note(".git", "deployment history: only the newest " + String.format("%,d", maxCommits) + " of "
                    + String.format("%,d", commits.size()) + " commits were examined");
        }
        sink.add(new ScanCoverage(id(), "history", examined, "commits",
                Evidence.file(".git", "deployment changes looked for in the newest " + examined + " commits")));
        releaseTags(history, sink);
        untracked(workspace, history, sink);
    }

    /** Deployment files on disk that were never added to git (neither tracked nor ignored). */
    private void untracked(Workspace workspace, GitHistory history, FactSink sink) {
        List<String> untracked = history.untracked();
        if (untracked.isEmpty()) {
            return;
        }
        java.util.Set<String> files = new java.util.HashSet<>();
        List<String> folders = new ArrayList<>();
        for (String u : untracked) {
            if (u.endsWith("/")) {
                folders.add(u);
            } else {
                files.add(u);
            }
        }
        workspace.files().stream().map(f -> f.path())
                .filter(p -> files.contains(p) || folders.stream().anyMatch(p::startsWith))
                .filter(p -> !workspace.excluded(p) && deployment(p))
                .sorted()
                .forEach(p -> sink.add(new UntrackedFile(p, Evidence.file(p, "not committed to git"))));
    }

    /** Version-like tags, newest first: named commits a rollback can redeploy. */
    private static void releaseTags(GitHistory history, FactSink sink) {
        history.tags().stream()
                .filter(t -> releaseTag(t.name()) && !t.commit().isEmpty())
                .limit(MAX_TAGS)
                .forEach(t -> sink.add(new ReleaseTag(t.name(), t.commit(), t.when(),
                        Evidence.inCommit(t.commit(), null, 0, "tag " + t.name()))));
    }

    /** v1.2.3, 1.2.3, 1.2, v2.0.0-rc.1, release-2026-01, api/v1.4.0. */
    static boolean releaseTag(String name) {
        return RELEASE_TAG.matcher(name).matches();
    }

    /** Whether a change to {@code path} is a deployment change. */
    boolean deployment(String path) {
        Paths p = paths();
        if (p.included().matching(path).isEmpty()) {
            return false;
        }
        for (Glob g : p.excluded()) {
            if (g.matches(path)) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode load() {
        try (InputStream in = GitFactCollector.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + ": not found on the classpath");
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            if (root == null || !root.path("paths").isArray() || root.path("paths").isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": no paths");
            }
            return root;
        } catch (IOException e) {
            throw new IllegalStateException(RESOURCE + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
