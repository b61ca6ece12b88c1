package dev.prodready.collect.secret;

import dev.prodready.collect.FileText;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Finding;
import dev.prodready.fact.Note;
import dev.prodready.fact.ScanCoverage;
import dev.prodready.workspace.Git;
import dev.prodready.workspace.SourceFile;
import dev.prodready.workspace.Workspace;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The secrets engine's entry point: scans the working tree, the git history and/or the staged changes of
 * a workspace and returns findings, what was covered, and notes. Used by the secrets collector (which feeds it
 * the files of the audit's shared file pass) and by {@code prodready secrets}.
 *
 * <p>One scan is {@link #start}, then {@link #file} for each working-tree file (from any thread), then
 * {@link #finish}. The history is read on its own thread from the start, beside the tree scan; only telling its
 * findings apart from the tree's waits for the end.
 */
public final class SecretScanner {

    private static final Pattern ENV_FILE = Pattern.compile("^(?:\\.env(?:\\..+)?|.+\\.env)$");

    /** What one working-tree file yielded: findings in line order, and notes. */
    public record FileResult(List<Finding> findings, List<Note> notes) {
        static final FileResult NONE = new FileResult(List.of(), List.of());
    }

    private final Workspace workspace;
    private final SecretScanOptions options;
    private final RuleBook book;
    private final SecretEngine engine;
    private final ClientExposure exposure;
    private final FindingFactory factory;
    private final boolean git;
    private final Git runner;
    private final Set<String> treeKeys = ConcurrentHashMap.newKeySet();
    private final LongAdder scanned = new LongAdder();
    private final LongAdder suppressed = new LongAdder();
    private final HistoryScanner history;
    private final CompletableFuture<HistoryScanner.Read> historyRead;
    private final String prefix;

    private SecretScanner(Workspace workspace, SecretScanOptions options, RuleBook book) {
        this.workspace = workspace;
        this.options = options;
        this.book = book;
        this.engine = SecretEngine.of(book);
        this.exposure = ClientExposure.of(workspace, book.allowlist());
        this.factory = new FindingFactory(book);
        this.git = workspace.history().present();
        this.runner = workspace.history().git();
        if (options.sinceRev().isPresent() && git && runner.run("rev-parse", "--verify", "-q",
                options.sinceRev().get() + "^{commit}").isEmpty()) {
            throw new IllegalArgumentException("no such revision: " + options.sinceRev().get());
        }
        if (options.history() && git) {
            prefix = runner.run("rev-parse", "--show-prefix").orElse("").strip();
            history = new HistoryScanner(runner, engine, exposure, factory, thirdParty(), prefix);
            boolean treeToo = options.tree();
            historyRead = CompletableFuture.supplyAsync(() -> history.read(options.sinceRev(),
                    treeToo ? history.coveredByTree(readInTree(workspace, prefix)) : Map.of()), SecretScanner::daemon);
        } else {
            prefix = "";
            history = null;
            historyRead = null;
        }
    }

    /** Repository paths (UTF-8 bytes as ISO-8859-1 characters, as git lists them) of the files the tree scan reads. */
    private static Set<String> readInTree(Workspace workspace, String prefix) {
        Set<String> paths = new HashSet<>();
        for (SourceFile f : workspace.files()) {
            if (!f.tooLarge()) {
                paths.add(new String((prefix + f.path()).getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
            }
        }
        return paths;
    }

    private static void daemon(Runnable task) {
        Thread t = new Thread(task, "secrets-history");
        t.setDaemon(true);
        t.start();
    }

    public static SecretScanResult scan(Workspace workspace, SecretScanOptions options) {
        return scan(workspace, options, RuleBook.builtIn());
    }

    /**
     * Scans the working tree (files in parallel), history and staged changes as the options say.
     *
     * @throws IllegalArgumentException when {@code options.sinceRev()} names no commit of the repository
     */
    public static SecretScanResult scan(Workspace workspace, SecretScanOptions options, RuleBook book) {
        SecretScanner scanner = start(workspace, options, book);
        List<Finding> findings = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        if (options.tree()) {
            List<SourceFile> files = workspace.files();
            FileResult[] results = new FileResult[files.size()];
            IntStream.range(0, files.size()).parallel().forEach(i -> results[i] = scanner.file(files.get(i),
                    files.get(i).text()));
            for (FileResult r : results) {
                findings.addAll(r.findings());
                notes.addAll(r.notes());
            }
        }
        SecretScanResult rest = scanner.finish();
        findings.addAll(rest.findings());
        notes.addAll(rest.notes());
        findings.sort(Comparator.comparing((Finding f) -> f.evidence().commit() == null ? 0 : 1)
                .thenComparing(f -> f.evidence().path() == null ? "" : f.evidence().path())
                .thenComparingInt(f -> f.evidence().line())
                .thenComparing(Finding::ruleId));
        return new SecretScanResult(findings, rest.coverage(), notes);
    }

    /**
     * Begins a scan; the history (when the options ask for it) starts being read at once.
     *
     * @throws IllegalArgumentException when {@code options.sinceRev()} names no commit of the repository
     */
    public static SecretScanner start(Workspace workspace, SecretScanOptions options, RuleBook book) {
        return new SecretScanner(workspace, options, book);
    }

    /** Scans one working-tree file; thread-safe. {@code text} is empty for a file that could not be read. */
    public FileResult file(SourceFile file, Optional<String> text) {
        if (text.isEmpty()) {
            return FileResult.NONE;
        }
        return file(file, () -> engine.scan(file.path(), text.get(), exposure));
    }

    /** As {@link #file(SourceFile, Optional)}, with the keyword walk shared with the pass's other collectors. */
    public FileResult file(SourceFile file, FileText text) {
        if (text.get().isEmpty()) {
            return FileResult.NONE;
        }
        return file(file, () -> engine.scan(file.path(), text.get().get(), text.hits(engine.automaton()), exposure));
    }

    private FileResult file(SourceFile file, Supplier<SecretEngine.BlobResult> scan) {
        scanned.increment();
        SecretEngine.BlobResult result;
        try {
            result = scan.get();
        } catch (StackOverflowError | RuntimeException e) {
            return new FileResult(List.of(), List.of(new Note(file.path(), "could not be scanned for secrets: "
                    + e.getClass().getSimpleName())));
        }
        if (result.matches().isEmpty() && result.notes().isEmpty() && result.suppressed() == 0) {
            return FileResult.NONE;
        }
        suppressed.add(result.suppressed());
        List<Finding> findings = new ArrayList<>();
        for (SecretMatch m : result.matches()) {
            findings.add(factory.current(m, file.path(), null));
            treeKeys.add(m.key());
        }
        List<Note> notes = result.notes().stream().map(n -> new Note(file.path(), n)).toList();
        return new FileResult(findings, notes);
    }

    /**
     * After every tree file: committed env files, the history's findings (those not already in the tree) and the
     * staged changes, with what was covered. Tree findings are not repeated here.
     */
    public SecretScanResult finish() {
        List<Finding> findings = new ArrayList<>();
        List<ScanCoverage> coverage = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        if (options.tree()) {
            findings.addAll(envFiles(workspace, book, factory, git, runner, notes));
            String note = scanned.sum() + " of " + workspace.files().size() + " indexed files read"
                    + (suppressed.sum() > 0 ? "; " + suppressed.sum() + " findings suppressed by prodready-ignore comments" : "");
            coverage.add(new ScanCoverage("secrets", "tree", scanned.sum(), "files", Evidence.file(".", note)));
        }
        if (options.history()) {
            if (!git) {
                notes.add(new Note("", "not a git repository (or git is unavailable): history not scanned for secrets"));
            } else {
                HistoryScanner.Result result = history.attribute(historyRead.join(), treeKeys);
                findings.addAll(underRoot(result.findings(), prefix, workspace));
                notes.addAll(result.notes());
                if (result.commits() >= 0) {
                    coverage.add(new ScanCoverage("secrets", "history", result.commits(), "commits",
                            Evidence.file(".git", result.blobs() + " unique file versions read"
                                    + (result.covered() > 0 ? " (" + result.covered() + " more, identical to the working"
                                    + " tree, were covered by its scan)" : "")
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
