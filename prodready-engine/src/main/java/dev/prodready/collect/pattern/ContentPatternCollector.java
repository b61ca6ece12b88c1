package dev.prodready.collect.pattern;

import dev.prodready.collect.Collector;
import dev.prodready.collect.FactSink;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.ScanCoverage;
import dev.prodready.workspace.SourceFile;
import dev.prodready.workspace.Workspace;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;

/**
 * Runs the content patterns over every text file they apply to: file globs first (no read when none
 * applies), then one keyword pass over the file, and the regexes line by line only for patterns whose
 * keyword occurred.
 */
public final class ContentPatternCollector implements Collector {

    static final long MAX_BYTES = 2L * 1024 * 1024;
    /** Generated or minified lines: matching them costs much and tells little. */
    static final int MAX_LINE_CHARS = 10_000;
    static final int MAX_TEXT_CHARS = 200;
    static final int MAX_MATCHES_PER_PATTERN_PER_FILE = 100;

    private final Supplier<List<ContentPattern>> patterns;
    private volatile PatternPlan plan;

    /** Uses the built-in pattern files ({@link ContentPatterns#FILES}). */
    public ContentPatternCollector() {
        this(ContentPatterns::builtIn);
    }

    public ContentPatternCollector(List<ContentPattern> patterns) {
        this(() -> patterns);
    }

    private ContentPatternCollector(Supplier<List<ContentPattern>> patterns) {
        this.patterns = patterns;
    }

    @Override
    public String id() {
        return "content-patterns";
    }

    @Override
    public void collect(Workspace workspace, FactSink sink) {
        PatternPlan compiled;
        try {
            compiled = plan();
        } catch (RuntimeException e) {
            sink.note("", "content patterns could not be loaded (" + e.getMessage() + "); none were run");
            return;
        }
        if (compiled.patterns.isEmpty()) {
            return;
        }
        long scanned = 0;
        for (SourceFile file : workspace.files()) {
            try {
                if (scan(compiled, file, sink)) {
                    scanned++;
                }
            } catch (RuntimeException | StackOverflowError e) {
                sink.note(file.path(), "content patterns stopped on this file (" + e.getClass().getSimpleName()
                        + "); its matches may be incomplete");
            }
        }
        sink.add(new ScanCoverage("content-patterns", "tree", scanned, "files",
                Evidence.file(".", compiled.patterns.size() + " content patterns run over " + scanned + " files")));
    }

    private PatternPlan plan() {
        PatternPlan result = plan;
        if (result == null) {
            synchronized (this) {
                if (plan == null) {
                    plan = new PatternPlan(patterns.get());
                }
                result = plan;
            }
        }
        return result;
    }

    /** True when the file was read and searched. */
    private static boolean scan(PatternPlan plan, SourceFile file, FactSink sink) {
        BitSet applicable = plan.applicable(file.path());
        if (applicable.isEmpty()) {
            return false;
        }
        if (file.size() > MAX_BYTES) {
            sink.note(file.path(), "larger than 2 MB; content patterns not run on it");
            return false;
        }
        Optional<String> content = file.text();
        if (content.isEmpty()) {
            return false; // binary, unreadable or too large: the workspace has noted why
        }
        String text = content.get();
        BitSet candidates = plan.candidates(text, applicable);
        if (!candidates.isEmpty()) {
            matchLines(plan, file.path(), text, candidates, sink);
        }
        return true;
    }

    private static void matchLines(PatternPlan plan, String path, String text, BitSet candidates, FactSink sink) {
        int count = candidates.cardinality();
        ContentPattern[] active = new ContentPattern[count];
        Matcher[] matchers = new Matcher[count];
        int[] hits = new int[count];
        int a = 0;
        for (int p = candidates.nextSetBit(0); p >= 0; p = candidates.nextSetBit(p + 1)) {
            active[a] = plan.patterns.get(p);
            matchers[a] = active[a].regex().matcher(text);
            a++;
        }
        boolean skippedLong = false;
        int lineNo = 0;
        int start = 0;
        int length = text.length();
        while (start <= length) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? length : newline;
            int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            lineNo++;
            if (contentEnd - start > MAX_LINE_CHARS) {
                skippedLong = true;
            } else if (contentEnd > start) {
                for (int i = 0; i < count; i++) {
                    if (hits[i] > MAX_MATCHES_PER_PATTERN_PER_FILE) {
                        continue;
                    }
                    Matcher m = matchers[i];
                    m.region(start, contentEnd);
                    if (m.find()) {
                        hits[i]++;
                        if (hits[i] > MAX_MATCHES_PER_PATTERN_PER_FILE) {
                            sink.note(path, "content pattern '" + active[i].id() + "' matched more than "
                                    + MAX_MATCHES_PER_PATTERN_PER_FILE + " lines; the first "
                                    + MAX_MATCHES_PER_PATTERN_PER_FILE + " are kept");
                            continue;
                        }
                        sink.add(new ContentMatch(active[i].id(), excerpt(text, start, contentEnd),
                                Evidence.at(path, lineNo, "content pattern " + active[i].id())));
                    }
                }
            }
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        if (skippedLong) {
            sink.note(path, "lines longer than " + MAX_LINE_CHARS + " characters were not searched for content patterns");
        }
    }

    private static String excerpt(String text, int start, int end) {
        String line = text.substring(start, end).strip();
        return line.length() <= MAX_TEXT_CHARS ? line : line.substring(0, MAX_TEXT_CHARS);
    }
}
