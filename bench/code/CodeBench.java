import dev.prodready.collect.FactSink;
import dev.prodready.collect.code.CodeCollector;
import dev.prodready.collect.code.CodeParser;
import dev.prodready.collect.code.Language;
import dev.prodready.fact.Fact;
import dev.prodready.fact.Finding;
import dev.prodready.workspace.SourceFile;
import dev.prodready.workspace.Workspace;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parse-and-analyse throughput of the code collector on a source tree (single-file program, run by run.sh):
 *   java -cp ENGINE_CLASSPATH bench/code/CodeBench.java DIR [ROUNDS]
 * Prints, per round: the bytes of source, parse-only MB/s on one thread over every file (tree-sitter parse plus the
 * normalising query), the whole collector on every file (no prefilter, 2 threads) and as it runs in a scan (files
 * without any trigger word read but not parsed) on 1 and 2 threads. MB/s is always over all source bytes.
 */
public class CodeBench {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Workspace workspace = Workspace.open(dir);
        List<SourceFile> files = new ArrayList<>();
        long bytes = 0;
        for (SourceFile f : workspace.files()) {
            if (Language.forExtension(f.extension()).isPresent() && !f.name().endsWith(".d.ts") && f.size() <= 1024 * 1024) {
                files.add(f);
                bytes += f.text().map(t -> t.getBytes(StandardCharsets.UTF_8).length).orElse(0);
            }
        }
        System.out.printf("corpus: %s, %d source files, %.1f MB (text already read once)%n", dir, files.size(), bytes / 1e6);
        System.out.printf("%-6s %-28s %8s %8s%n", "round", "what", "seconds", "MB/s");
        for (int round = 1; round <= rounds; round++) {
            long t0 = System.nanoTime();
            try (CodeParser parser = new CodeParser()) {
                for (SourceFile f : files) {
                    Optional<String> text = f.text();
                    text.ifPresent(t -> parser.parse(Language.forExtension(f.extension()).orElseThrow(), f.path(), t));
                }
            }
            report(round, "parse+normalise, 1 thread", t0, bytes);
            for (int t : new int[] {0, 1, 2}) {
                final int threads = t == 0 ? 2 : t;
                final boolean prefilter = t != 0;
                final int r = round;
                AtomicInteger facts = new AtomicInteger();
                AtomicInteger findings = new AtomicInteger();
                long t1 = System.nanoTime();
                new CodeCollector(threads, prefilter).collect(workspace, new FactSink() {
                    @Override
                    public void add(Fact fact) {
                        facts.incrementAndGet();
                        if (fact instanceof dev.prodready.fact.ScanCoverage c && r == 1 && threads == 1 && prefilter) {
                            System.out.println("  coverage " + c.scope() + ": " + c.units() + " " + c.unitName());
                        }
                        if (fact instanceof Finding) {
                            findings.incrementAndGet();
                        }
                    }

                    @Override
                    public void note(String path, String message) {
                    }
                });
                report(round, (prefilter ? "scan analysis, " : "every file, ") + threads + " thread" + (threads > 1 ? "s" : ""),
                        t1, bytes);
                if (round == rounds) {
                    System.out.printf("       facts %d, findings %d%n", facts.get(), findings.get());
                }
            }
        }
    }

    private static void report(int round, String what, long start, long bytes) {
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-6d %-28s %8.2f %8.2f%n", round, what, seconds, bytes / 1e6 / seconds);
    }
}
