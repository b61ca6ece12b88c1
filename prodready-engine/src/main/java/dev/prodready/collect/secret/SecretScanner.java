package dev.prodready.collect.secret;

import dev.prodready.fact.Evidence;
import dev.prodready.fact.Finding;
import dev.prodready.fact.Note;
import dev.prodready.fact.ScanCoverage;
import dev.prodready.workspace.Git;
import dev.prodready.workspace.SourceFile;
import dev.prodready.workspace.Workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The secrets engine's entry point: scans the working tree, the git history and/or the staged changes of
 * a workspace and returns findings, what was covered, and notes. Used by the secrets collector and by
 * {@code prodready secrets}.
 */
public final class SecretScanner {

    private static final Pattern ENV_FILE = Pattern.compile("^(?:\\.env(?:\\..+)?|.+\\.env)$");

    private SecretScanner() {
    }

    public static SecretScanResult scan(Workspace workspace, SecretScanOptions options) {
        return scan(workspace, options, RuleBook.builtIn());
    }

    /**
     * @throws IllegalArgumentException when {@code options.sinceRev()} names no commit of the repository
     */
    public static SecretScanResult scan(Workspace workspace, SecretScanOptions options, RuleBook book) {
        SecretEngine engine = new SecretEngine(book);
        ClientExposure exposure = ClientExposure.of(workspace, book.allowlist());
        FindingFactory factory = new FindingFactory(book);
        List<Finding> findings = new ArrayList<>();
        List<ScanCoverage> coverage = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        Set<String> treeKeys = new HashSet<>();
        boolean git = workspace.history().present();
        Git runner = workspace.history().git();

        if (options.sinceRev().isPresent() && git && runner.run("rev-parse", "--verify", "-q",
                options.sinceRev().get() + "^{commit}").isEmpty()) {
            throw new IllegalArgumentException("no such revision: " + options.sinceRev().get());
        }
        if (options.tree()) {
            TreeScanner.Result tree = TreeScanner.scan(workspace, engine, exposure, factory);
            findings.addAll(tree.findings());
            treeKeys.addAll(tree.keys());
            notes.addAll(tree.notes());
            int scanned = tree.scanned();
            int suppressed = tree.suppressed();
            findings.addAll(envFiles(workspace, book, factory, git, runner, notes));
            String note = scanned + " of " + workspace.files().size() + " indexed files read"
                    + (suppressed > 0 ? "; " + suppressed + " findings suppressed by prodready-ignore comments" : "");
            coverage.add(new ScanCoverage("secrets", "tree", scanned, "files", Evidence.file(".", note)));
        }
        if (options.history()) {
            if (!git) {
                notes.add(new Note("", "not a git repository (or git is unavailable): history not scanned for secrets"));
            } else {
                String prefix = runner.run("rev-parse", "--show-prefix").orElse("").strip();
                HistoryScanner history = new HistoryScanner(runner, engine, exposure, factory, thirdParty(), prefix);
                HistoryScanner.Result result = history.scan(options.sinceRev(), treeKeys);
                findings.addAll(underRoot(result.findings(), prefix, workspace));
                notes.addAll(result.notes());
                if (result.commits() >= 0) {
                    coverage.add(new ScanCoverage("secrets", "history", result.commits(), "commits",
                            Evidence.file(".git", result.blobs() + " unique file versions read"
                                    + options.sinceRev().map(s -> " (since " + s + ")").orElse(" from all refs")
                                    + (result.binary() > 0 ? ", " + result.binary() + " binary ones left out" : ""))));
                }
            }
        }
        if (options.staged()) {
            if (!git) {
                notes.add(new Note("", "not a git repository: no staged changes to scan"));
            } else {
                StagedScanner.Result result = new StagedScanner(runner, engine, exposure, factory).scan();
                findings.addAll(result.findings());
                notes.addAll(result.notes());
                coverage.add(new ScanCoverage("secrets", "staged", result.files(), "files",
                        Evidence.file(".", "staged added or changed files")));
            }
        }
        findings.sort(Comparator.comparing((Finding f) -> f.evidence().commit() == null ? 0 : 1)
                .thenComparing(f -> f.evidence().path() == null ? "" : f.evidence().path())
                .thenComparingInt(f -> f.evidence().line())
                .thenComparing(Finding::ruleId));
        return new SecretScanResult(findings, coverage, notes);
    }

    /** Folders of third-party code: left out of the history scan as the file index leaves them out of the tree. */
    /**
     * History paths are the repository's; keep those inside the scanned folder, relative to it, and not skipped
     * by the settings. (A key in a committed build folder still counts: it was pushed.)
     */
    static List<Finding> underRoot(List<Finding> findings, String prefix, Workspace workspace) {
        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings) {
            Evidence e = f.evidence();
            if (e.path() == null) {
                kept.add(f);
                continue;
            }
            if (!e.path().startsWith(prefix)) {
                continue;
            }
            String path = e.path().substring(prefix.length());
            if (workspace.skippedBySettings(path)) {
                continue;
            }
            kept.add(new Finding(f.ruleId(), f.itemId(), f.severity(), f.message(), f.redacted(), f.fingerprint(),
                    new Evidence(path, e.line(), e.commit(), e.url(), e.note())));
        }
        return kept;
    }

    private static List<Pattern> thirdParty() {
        return List.of(Pattern.compile("(?:^|/)(?:node_modules|bower_components|jspm_packages|vendor|third_party)/"));
    }

    /** Env files in the working tree: tracked ones are committed; others are at least not ignored. */
    private static List<Finding> envFiles(Workspace workspace, RuleBook book, FindingFactory factory, boolean git,
                                          Git runner, List<Note> notes) {
        List<String> envPaths = new ArrayList<>();
        for (SourceFile file : workspace.files()) {
            String name = file.name().toLowerCase(Locale.ROOT);
            if (ENV_FILE.matcher(name).matches() && !name.equals(".envrc")
                    && book.allowlist().envFileExampleMarkers().stream().noneMatch(name::contains)) {
                envPaths.add(file.path());
            }
        }
        if (envPaths.isEmpty()) {
            return List.of();
        }
        if (!git) {
            notes.add(new Note(envPaths.get(0), "env files present but this is not a git repository; whether they "
                    + "are committed cannot be told"));
            return List.of();
        }
        List<String> args = new ArrayList<>(List.of("-c", "core.quotePath=false", "ls-files", "-z", "--"));
        args.addAll(envPaths);
        Optional<String> listed = runner.run(args.toArray(String[]::new));
        if (listed.isEmpty()) {
            notes.add(new Note(envPaths.get(0), "git could not say whether env files are tracked"));
            return List.of();
        }
        Set<String> tracked = Set.of(listed.get().split("\u0000"));
        // The file index already left out git-ignored files, so an untracked env file here is not ignored.
        return envPaths.stream().map(p -> factory.envFile(p, tracked.contains(p))).toList();
    }
}
