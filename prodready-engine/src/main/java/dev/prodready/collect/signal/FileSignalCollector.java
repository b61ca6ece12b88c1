package dev.prodready.collect.signal;

import dev.prodready.collect.Collector;
import dev.prodready.collect.FactSink;
import dev.prodready.collect.pattern.Glob;
import dev.prodready.collect.pattern.GlobIndex;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.SignalKind;
import dev.prodready.workspace.SourceFile;
import dev.prodready.workspace.Workspace;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Emits a {@link FileSignal} for each file whose path (and, for some kinds, content) says something about
 * how the application is built, deployed, tested or run. The rules are data: {@code signals/signals.yml}.
 */
public final class FileSignalCollector implements Collector {

    private static final int MAX_DETAIL = 120;

    private final Supplier<List<SignalRule>> rules;
    private volatile GlobIndex<SignalRule> index;

    public FileSignalCollector() {
        this(SignalRules::builtIn);
    }

    FileSignalCollector(Supplier<List<SignalRule>> rules) {
        this.rules = rules;
    }

    /** The rules, indexed by glob; built on first use so that a data defect becomes a note, not a crash. */
    private GlobIndex<SignalRule> index() {
        GlobIndex<SignalRule> result = index;
        if (result == null) {
            synchronized (this) {
                if (index == null) {
                    GlobIndex<SignalRule> built = new GlobIndex<>();
                    for (SignalRule rule : rules.get()) {
                        for (Glob glob : rule.files()) {
                            built.add(glob, rule);
                        }
                    }
                    index = built;
                }
                result = index;
            }
        }
        return result;
    }

    @Override
    public String id() {
        return "file-signals";
    }

    @Override
    public void collect(Workspace workspace, FactSink sink) {
        GlobIndex<SignalRule> rulesByGlob;
        try {
            rulesByGlob = index();
        } catch (RuntimeException e) {
            sink.note("", "file signal rules could not be loaded (" + e.getMessage() + "); no file signals");
            return;
        }
        for (SourceFile file : workspace.files()) {
            try {
                signal(rulesByGlob, file, sink);
            } catch (RuntimeException | StackOverflowError e) {
                sink.note(file.path(), "file signals could not be judged for this file ("
                        + e.getClass().getSimpleName() + ")");
            }
        }
    }

    private static void signal(GlobIndex<SignalRule> index, SourceFile file, FactSink sink) {
        List<SignalRule> candidates = index.matching(file.path());
        if (candidates.isEmpty()) {
            return;
        }
        Set<SignalKind> emitted = EnumSet.noneOf(SignalKind.class);
        for (SignalRule rule : candidates) {
            if (emitted.contains(rule.kind()) || rule.excluded(file.path())) {
                continue;
            }
            if (!rule.needsContent()) {
                sink.add(new FileSignal(rule.kind(), file.path(), Evidence.file(file.path(), rule.label())));
                emitted.add(rule.kind());
                continue;
            }
            Optional<String> text = file.text();
            if (text.isEmpty()) {
                continue; // binary or unreadable: the workspace has noted it
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
        if (!rule.keywords().isEmpty() && rule.keywords().stream().noneMatch(text::contains)) {
            return Optional.empty();
        }
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
                first = at(text, m.start());
            }
        }
        return Optional.of(first != null ? first : new At(0, "")); // keywords-only rules point at the file
    }

    /** The 1-based line holding {@code offset} and that line's trimmed text. */
    static At at(String text, int offset) {
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
        int lineEnd = text.indexOf('\n', lineStart);
        String detail = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
        return new At(line, detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL));
    }
}
