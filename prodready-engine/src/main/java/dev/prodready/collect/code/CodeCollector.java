package dev.prodready.collect.code;

import dev.prodready.collect.FactSink;
import dev.prodready.collect.FileCollector;
import dev.prodready.collect.FilePass;
import dev.prodready.collect.FileScan;
import dev.prodready.collect.FileText;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.ScanCoverage;
import dev.prodready.workspace.SourceFile;
import dev.prodready.workspace.Workspace;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * Parses the application's source files with tree-sitter (each file once, all analyses on the same tree) as the
 * audit's file pass shows them, reads the non-code inputs (SQL migrations, Firebase rules, Supabase config, Prisma
 * schema, header configs, templates), then settles the cross-file questions and emits the facts.
 */
public final class CodeCollector implements FileCollector {

    private final boolean parallel;
    private final boolean prefilter;

    public CodeCollector() {
        this(2);
    }

    /** @param threads 1 parses one file at a time when run alone; more lets files be parsed in parallel */
    public CodeCollector(int threads) {
        this(threads, true);
    }

    /** @param prefilter skip files with no trigger (the default); off parses every file, for tests and benchmarks */
    public CodeCollector(int threads, boolean prefilter) {
        this.parallel = threads > 1;
        this.prefilter = prefilter;
    }

    @Override
    public String id() {
        return "code";
    }

    @Override
    public void collect(Workspace workspace, FactSink sink) {
        FilePass.run(workspace, List.of(this), sink, parallel);
    }

    @Override
    public FileScan begin(Workspace workspace, FactSink sink) {
        return new Scan(workspace, sink);
    }

    /** One scan: per-thread parsers, the shared index, and counts for the coverage facts. */
    private final class Scan implements FileScan {
        private final Workspace workspace;
        private final CodeRules rules = CodeRules.builtIn();
        private final CodeIndex index = new CodeIndex(rules);
        private final SupabaseConfig.Settings supabase;
        private final Triggers triggers = Triggers.of(rules);
        private final ConcurrentLinkedQueue<CodeParser> parsers = new ConcurrentLinkedQueue<>();
        private final ThreadLocal<CodeParser> parser = ThreadLocal.withInitial(() -> {
            CodeParser p = new CodeParser();
            parsers.add(p);
            return p;
        });
        private final Map<Language, LongAdder> parsed = new EnumMap<>(Language.class);
        private final Map<Language, Boolean> unavailableNoted = new ConcurrentHashMap<>();
        private final LongAdder untouched = new LongAdder();
        private final LongAdder skipped = new LongAdder();

        Scan(Workspace workspace, FactSink sink) {
            this.workspace = workspace;
            this.supabase = SupabaseConfig.analyse(workspace, index, sink);
            for (Language language : Language.values()) {
                parsed.put(language, new LongAdder());
            }
        }

        @Override
        public void file(SourceFile file, FileText text, FactSink sink) {
            Optional<Language> language = Language.forExtension(file.extension());
            if (language.isEmpty()) {
                return;
            }
            String reason = FileSelection.skipReason(file);
            if (reason != null) {
                skipped.increment();
                if (reason.equals("large")) {
                    sink.note(file.path(), "larger than 1 MB; not parsed by the code analysis");
                }
                return;
            }
            try {
                Optional<String> source = text.get();
                if (source.isEmpty()) {
                    return;
                }
                // the trigger words first: most files have none, and then the file's shape does not matter
                if (prefilter && !triggers.wanted(language.get(), file.path(), text)) {
                    untouched.increment();
                    return;
                }
                if (FileSelection.contentSkipReason(source.get()) != null) {
                    skipped.increment();
                    return;
                }
                Optional<SyntaxTree> tree = parser.get().parse(language.get(), file.path(), source.get());
                if (tree.isEmpty()) {
                    if (unavailableNoted.putIfAbsent(language.get(), Boolean.TRUE) == null) {
                        sink.note(file.path(), Grammars.failure(language.get()).orElse("parser unavailable")
                                + "; " + language.get().id() + " files are not analysed");
                    }
                    return;
                }
                if (tree.get().errorLine() > 0) {
                    sink.note(file.path(), "not fully parsed near line " + tree.get().errorLine()
                            + " (a syntax error, or syntax the " + language.get().id() + " grammar does not know);"
                            + " the code analysis used the parts that parsed");
                }
                FileAnalysis.analyse(FileContext.of(tree.get(), rules), index, supabase.verifyJwt());
                parsed.get(language.get()).increment();
            } catch (RuntimeException | StackOverflowError | LinkageError e) {
                sink.note(file.path(), "code analysis failed on this file (" + e.getClass().getSimpleName()
                        + "); the other files still count");
            }
        }

        @Override
        public void end(FactSink sink) {
            parsers.forEach(CodeParser::close);
            Project.analyse(workspace, index, supabase, sink);
            new RouteResolver(index).resolve();
            index.emit(sink);
            String root = ".";
            parsed.forEach((language, count) -> {
                if (count.sum() > 0) {
                    sink.add(new ScanCoverage("code", language.id(), count.sum(), "files", Evidence.file(root,
                            count.sum() + " " + language.id() + " file(s) parsed and analysed")));
                }
            });
            if (untouched.sum() > 0) {
                sink.add(new ScanCoverage("code", "no-trigger", untouched.sum(), "files", Evidence.file(root,
                        untouched.sum() + " source file(s) read but not parsed: nothing in them is what any analysis looks for")));
            }
            if (skipped.sum() > 0) {
                sink.add(new ScanCoverage("code", "skipped", skipped.sum(), "files", Evidence.file(root,
                        skipped.sum() + " source file(s) not analysed (tests, generated, minified or over 1 MB)")));
            }
        }
    }
}
