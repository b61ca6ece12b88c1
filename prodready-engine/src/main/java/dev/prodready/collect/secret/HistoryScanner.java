package dev.prodready.collect.secret;

import dev.prodready.fact.Finding;
import dev.prodready.fact.Note;
import dev.prodready.workspace.Git;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * Reads every blob reachable from any ref exactly once, in the order git lists them
 * ({@code rev-list --objects --all} piped into {@code cat-file --batch}), scans them on one thread per core,
 * and attributes what it finds to the commit that added the blob. Memory stays bounded: at most 48 MB of
 * blobs wait for the scanning threads, blobs over 10 MB and binary blobs are skipped, and only blobs with
 * findings are remembered.
 */
final class HistoryScanner {

    static final int MAX_BLOB = 10 * 1024 * 1024;
    private static final int MAX_OCCURRENCES = 32;
    private static final long TIMEOUT_SECONDS = 6 * 3600;
    /** Blob bytes read ahead of the scanning threads at most: bounds memory whatever the thread count. */
    private static final int IN_FLIGHT_BYTES = 48 * 1024 * 1024;
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");
    private static final Set<String> BINARY = Set.of("png", "jpg", "jpeg", "gif", "webp", "avif", "ico", "bmp",
            "tiff", "psd", "heic", "mp3", "mp4", "mov", "wav", "ogg", "webm", "avi", "flac", "woff", "woff2", "ttf",
            "otf", "eot", "pdf", "zip", "gz", "tgz", "bz2", "xz", "7z", "rar", "jar", "war", "ear", "class", "so",
            "dll", "dylib", "exe", "bin", "o", "a", "pyc", "wasm", "db", "sqlite", "sqlite3", "iso", "dmg");

    /**
     * What the history yielded; {@code commits} is -1 when the history could not be read at all.
     * {@code binary} counts binary blobs left out, like binary files in the tree: expected, not a note.
     */
    record Result(List<Finding> findings, long commits, long blobs, long binary, long covered, List<Note> notes) {
    }

    /** One sighting; {@code order} is the blob's position in the listing (later means older, mostly). */
    private record Occurrence(String blob, String path, long order, SecretMatch match) {
    }

    /** One distinct secret (rule and value) and the blobs it was seen in: the latest-listed ones are kept. */
    private static final class Seen {
        final List<Occurrence> occurrences = new ArrayList<>();
        int count;

        void add(Occurrence o) {
            for (Occurrence known : occurrences) {
                if (known.blob().equals(o.blob())) {
                    return;
                }
            }
            count++;
            if (occurrences.size() < MAX_OCCURRENCES) {
                occurrences.add(o);
                return;
            }
            int lowest = 0;
            for (int i = 1; i < occurrences.size(); i++) {
                if (occurrences.get(i).order() < occurrences.get(lowest).order()) {
                    lowest = i;
                }
            }
            if (occurrences.get(lowest).order() < o.order()) {
                occurrences.set(lowest, o);
            }
        }
    }

    private final Git git;
    private final SecretEngine engine;
    private final ClientExposure exposure;
    private final FindingFactory factory;
    private final List<Pattern> skipPaths;
    private final String prefix;
    private final List<Note> notes = Collections.synchronizedList(new ArrayList<>());
    private long binarySkipped;

    /**
     * @param prefix the scanned folder's path inside the repository ("" at the top, else ending in "/"):
     *               blobs elsewhere in the repository are not the scanned application's
     */
    HistoryScanner(Git git, SecretEngine engine, ClientExposure exposure, FindingFactory factory,
                   List<Pattern> skipPaths, String prefix) {
        this.git = git;
        this.prefix = prefix;
        this.engine = engine;
        this.exposure = exposure;
        this.factory = factory;
        this.skipPaths = skipPaths;
    }

    /**
     * @param treeKeys secrets already reported from the working tree (by rule and value): not repeated
     */
    Result scan(Optional<String> since, Set<String> treeKeys) {
        return attribute(read(since, Map.of()), treeKeys);
    }

    /** What reading the history found, before the working tree's findings are taken out of it. */
    static final class Read {
        private final Optional<String> since;
        private final long commits;
        private final long blobs;
        private final Map<String, Seen> seen;
        private final boolean failed;
        private final long covered;

        private Read(Optional<String> since, long commits, long blobs, Map<String, Seen> seen, boolean failed,
                     long covered) {
            this.since = since;
            this.commits = commits;
            this.blobs = blobs;
            this.seen = seen;
            this.failed = failed;
            this.covered = covered;
        }

        /** File versions not read because the working-tree scan read the same content at the same path. */
        long covered() {
            return covered;
        }
    }

    /**
     * Reads and scans every blob; independent of the working tree's findings, so it can run beside the tree scan.
     *
     * @param covered repository path (raw bytes as ISO-8859-1 characters, as git lists them) to blob id, for files
     *                the working-tree scan reads with exactly HEAD's content: the listing's entry for that blob at
     *                that path is left out, since scanning it again can only find what the tree scan finds
     */
    Read read(Optional<String> since, Map<String, String> covered) {
        if (git.run("rev-parse", "--is-shallow-repository").orElse("").strip().equals("true")) {
            notes.add(new Note(".git", "shallow clone: commits before the clone boundary are missing, so secrets "
                    + "in them were not scanned; fetch the full history (git fetch --unshallow) for a complete scan"));
        }
        long commits = countCommits(since);
        Map<String, Seen> seen = new LinkedHashMap<>();
        AtomicLong skipped = new AtomicLong();
        try {
            long blobs = readBlobs(since, seen, covered, skipped);
            return new Read(since, commits, blobs, seen, false, skipped.get());
        } catch (IOException e) {
            notes.add(new Note(".git", "git history could not be read (" + e.getClass().getSimpleName()
                    + "); history not scanned for secrets"));
            return new Read(since, -1, 0, seen, true, 0);
        }
    }

    /**
     * Findings for the secrets seen in history, each attributed to the commit that added it.
     *
     * @param treeKeys secrets already reported from the working tree (by rule and value): not repeated
     */
    Result attribute(Read read, Set<String> treeKeys) {
        if (read.failed) {
            return new Result(List.of(), -1, 0, 0, 0, notes);
        }
        Optional<String> since = read.since;
        long commits = read.commits;
        long blobs = read.blobs;
        Map<String, Seen> seen = read.seen;
        seen.keySet().removeAll(treeKeys);
        if (seen.isEmpty()) {
            return new Result(List.of(), commits, blobs, binarySkipped, read.covered, notes);
        }
        Set<String> flagged = new HashSet<>();
        seen.values().forEach(s -> s.occurrences.forEach(o -> flagged.add(o.blob())));
        Optional<String> head = git.run("rev-parse", "--verify", "-q", "HEAD^{commit}").map(String::strip)
                .filter(h -> !h.isEmpty());
        Map<String, String> inHead = head.isPresent() ? blobsInHead(flagged) : Map.of();
        Map<String, FindingFactory.Origin> origins = origins(since, flagged);
        List<Finding> findings = new ArrayList<>();
        for (Seen s : seen.values()) {
            s.occurrences.sort(Comparator.comparingLong(Occurrence::order));
            Occurrence current = s.occurrences.stream().filter(o -> inHead.containsKey(o.blob())).findFirst()
                    .orElse(null);
            if (current != null) {
                String path = inHead.get(current.blob());
                findings.add(factory.current(current.match(), path, head.get()));
                continue;
            }
            Occurrence first = null;
            FindingFactory.Origin origin = null;
            for (Occurrence o : s.occurrences) {
                FindingFactory.Origin candidate = origins.get(o.blob());
                if (candidate != null && (origin == null || candidate.when().isBefore(origin.when()))) {
                    origin = candidate;
                    first = o;
                }
            }
            if (origin == null) {
                first = s.occurrences.get(s.occurrences.size() - 1);
                origin = new FindingFactory.Origin(null, first.path(), "", null);
            }
            findings.add(factory.historical(first.match(), origin, s.count));
        }
        return new Result(findings, commits, blobs, binarySkipped, read.covered, notes);
    }

    private long countCommits(Optional<String> since) {
        List<String> args = new ArrayList<>(List.of("rev-list", "--count", "--all"));
        since.ifPresent(s -> args.addAll(List.of("--not", s)));
        try {
            return Long.parseLong(git.run(args.toArray(String[]::new)).orElse("0").strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private long readBlobs(Optional<String> since, Map<String, Seen> seen, Map<String, String> covered,
                           AtomicLong skipped) throws IOException {
        List<String> listArgs = new ArrayList<>(List.of("rev-list", "--objects", "--all", "--missing=print",
                "--filter=object:type=blob"));
        since.ifPresent(s -> listArgs.addAll(List.of("--not", s)));
        AtomicLong missing = new AtomicLong();
        AtomicReference<IOException> pumpError = new AtomicReference<>();
        long blobs = 0;
        long large = 0;
        long binary = 0;
        try (GitProcess list = GitProcess.start(git, listArgs);
             GitProcess cat = GitProcess.start(git, List.of("cat-file", "--buffer",
                     "--batch=%(objectname) %(objecttype) %(objectsize) %(rest)"))) {
            Thread pump = new Thread(() -> pump(list, cat, missing, pumpError, covered, skipped), "secrets-rev-list");
            pump.setDaemon(true);
            pump.start();
            BufferedInputStream in = new BufferedInputStream(cat.stdout(), 1 << 16);
            byte[] header = new byte[1 << 16];
            int workers = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
            ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "secrets-history-scan");
                t.setDaemon(true);
                return t;
            });
            Semaphore budget = new Semaphore(IN_FLIGHT_BYTES);
            long order = 0;
            try {
                while (true) {
                    int headerLength = readLine(in, header);
                    if (headerLength < 0) {
                        break;
                    }
                    String line = new String(header, 0, Math.min(headerLength, header.length), StandardCharsets.UTF_8);
                    String[] parts = line.split(" ", 4);
                    if (parts.length < 3) {
                        missing.incrementAndGet();
                        continue;
                    }
                    long size = Long.parseLong(parts[2]);
                    String path = parts.length == 4 ? parts[3] : "";
                    boolean wanted = parts[1].equals("blob") && size <= MAX_BLOB && path.startsWith(prefix) && !skipped(path);
                    if (!wanted) {
                        if (parts[1].equals("blob") && size > MAX_BLOB) {
                            large++;
                        }
                        in.skipNBytes(size);
                    } else {
                        byte[] data = in.readNBytes((int) size);
                        if (data.length < size) {
                            throw new IOException("truncated object");
                        }
                        if (looksBinary(data, data.length)) {
                            binary++;
                        } else {
                            blobs++;
                            int permits = data.length;
                            budget.acquireUninterruptibly(permits);
                            long position = order++;
                            String blob = parts[0];
                            pool.execute(() -> {
                                try {
                                    scanBlob(blob, path, position, data, seen);
                                } finally {
                                    budget.release(permits);
                                }
                            });
                        }
                    }
                    in.read();
                }
            } finally {
                pool.shutdown();
                try {
                    if (!pool.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                        pool.shutdownNow();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    pool.shutdownNow();
                }
            }
            try {
                pump.join(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int listExit = list.waitFor(TIMEOUT_SECONDS);
            int catExit = cat.waitFor(TIMEOUT_SECONDS);
            if (listExit != 0 || catExit != 0 || pumpError.get() != null) {
                String why = !list.error().isEmpty() ? list.error() : cat.error();
                notes.add(new Note(".git", "git history could not be listed completely"
                        + (why.isEmpty() ? "" : " (" + why + ")") + "; history secret findings may be incomplete"));
            }
        }
        if (missing.get() > 0) {
            notes.add(new Note(".git", missing.get() + " objects are missing from the repository (partial clone or "
                    + "damage); their content was not scanned for secrets"));
        }
        if (large > 0) {
            notes.add(new Note(".git", large + " history blobs larger than 10 MB were not scanned for secrets"));
        }
        binarySkipped = binary;
        return blobs;
    }

    private void scanBlob(String blob, String path, long order, byte[] data, Map<String, Seen> seen) {
        SecretEngine.BlobResult result;
        try {
            result = engine.scan(path, data, data.length, exposure);
        } catch (StackOverflowError | RuntimeException e) {
            notes.add(new Note(path, "a version of this file in history (blob " + blob.substring(0, 10)
                    + ") could not be scanned for secrets: " + e.getClass().getSimpleName()));
            return;
        }
        for (SecretMatch m : result.matches()) {
            if (m.rule().role() != Role.SECRET) {
                continue;
            }
            String key = m.key();
            synchronized (seen) {
                seen.computeIfAbsent(key, k -> new Seen()).add(new Occurrence(blob, path, order, m));
            }
        }
    }

    private boolean skipped(String path) {
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf('/') && BINARY.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (Pattern p : skipPaths) {
            if (p.matcher(path).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksBinary(byte[] data, int length) {
        int limit = Math.min(length, 8000);
        for (int i = 0; i < limit; i++) {
            if (data[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** Copies blob lines of rev-list into cat-file; counts objects rev-list reports missing. */
    private static void pump(GitProcess list, GitProcess cat, AtomicLong missing, AtomicReference<IOException> error,
                             Map<String, String> covered, AtomicLong skipped) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(list.stdout(),
                StandardCharsets.ISO_8859_1), 1 << 16);
             Writer writer = new BufferedWriter(new OutputStreamWriter(cat.stdin(), StandardCharsets.ISO_8859_1),
                     1 << 16)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("?")) {
                    missing.incrementAndGet();
                } else {
                    int space = line.indexOf(' ');
                    if (space <= 0) {
                        continue;
                    }
                    String blob = covered.isEmpty() ? null : covered.get(line.substring(space + 1));
                    if (blob != null && line.regionMatches(0, blob, 0, space) && blob.length() == space) {
                        skipped.incrementAndGet();
                        continue;
                    }
                    writer.write(line);
                    writer.write('\n');
                }
            }
        } catch (IOException e) {
            error.set(e);
        }
    }

    /** Reads up to '\n' into {@code buffer}; the length, or -1 at end of stream. */
    private static int readLine(InputStream in, byte[] buffer) throws IOException {
        int n = 0;
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                return n;
            }
            if (n < buffer.length) {
                buffer[n] = (byte) b;
            }
            n++;
        }
        return n == 0 ? -1 : n;
    }

    /**
     * HEAD's blob for each repository path the working-tree scan reads unchanged: in {@code readInTree}
     * (repository paths), and not modified, staged or deleted according to {@code git status}. Paths as raw bytes
     * in ISO-8859-1 characters, as {@link #pump} sees them. Empty when git cannot tell.
     */
    Map<String, String> coveredByTree(Set<String> readInTree) {
        Map<String, String> head = new HashMap<>();
        try {
            forEachEntry(List.of("-c", "core.quotePath=false", "ls-tree", "-r", "-z", "--full-tree", "HEAD"), entry -> {
                int tab = entry.indexOf('\t');
                if (tab > 0) {
                    String[] meta = entry.substring(0, tab).split(" ");
                    String path = entry.substring(tab + 1);
                    if (meta.length == 3 && meta[1].equals("blob") && readInTree.contains(path)) {
                        head.put(path, meta[2]);
                    }
                }
            });
            // Porcelain v1 -z: "XY path", and a rename's or copy's source path as the next entry.
            boolean[] source = {false};
            forEachEntry(List.of("--no-optional-locks", "-c", "core.quotePath=false", "status", "--porcelain=v1", "-z",
                    "--untracked-files=no", "--no-renames"), entry -> {
                if (source[0]) {
                    head.remove(entry);
                    source[0] = false;
                } else if (entry.length() > 3) {
                    head.remove(entry.substring(3));
                    source[0] = entry.charAt(0) == 'R' || entry.charAt(0) == 'C';
                }
            });
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return head;
    }

    /** Runs git and hands each NUL-terminated entry of its output, bytes as ISO-8859-1 characters. */
    private void forEachEntry(List<String> args, java.util.function.Consumer<String> entry) throws IOException {
        try (GitProcess p = GitProcess.start(git, args)) {
            BufferedInputStream in = new BufferedInputStream(p.stdout(), 1 << 16);
            java.io.ByteArrayOutputStream current = new java.io.ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0) {
                if (b == 0) {
                    entry.accept(current.toString(StandardCharsets.ISO_8859_1));
                    current.reset();
                } else {
                    current.write(b);
                }
            }
            if (p.waitFor(600) != 0) {
                throw new IOException("git " + args.get(args.size() > 2 ? 2 : 0) + " failed");
            }
        }
    }

    /** Which of the flagged blobs are in HEAD's tree, and at which path. */
    private Map<String, String> blobsInHead(Set<String> flagged) {
        Map<String, String> result = new HashMap<>();
        try (GitProcess ls = GitProcess.start(git, List.of("-c", "core.quotePath=false", "ls-tree", "-r", "-z",
                "--full-tree", "HEAD"))) {
            BufferedInputStream in = new BufferedInputStream(ls.stdout(), 1 << 16);
            byte[] chunk = new byte[1 << 16];
            java.io.ByteArrayOutputStream current = new java.io.ByteArrayOutputStream();
            int n;
            while ((n = in.read(chunk)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (chunk[i] == 0) {
                        headEntry(current.toString(StandardCharsets.UTF_8), flagged, result);
                        current.reset();
                    } else {
                        current.write(chunk[i]);
                    }
                }
            }
            ls.waitFor(600);
        } catch (IOException e) {
            notes.add(new Note(".git", "HEAD tree could not be listed; history findings may include files still in HEAD"));
        }
        return result;
    }

    private static void headEntry(String entry, Set<String> flagged, Map<String, String> result) {
        int tab = entry.indexOf('\t');
        if (tab < 0) {
            return;
        }
        String[] meta = entry.substring(0, tab).split(" ");
        if (meta.length == 3 && meta[1].equals("blob") && flagged.contains(meta[2])) {
            result.putIfAbsent(meta[2], entry.substring(tab + 1));
        }
    }

    /** The oldest commit that added each flagged blob, from one pass over the log's raw diffs. */
    private Map<String, FindingFactory.Origin> origins(Optional<String> since, Set<String> flagged) {
        Map<String, FindingFactory.Origin> result = new HashMap<>();
        List<String> args = new ArrayList<>(List.of("-c", "core.quotePath=false", "log", "--all", "--raw",
                "--no-renames", "--no-abbrev", "-c", "--format=%x01%H%x1f%an%x1f%aI"));
        since.ifPresent(s -> args.addAll(List.of("--not", s)));
        try (GitProcess log = GitProcess.start(git, args)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(log.stdout(), StandardCharsets.UTF_8),
                    1 << 16);
            String commit = null;
            String author = "";
            Instant when = null;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("\u0001")) {
                    String[] head = line.substring(1).split("\u001f", 3);
                    commit = head[0];
                    author = head.length > 1 ? head[1] : "";
                    when = head.length > 2 ? instant(head[2]) : null;
                } else if (line.startsWith(":") && commit != null) {
                    int tab = line.indexOf('\t');
                    if (tab < 0) {
                        continue;
                    }
                    String[] fields = line.substring(0, tab).split(" ");
                    if (fields.length < 2) {
                        continue;
                    }
                    String blob = fields[fields.length - 2];
                    if (flagged.contains(blob) && SHA.matcher(blob).matches()) {
                        // The log runs newest first: the last sighting is the commit that introduced it.
                        result.put(blob, new FindingFactory.Origin(commit, line.substring(tab + 1), author,
                                when == null ? Instant.EPOCH : when));
                    }
                }
            }
            if (log.waitFor(TIMEOUT_SECONDS) != 0) {
                notes.add(new Note(".git", "commit log could not be read completely; some history findings name "
                        + "no commit"));
            }
        } catch (IOException e) {
            notes.add(new Note(".git", "commit log could not be read; history findings name no commit"));
        }
        return result;
    }

    private static Instant instant(String iso) {
        try {
            return OffsetDateTime.parse(iso.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
