package dev.prodready.collect.pattern;

import dev.prodready.collect.FactSink;
import dev.prodready.collect.FileCollector;
import dev.prodready.collect.FileScan;
import dev.prodready.collect.FileScans;
import dev.prodready.collect.FileText;
import dev.prodready.collect.text.KeywordAutomaton;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.ScanCoverage;
import dev.prodready.workspace.SourceFile;
import dev.prodready.workspace.Workspace;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.regex.Matcher;

/**
 * Runs the content patterns over every text file they apply to: file globs first (no read when none
 * applies), then one keyword pass over the file, and a pattern's regex only on the lines where one of its
 * keywords occurs (at most once per line). The examples test holds every pattern to the same rule, so a
 * pattern's match examples always carry one of its keywords.
 */
public final class ContentPatternCollector implements FileCollector {

    static final long MAX_BYTES = 2L * 1024 * 1024;
    /** Generated or minified lines: matching them costs much and tells little. */
    static final int MAX_LINE_CHARS = 5_000;
    static final int MAX_TEXT_CHARS = 200;
    static final int MAX_MATCHES_PER_PATTERN_PER_FILE = 100;

    private final Supplier<ContentPatterns.Loaded> patterns;
    private volatile PatternPlan plan;
    private volatile List<String> problems = List.of();

    /** Uses the built-in pattern files ({@link ContentPatterns#FILES}); a defective file is noted and skipped. */
    public ContentPatternCollector() {
        this(ContentPatterns::builtInLenient);
    }

    public ContentPatternCollector(List<ContentPattern> patterns) {
        this(() -> new ContentPatterns.Loaded(patterns, List.of()));
    }

    ContentPatternCollector(Supplier<ContentPatterns.Loaded> patterns) {
        this.patterns = patterns;
    }

    @Override
    public String id() {
        return "content-patterns";
    }

    @Override
    public FileScan begin(Workspace workspace, FactSink sink) {
        PatternPlan compiled;
        try {
            compiled = plan();
        } catch (RuntimeException e) {
            sink.note("", "content patterns could not be loaded (" + e.getMessage() + "); none were run");
            return FileScans.NONE;
        }
        problems.forEach(problem -> sink.note("", "content patterns: " + problem));
        if (compiled.patterns.isEmpty()) {
            return FileScans.NONE;
        }
        LongAdder scanned = new LongAdder();
        return new FileScan() {
            @Override
            public void file(SourceFile file, FileText text, FactSink out) {
                if (scan(compiled, file, text, out)) {
                    scanned.increment();
                }
            }

            @Override
            public void end(FactSink out) {
                out.add(new ScanCoverage("content-patterns", "tree", scanned.sum(), "files", Evidence.file(".",
                        compiled.patterns.size() + " content patterns run over " + scanned.sum() + " files")));
            }
        };
    }

    private PatternPlan plan() {
        PatternPlan result = plan;
        if (result == null) {
            synchronized (this) {
                if (plan == null) {
                    ContentPatterns.Loaded loaded = patterns.get();
                    problems = loaded.problems();
                    plan = new PatternPlan(loaded.patterns());
                }
                result = plan;
            }
        }
        return result;
    }

    /** With PRODREADY_PATTERN_PROFILE set: nanoseconds spent in each pattern's regex, printed on stderr at exit. */
    private static final java.util.Map<String, java.util.concurrent.atomic.LongAdder> PROFILE =
            System.getenv("PRODREADY_PATTERN_PROFILE") == null ? null : profile();

    private static java.util.Map<String, java.util.concurrent.atomic.LongAdder> profile() {
        java.util.Map<String, java.util.concurrent.atomic.LongAdder> times = new java.util.concurrent.ConcurrentHashMap<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> times.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum())).limit(15)
                .forEach(e -> System.err.printf("pattern %-48s %6d ms%n", e.getKey(), e.getValue().sum() / 1_000_000))));
        return times;
    }

    /** True when the file was read and searched. */
    private static boolean scan(PatternPlan plan, SourceFile file, FileText text, FactSink sink) {
        BitSet applicable = plan.applicable(file.path());
        if (applicable.isEmpty()) {
            return false;
        }
        if (file.size() > MAX_BYTES) {
            sink.note(file.path(), "larger than 2 MB; content patterns not run on it");
            return false;
        }
        Optional<String> content = text.get();
        if (content.isEmpty()) {
            return false; // binary, unreadable or too large: the workspace has noted why
        }
        new OneFile(plan, file.path(), content.get(), applicable, sink).run(text);
        return true;
    }

    /** One file: keyword hits arrive in text order, so a cursor walks the lines once. */
    private static final class OneFile {
        private final PatternPlan plan;
        private final String path;
        private final String text;
        private final PatternPlan.Gate gate;
        private final FactSink sink;
        /** Per pattern, made at the first keyword hit: most files have none, and there are hundreds of patterns. */
        private Matcher[] matchers;
        private int[] lastLine;
        private int[] hits;
        private int lineNo;
        private int lineStart;
        private int lineEnd = -1; // index of the line's terminator (or text end); -1 before the first line
        private int contentEnd;
        private boolean skippedLong;

        OneFile(PatternPlan plan, String path, String text, BitSet applicable, FactSink sink) {
            this.plan = plan;
            this.path = path;
            this.text = text;
            this.gate = plan.gate(applicable);
            this.sink = sink;
        }

        void run(FileText fileText) {
            fileText.hits(gate.automaton).replay(this::hit);
            if (skippedLong) {
                sink.note(path, "lines longer than " + MAX_LINE_CHARS + " characters were not searched for content patterns");
            }
        }

        private boolean hit(int keyword, int start, int end) {
            if (hits == null) {
                int n = plan.patterns.size();
                matchers = new Matcher[n];
                lastLine = new int[n];
                hits = new int[n];
            }
            moveTo(end - 1);
            if (contentEnd - lineStart > MAX_LINE_CHARS) {
                skippedLong = true;
                return true;
            }
            for (int p : gate.patternsOf(keyword)) {
                if (lastLine[p] == lineNo || hits[p] > MAX_MATCHES_PER_PATTERN_PER_FILE) {
                    continue;
                }
                lastLine[p] = lineNo;
                ContentPattern pattern = plan.patterns.get(p);
                Matcher m = matchers[p];
                if (m == null) {
                    m = pattern.regex().matcher(text);
                    matchers[p] = m;
                }
                m.region(lineStart, contentEnd);
                long t0 = PROFILE == null ? 0 : System.nanoTime();
                boolean found = plan.anchored[p] ? m.lookingAt() : m.find();
                if (PROFILE != null) {
                    PROFILE.computeIfAbsent(pattern.id(), k -> new java.util.concurrent.atomic.LongAdder())
                            .add(System.nanoTime() - t0);
                }
                if (!found) {
                    continue;
                }
                hits[p]++;
                if (hits[p] > MAX_MATCHES_PER_PATTERN_PER_FILE) {
                    sink.note(path, "content pattern '" + pattern.id() + "' matched more than "
                            + MAX_MATCHES_PER_PATTERN_PER_FILE + " lines; the first "
                            + MAX_MATCHES_PER_PATTERN_PER_FILE + " are kept");
                    continue;
                }
                sink.add(new ContentMatch(pattern.id(), excerpt(text, lineStart, contentEnd),
                        Evidence.at(path, lineNo, "content pattern " + pattern.id())));
            }
            return true;
        }

        /** Advances the line cursor to the line holding {@code pos}. */
        private void moveTo(int pos) {
            while (pos > lineEnd) {
                lineStart = lineEnd + 1;
                int newline = text.indexOf('\n', lineStart);
                lineEnd = newline < 0 ? text.length() : newline;
                contentEnd = lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
                lineNo++;
            }
        }
    }

    private static String excerpt(String text, int start, int end) {
        String line = text.substring(start, end).strip();
        return line.length() <= MAX_TEXT_CHARS ? line : line.substring(0, MAX_TEXT_CHARS);
    }
}
