package dev.prodready.collect.signal;

import dev.prodready.collect.FactSink;
import dev.prodready.collect.FileCollector;
import dev.prodready.collect.FileScan;
import dev.prodready.collect.FileScans;
import dev.prodready.collect.FileText;
import dev.prodready.collect.pattern.Glob;
import dev.prodready.collect.pattern.GlobIndex;
import dev.prodready.collect.text.KeywordAutomaton;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.SignalKind;
import dev.prodready.workspace.SourceFile;
import dev.prodready.workspace.Workspace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Emits a {@link FileSignal} for each file whose path (and, for some kinds, content) says something about
 * how the application is built, deployed, tested or run. The rules are data: {@code signals/signals.yml}.
 */
public final class FileSignalCollector implements FileCollector {

    private static final int MAX_DETAIL = 120;

    private final Supplier<List<SignalRule>> rules;
    private volatile Plan plan;

    /**
     * The rules indexed by glob, and for each distinct list of rules a path can meet, one keyword automaton over
     * those rules' keywords (built on first use), so a file is searched for all of them in a single pass and a
     * keyword of a rule for other files costs nothing.
     */
    private record Plan(List<SignalRule> rules, GlobIndex<Integer> index, Map<List<Integer>, Gate> gates) {
        Gate gate(List<Integer> candidates) {
            return gates.computeIfAbsent(candidates, c -> new Gate(rules, c));
        }
    }

    /** The keywords of some rules; {@link #withKeywordIn} tells which of them have one in a text. */
    private static final class Gate {
        private final KeywordAutomaton keywords;
        /** For each keyword id, the position of its rule in the candidate list. */
        private final int[] ruleOf;
        private final int rulesWithKeywords;

        Gate(List<SignalRule> rules, List<Integer> candidates) {
            List<String> words = new ArrayList<>();
            List<Integer> owners = new ArrayList<>();
            for (int c = 0; c < candidates.size(); c++) {
                for (String keyword : rules.get(candidates.get(c)).keywords()) {
                    words.add(keyword);
                    owners.add(c);
                }
            }
            this.keywords = KeywordAutomaton.of(words);
            this.ruleOf = owners.stream().mapToInt(Integer::intValue).toArray();
            this.rulesWithKeywords = (int) owners.stream().distinct().count();
        }

        /** The positions (in the candidate list) of the rules one of whose keywords occurs in {@code text}. */
        BitSet withKeywordIn(FileText text) {
            BitSet rules = new BitSet();
            int[] missing = {rulesWithKeywords};
            text.hits(keywords).replay((k, start, end) -> {
                if (!rules.get(ruleOf[k])) {
                    rules.set(ruleOf[k]);
                    return --missing[0] > 0; // every rule has its keyword: the rest of the text cannot add one
                }
                return true;
            });
            return rules;
        }
    }

    public FileSignalCollector() {
        this(SignalRules::builtIn);
    }

    FileSignalCollector(Supplier<List<SignalRule>> rules) {
        this.rules = rules;
    }

    /** Built on first use so that a data defect becomes a note, not a crash. */
    private Plan plan() {
        Plan result = plan;
        if (result == null) {
            synchronized (this) {
                if (plan == null) {
                    List<SignalRule> all = List.copyOf(rules.get());
                    GlobIndex<Integer> index = new GlobIndex<>();
                    for (int r = 0; r < all.size(); r++) {
                        for (Glob glob : all.get(r).files()) {
                            index.add(glob, r);
                        }
                    }
                    plan = new Plan(all, index, new ConcurrentHashMap<>());
                }
                result = plan;
            }
        }
        return result;
    }

    @Override
    public String id() {
        return "file-signals";
    }

    @Override
    public FileScan begin(Workspace workspace, FactSink sink) {
        Plan rulesByGlob;
        try {
            rulesByGlob = plan();
        } catch (RuntimeException e) {
            sink.note("", "file signal rules could not be loaded (" + e.getMessage() + "); no file signals");
            return FileScans.NONE;
        }
        return new FileScan() {
            @Override
            public void file(SourceFile file, FileText text, FactSink out) {
                signal(rulesByGlob, file, text, out);
            }

            @Override
            public void end(FactSink out) {
            }
        };
    }

    private static void signal(Plan plan, SourceFile file, FileText fileText, FactSink sink) {
        List<Integer> candidates = plan.index().matching(file.path());
        if (candidates.isEmpty()) {
            return;
        }
        Set<SignalKind> emitted = EnumSet.noneOf(SignalKind.class);
        BitSet withKeyword = null;
        for (int c = 0; c < candidates.size(); c++) {
            SignalRule rule = plan.rules().get(candidates.get(c));
            if (emitted.contains(rule.kind()) || rule.excluded(file.path())) {
                continue;
            }
            if (!rule.needsContent()) {
                sink.add(new FileSignal(rule.kind(), file.path(), Evidence.file(file.path(), rule.label())));
                emitted.add(rule.kind());
                continue;
            }
            Optional<String> text = fileText.get();
            if (text.isEmpty()) {
                continue; // binary or unreadable: the workspace has noted it
            }
            if (!rule.keywords().isEmpty()) {
                if (withKeyword == null) {
                    withKeyword = plan.gate(candidates).withKeywordIn(fileText);
                }
                if (!withKeyword.get(c)) {
                    continue;
                }
            }
            contentMatch(rule, text.get()).ifPresent(at -> {
                sink.add(at.line() == 0
                        ? new FileSignal(rule.kind(), file.path(), Evidence.file(file.path(), rule.label()))
                        : new FileSignal(rule.kind(), at.detail(), Evidence.at(file.path(), at.line(), rule.label())));
                emitted.add(rule.kind());
            });
        }
    }

    private record At(int line, String detail) {
    }

    private static Optional<At> contentMatch(SignalRule rule, String text) {
        for (Pattern not : rule.contentNot()) {
            if (not.matcher(text).find()) {
                return Optional.empty();
            }
        }
        At first = null;
        for (Pattern p : rule.content()) {
            Matcher m = p.matcher(text);
            if (!m.find()) {
                return Optional.empty();
            }
            if (first == null) {
                first = at(text, m.start(), m.end());
            }
        }
        return Optional.of(first != null ? first : new At(0, "")); // keywords-only rules point at the file
    }

    /** The 1-based line holding {@code offset} and that line's trimmed text. */
    /**
     * The 1-based line where a match starts, and what matched: the matched text on that line, not the whole
     * line (a line that configures a service may hold a key; the signal needs only the part that matched).
     */
    static At at(String text, int offset, int end) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        // A match that begins with blank lines (a leading \s*) is reported at its first non-blank character.
        int pos = offset;
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            if (text.charAt(pos) == '\n') {
                line++;
                lineStart = pos + 1;
            }
            pos++;
        }
        int lineEnd = text.indexOf('\n', pos);
        int matchEnd = Math.min(Math.max(end, pos), lineEnd < 0 ? text.length() : lineEnd);
        String detail = squeeze(text, pos, matchEnd);
        if (detail.isEmpty()) {
            detail = squeeze(text, lineStart, lineEnd < 0 ? text.length() : lineEnd);
        }
        return new At(line, detail);
    }

    /** The text between two offsets with runs of white space made one space, at most MAX_DETAIL characters. */
    private static String squeeze(String text, int from, int to) {
        StringBuilder out = new StringBuilder(Math.min(MAX_DETAIL, Math.max(0, to - from)));
        boolean space = false;
        for (int i = from; i < to && out.length() < MAX_DETAIL; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
