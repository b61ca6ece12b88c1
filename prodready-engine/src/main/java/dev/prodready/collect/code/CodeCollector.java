package dev.prodready.collect.code;

import dev.prodready.collect.Collector;
import dev.prodready.collect.FactSink;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.ScanCoverage;
import dev.prodready.workspace.SourceFile;
import dev.prodready.workspace.Workspace;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Parses the application's source files with tree-sitter (each file once, all analyses on the same tree) on a
 * small bounded pool, reads the non-code inputs (SQL migrations, Firebase rules, Supabase config, Prisma schema,
 * header configs, templates), then settles the cross-file questions and emits the facts.
 */
public final class CodeCollector implements Collector {

    private final int threads;
    private final boolean prefilter;
    private final AtomicLong untouched = new AtomicLong();

    public CodeCollector() {
        this(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
    }

    public CodeCollector(int threads) {
        this(threads, true);
    }

    /** @param prefilter skip files with no trigger (the default); off parses every file, for tests and benchmarks */
    public CodeCollector(int threads, boolean prefilter) {
        this.threads = threads;
        this.prefilter = prefilter;
    }

    @Override
    public String id() {
        return "code";
    }

    @Override
    public void collect(Workspace workspace, FactSink sink) {
        untouched.set(0);
        CodeRules rules = CodeRules.builtIn();
        CodeIndex index = new CodeIndex(rules);
        SupabaseConfig.Settings supabase = SupabaseConfig.analyse(workspace, index, sink);
        Selected selected = select(workspace, sink);
        Map<Language, AtomicLong> parsed = parseAll(selected.files(), rules, index, supabase.verifyJwt(), sink);
        Project.analyse(workspace, index, supabase, sink);
        new RouteResolver(index).resolve();
        index.emit(sink);
        String root = ".";
        parsed.forEach((language, count) -> {
            if (count.get() > 0) {
                sink.add(new ScanCoverage("code", language.id(), count.get(), "files", Evidence.file(root,
                        count.get() + " " + language.id() + " file(s) parsed and analysed")));
            }
        });
        if (untouched.get() > 0) {
            sink.add(new ScanCoverage("code", "no-trigger", untouched.get(), "files", Evidence.file(root,
                    untouched.get() + " source file(s) read but not parsed: nothing in them is what any analysis looks for")));
        }
        if (selected.skipped() > 0) {
            sink.add(new ScanCoverage("code", "skipped", selected.skipped(), "files", Evidence.file(root,
                    selected.skipped() + " source file(s) not analysed (tests, generated, minified or over 1 MB)")));
        }
    }

    private record Selected(List<SourceFile> files, int skipped) {
    }

    private static Selected select(Workspace workspace, FactSink sink) {
        List<SourceFile> files = new ArrayList<>();
        int skipped = 0;
        for (SourceFile file : workspace.files()) {
            if (Language.forExtension(file.extension()).isEmpty()) {
                continue;
            }
            String reason = FileSelection.skipReason(file);
            if (reason == null) {
                files.add(file);
            } else {
                skipped++;
                if (reason.equals("large")) {
                    sink.note(file.path(), "larger than 1 MB; not parsed by the code analysis");
                }
            }
        }
        return new Selected(files, skipped);
    }

    private Map<Language, AtomicLong> parseAll(List<SourceFile> files, CodeRules rules, CodeIndex index,
                                               Map<String, Boolean> verifyJwt, FactSink sink) {
        Map<Language, AtomicLong> parsed = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            parsed.put(language, new AtomicLong());
        }
        ConcurrentLinkedQueue<SourceFile> queue = new ConcurrentLinkedQueue<>(files);
        Triggers triggers = Triggers.of(rules);
        Map<Language, Boolean> unavailableNoted = new java.util.concurrent.ConcurrentHashMap<>();
        Runnable worker = () -> {
            try (CodeParser parser = new CodeParser()) {
                for (SourceFile file = queue.poll(); file != null; file = queue.poll()) {
                    Language language = Language.forExtension(file.extension()).orElseThrow();
                    try {
                        Optional<String> text = file.text();
                        if (text.isEmpty() || FileSelection.contentSkipReason(text.get()) != null) {
                            continue;
                        }
                        if (prefilter && !triggers.wanted(language, file.path(), text.get())) {
                            untouched.incrementAndGet();
                            continue;
                        }
                        Optional<SyntaxTree> tree = parser.parse(language, file.path(), text.get());
                        if (tree.isEmpty()) {
                            if (unavailableNoted.putIfAbsent(language, Boolean.TRUE) == null) {
                                sink.note(file.path(), Grammars.failure(language).orElse("parser unavailable")
                                        + "; " + language.id() + " files are not analysed");
                            }
                            continue;
                        }
                        if (tree.get().errorLine() > 0) {
                            sink.note(file.path(), "not fully parsed near line " + tree.get().errorLine()
                                    + " (a syntax error, or syntax the " + language.id() + " grammar does not know);"
                                    + " the code analysis used the parts that parsed");
                        }
                        FileAnalysis.analyse(FileContext.of(tree.get(), rules), index, verifyJwt);
                        parsed.get(language).incrementAndGet();
                    } catch (RuntimeException | StackOverflowError | LinkageError e) {
                        sink.note(file.path(), "code analysis failed on this file (" + e.getClass().getSimpleName()
                                + "); the other files still count");
                    }
                }
            }
        };
        if (threads <= 1 || files.size() < 8) {
            worker.run();
            return parsed;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "prodready-code");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                running.add(pool.submit(worker));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            sink.note("", "code analysis stopped early (" + e.getCause() + ")");
            if (Boolean.getBoolean("prodready.debug")) {
                e.getCause().printStackTrace();
            }
        } finally {
            pool.shutdownNow();
        }
        return parsed;
    }
}
