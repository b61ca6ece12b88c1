package dev.prodready.collect;

import dev.prodready.collect.text.KeywordAutomaton;
import dev.prodready.collect.text.KeywordUnion;
import dev.prodready.fact.Fact;
import dev.prodready.workspace.SourceFile;
import dev.prodready.workspace.Workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs file collectors over a workspace in one pass: each file is read once and shown to every collector, files
 * in parallel. What a collector finds in a file is held until the pass ends and then given to the sink in file
 * order, so reports do not depend on thread timing.
 */
public final class FilePass {

    /** Files handed to a thread at a time. */
    private static final int CHUNK = 32;

    private FilePass() {
    }

    /** Milliseconds each collector spent in the pass, begin and end included (PRODREADY_TIMINGS). */
    public record Timing(String collector, long millis) {
    }

    public static List<Timing> run(Workspace workspace, List<? extends FileCollector> collectors, FactSink sink) {
        return run(workspace, collectors, sink, true);
    }

    /** @param parallel false shows the files one at a time, in order, on the calling thread */
    public static List<Timing> run(Workspace workspace, List<? extends FileCollector> collectors, FactSink sink,
                                   boolean parallel) {
        List<FileCollector> running = new ArrayList<>();
        List<FileScan> scans = new ArrayList<>();
        List<LongAdder> nanos = new ArrayList<>();
        for (FileCollector c : collectors) {
            long start = System.nanoTime();
            try {
                scans.add(c.begin(workspace, sink));
                running.add(c);
                LongAdder spent = new LongAdder();
                spent.add(System.nanoTime() - start);
                if (CPU_TIMES) {
                    System.err.printf("  begin of %-12s %6d ms%n", c.id(), (System.nanoTime() - start) / 1_000_000);
                }
                nanos.add(spent);
            } catch (RuntimeException e) {
                stopped(sink, c, e);
            }
        }
        List<SourceFile> files = workspace.files();
        int width = scans.size();
        Held[] held = new Held[files.size() * width];
        Keywords keywords = new Keywords();
        IntConsumer visit = i -> {
            SourceFile file = files.get(i);
            FileText text = new FileText(file, keywords::expectedAfter, keywords::union);
            Held out = null;
            for (int s = 0; s < width; s++) {
                if (out == null) {
                    out = new Held();
                }
                long start = clock();
                try {
                    scans.get(s).file(file, text, out);
                } catch (RuntimeException | StackOverflowError e) {
                    out.note(file.path(), running.get(s).id() + " stopped on this file (" + e.getClass().getSimpleName()
                            + "); what it would have found here is missing");
                }
                nanos.get(s).add(clock() - start);
                if (out.items != null) {
                    held[i * width + s] = out;
                    out = null;
                }
            }
            keywords.learn(text.asked());
        };
        long walkStart = System.nanoTime();
        int threads = Runtime.getRuntime().availableProcessors();
        if (parallel && threads > 1 && files.size() > CHUNK) {
            // Files are handed out in small chunks from one counter, not split in halves up front: costly files
            // cluster (all the route handlers of one folder), and a thread must not be left with a whole cluster
            // while the others idle. Its own pool, one thread per core: the common pool is busy with the audit's
            // other collectors.
            AtomicInteger next = new AtomicInteger();
            Runnable worker = () -> {
                for (int start = next.getAndAdd(CHUNK); start < files.size(); start = next.getAndAdd(CHUNK)) {
                    for (int i = start, end = Math.min(start + CHUNK, files.size()); i < end; i++) {
                        visit.accept(i);
                    }
                }
            };
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                List<ForkJoinTask<?>> workers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    workers.add(pool.submit(worker));
                }
                workers.forEach(ForkJoinTask::join);
            } finally {
                pool.shutdown();
            }
        } else {
            IntStream.range(0, files.size()).forEach(visit);
        }
        if (CPU_TIMES) {
            System.err.printf("file pass %-16s %6d ms (files in parallel; then the collectors' ends, side by side)%n",
                    "", (System.nanoTime() - walkStart) / 1_000_000);
        }
        // Each collector's findings are replayed in file order and its end runs after them; collectors do not wait
        // for one another (the code analysis resolves its routes at the end, a second or more on a large tree).
        List<ForkJoinTask<?>> ends = new ArrayList<>();
        for (int s = width - 1; s >= 0; s--) {
            int slot = s;
            ends.add(ForkJoinTask.adapt(() -> end(slot, files.size(), width, held, scans.get(slot), running.get(slot),
                    nanos.get(slot), sink)));
        }
        if (parallel) {
            ForkJoinTask.invokeAll(ends);
        } else {
            ends.forEach(ForkJoinTask::invoke);
        }
        List<Timing> timings = new ArrayList<>();
        for (int s = 0; s < width; s++) {
            timings.add(new Timing(running.get(s).id(), nanos.get(s).sum() / 1_000_000));
        }
        return timings;
    }

    private static void end(int slot, int files, int width, Held[] held, FileScan scan, FileCollector collector,
                            LongAdder spent, FactSink sink) {
        long start = System.nanoTime();
        for (int i = 0; i < files; i++) {
            Held h = held[i * width + slot];
            if (h != null) {
                h.replay(sink);
            }
        }
        try {
            scan.end(sink);
        } catch (RuntimeException e) {
            stopped(sink, collector, e);
        }
        spent.add(System.nanoTime() - start);
        if (CPU_TIMES) {
            System.err.printf("  end of %-14s %6d ms%n", collector.id(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static final boolean CPU_TIMES = System.getenv("PRODREADY_TIMINGS") != null;
    /** Only looked up when timings are asked for: the management classes cost start-up time. */
    private static final java.lang.management.ThreadMXBean THREADS = CPU_TIMES
            ? java.lang.management.ManagementFactory.getThreadMXBean() : null;

    /** Per-file timing: this thread's CPU time when timings are asked for (contention then shows as nothing). */
    private static long clock() {
        return CPU_TIMES ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static void stopped(FactSink sink, FileCollector c, RuntimeException e) {
        sink.note("", "collector '" + c.id() + "' stopped early (" + e.getClass().getSimpleName() + ": "
                + e.getMessage() + "); its facts may be incomplete");
    }

    /** Facts and notes of one collector on one file, in the order given. */
    /**
     * Which keyword automata the collectors ask about together, learned file by file and keyed by the first one
     * asked (it stands for the kind of file: the collectors choose their automata by path), and the unions of them.
     * Shared by the pass's threads; a stale or racing guess only costs a walk, never changes an answer.
     */
    private static final class Keywords {
        /** A union of more parts than this is not worth its size: the walk slows as the automaton grows. */
        private static final int MAX_PARTS = 6;
        private static final int MAX_ENTRIES = 1_000;

        private final Map<KeywordAutomaton, List<KeywordAutomaton>> together = new ConcurrentHashMap<>();
        private final Map<Parts, KeywordUnion> unions = new ConcurrentHashMap<>();

        List<KeywordAutomaton> expectedAfter(KeywordAutomaton first) {
            return together.getOrDefault(first, List.of());
        }

        KeywordUnion union(List<KeywordAutomaton> parts) {
            Parts key = new Parts(parts);
            KeywordUnion known = unions.get(key);
            if (known == null) {
                if (unions.size() >= MAX_ENTRIES) {
                    unions.clear();
                }
                known = KeywordUnion.of(parts);
                unions.put(key, known);
            }
            return known;
        }

        void learn(List<KeywordAutomaton> asked) {
            if (asked.size() < 2) {
                return;
            }
            KeywordAutomaton first = asked.get(0);
            List<KeywordAutomaton> known = together.get(first);
            if (known != null && known.size() >= asked.size() && known.containsAll(asked)) {
                return;
            }
            List<KeywordAutomaton> grown = new ArrayList<>(known == null ? List.of() : known);
            for (KeywordAutomaton a : asked) {
                if (!grown.contains(a)) {
                    grown.add(a);
                }
            }
            if (grown.size() > MAX_PARTS) {
                grown = new ArrayList<>(asked);
            }
            if (together.size() >= MAX_ENTRIES) {
                together.clear();
            }
            together.put(first, List.copyOf(grown));
        }
    }

    /** A list of automata compared by identity, element by element. */
    private record Parts(List<KeywordAutomaton> list) {
        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Parts other) || other.list.size() != list.size()) {
                return false;
            }
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) != other.list.get(i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = 1;
            for (KeywordAutomaton a : list) {
                h = 31 * h + System.identityHashCode(a);
            }
            return h;
        }
    }

    private static final class Held implements FactSink {
        private List<Object> items;

        @Override
        public void add(Fact fact) {
            hold(fact);
        }

        @Override
        public void note(String path, String message) {
            hold(new String[] {path, message});
        }

        private void hold(Object item) {
            if (items == null) {
                items = new ArrayList<>(2);
            }
            items.add(item);
        }

        void replay(FactSink sink) {
            for (Object item : items) {
                if (item instanceof Fact fact) {
                    sink.add(fact);
                } else {
                    String[] note = (String[]) item;
                    sink.note(note[0], note[1]);
                }
            }
        }
    }
}
