package dev.prodready.bench;

import dev.prodready.collect.code.CodeParser;
import dev.prodready.collect.code.Language;
import dev.prodready.collect.code.SyntaxTree;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Parsing 100 TypeScript route files into SyntaxTrees (parse, query, tree building): our native tree-sitter runtime
 * (one JNI call per file) beside the io.github.bonede binding, which the second fork is forced onto. The same
 * CodeParser API runs in both forks; NativeTreeSitterTest proves the trees identical.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class ParseBench {

    /** small: the routes of bench/scan (about 300 bytes); handler: 2-3 KB handlers with validation and queries. */
    @Param({"small", "handler"})
    public String shape;

    private List<String> files;
    private CodeParser parser;

    @Setup(Level.Trial)
    public void setUp() {
        files = Corpus.routes(shape, 100);
        parser = new CodeParser();
        boolean forced = "binding".equals(System.getProperty("prodready.treesitter"));
        if (forced != CodeParser.runtime().startsWith("io.github.bonede")) {
            throw new IllegalStateException("parser path is not the one benchmarked: " + CodeParser.runtime());
        }
        int nodes = parse();
        if (nodes < files.size() * 5) {
            throw new IllegalStateException("too few nodes parsed: " + nodes);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        parser.close();
    }

    private int parse() {
        int nodes = 0;
        for (String file : files) {
            SyntaxTree tree = parser.parse(Language.TYPESCRIPT, "route.ts", file).orElseThrow();
            nodes += tree.nodes().size();
        }
        return nodes;
    }

    @Benchmark
    @Fork(1)
    public int engine() {
        return parse();
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Dprodready.treesitter=binding")
    public int binding() {
        return parse();
    }
}
