package dev.prodready.collect.code;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** The native tree-sitter path against the io.github.bonede binding: same trees, same failures, no crashes. */
class NativeTreeSitterTest {

    private static final List<Path> CORPUS_ROOTS = List.of(
            Path.of("src/test/resources"), Path.of("../examples"), Path.of("src/main/java"));

    /** Without gcc/npm at build time the binding path is the product's behaviour; these tests need both paths. */
    private static void assumeBuilt() {
        assumeThat(built()).as("libprodready-treesitter.so was built").isTrue();
    }

    @Test
    void inCiTheNativeRuntimeIsBuiltElseTheBindingSaysWhy() {
        boolean required = "true".equalsIgnoreCase(System.getenv("CI"))
                || "required".equalsIgnoreCase(System.getenv("PRODREADY_NATIVE"))
                || "required".equalsIgnoreCase(System.getProperty("prodready.native"));
        if (required) {
            assertThat(built()).as("CI builds libprodready-treesitter.so (gcc and npm present)").isTrue();
        }
        if (built()) {
            assertThat(NativeTreeSitter.failure()).isEmpty();
        } else {
            assertThat(NativeTreeSitter.failure()).hasValueSatisfying(why -> assertThat(why).contains("was not built"));
            assertThat(NativeTreeSitter.preferred()).isFalse();
            assertThat(Grammars.get(Language.TYPESCRIPT).orElseThrow().query()).isInstanceOf(Grammars.BindingQuery.class);
        }
    }

    @Test
    void theNativeRuntimeIsLoadedAndInUseWhenBuilt() {
        assumeBuilt();
        assertThat(NativeTreeSitter.failure()).isEmpty();
        if (!NativeTreeSitter.bindingForced()) {
            assertThat(NativeTreeSitter.preferred()).isTrue();
            assertThat(Grammars.get(Language.TYPESCRIPT).orElseThrow().query()).isInstanceOf(Grammars.NativeQuery.class);
        }
        for (Language language : Language.values()) {
            assertThat(Grammars.get(language, true).orElseThrow().query())
                    .as(language.id()).isInstanceOf(Grammars.NativeQuery.class);
            assertThat(Grammars.get(language, false).orElseThrow().query())
                    .as(language.id()).isInstanceOf(Grammars.BindingQuery.class);
        }
    }

    @Test
    void bothPathsGiveIdenticalTreesForEverySourceFileOfTheFixturesExamplesAndEngineWholeAndCut() throws IOException {
        assumeBuilt();
        List<Path> files = new ArrayList<>();
        for (Path root : CORPUS_ROOTS) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(p -> language(p).isPresent()).sorted().forEach(files::add);
            }
        }
        Map<Language, Long> perLanguage = files.stream()
                .collect(Collectors.groupingBy(p -> language(p).orElseThrow(), Collectors.counting()));
        assertThat(perLanguage.keySet()).as("every language is in the corpus").containsAll(List.of(Language.values()));
        int withErrors = 0;
        try (CodeParser fast = new CodeParser(true); CodeParser binding = new CodeParser(false)) {
            for (Path file : files) {
                Language language = language(file).orElseThrow();
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                String expected = dump(binding.parse(language, file.toString(), text).orElseThrow());
                String actual = dump(fast.parse(language, file.toString(), text).orElseThrow());
                assertThat(actual).as(file.toString()).isEqualTo(expected);
                // the first half of the file: the same code cut mid-construct, so error recovery is compared too
                int cut = text.length() / 2;
                String half = text.substring(0, cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1)) ? cut - 1 : cut);
                String halfExpected = dump(binding.parse(language, file.toString(), half).orElseThrow());
                String halfActual = dump(fast.parse(language, file.toString(), half).orElseThrow());
                assertThat(halfActual).as(file + " (first half)").isEqualTo(halfExpected);
                withErrors += halfActual.startsWith("errorLine 0\n") ? 0 : 1;
            }
        }
        assertThat(files).hasSizeGreaterThan(500);
        assertThat(withErrors).as("cut files with syntax errors").isGreaterThan(files.size() / 2);
    }

    @Test
    void malformedInputParsesTheSameOnBothPathsWithoutCrashing() {
        assumeBuilt();
        byte[] invalid = {'f', 'o', 'o', '(', (byte) 0xff, (byte) 0xfe, ',', (byte) 0xc3, ')', ';', '\n'};
        Map<String, String> inputs = Map.of(
                "syntax error", "const a = 1;\nconst b = ) 2;\nfoo(1);\n",
                "invalid UTF-8, replaced", new String(invalid, StandardCharsets.UTF_8),
                "empty", "",
                "NUL bytes", "const a = 1;\u0000\u0000foo(\"x\u0000y\");\n",
                "emoji", "const s = '😀 é';\nfetch(`/a/${s}`);\n",
                "deep nesting", "x = " + "[".repeat(10_000) + "\n",
                "one megabyte", megabyteOfRoutes());
        Map<String, List<Language>> heavy = Map.of("deep nesting", List.of(Language.TYPESCRIPT, Language.PYTHON),
                "one megabyte", List.of(Language.TYPESCRIPT));
        try (CodeParser fast = new CodeParser(true); CodeParser binding = new CodeParser(false)) {
            for (Map.Entry<String, String> input : inputs.entrySet()) {
                // the big inputs only where they tell something (the binding takes seconds on them)
                List<Language> languages = heavy.getOrDefault(input.getKey(), List.of(Language.values()));
                for (Language language : languages) {
                    String expected = dump(binding.parse(language, "x", input.getValue()).orElseThrow());
                    String actual = dump(fast.parse(language, "x", input.getValue()).orElseThrow());
                    assertThat(actual).as(input.getKey() + " / " + language.id()).isEqualTo(expected);
                }
            }
            SyntaxTree empty = fast.parse(Language.TYPESCRIPT, "x", "").orElseThrow();
            assertThat(empty.nodes()).isEmpty();
            assertThat(empty.errorLine()).isZero();
            SyntaxTree broken = fast.parse(Language.TYPESCRIPT, "x", inputs.get("syntax error")).orElseThrow();
            assertThat(broken.errorLine()).isEqualTo(2);
            assertThat(broken.nodes(Kind.CALL)).extracting(Node::callee).containsExactly("foo");
            // the binding refuses a lone surrogate (file text decoded from UTF-8 never has one); ours reads it as '?'
            assertThat(fast.parse(Language.JAVASCRIPT, "x", "f('\ud800');").orElseThrow().nodes(Kind.CALL)).hasSize(1);
            SyntaxTree big = fast.parse(Language.TYPESCRIPT, "x", inputs.get("one megabyte")).orElseThrow();
            assertThat(big.nodes(Kind.CALL)).hasSizeGreaterThan(10_000);
        }
    }

    @Test
    void aQueryThatDoesNotCompileBecomesTheGrammarsFailureMessage() {
        assumeBuilt();
        assertThat(Grammars.nativeCompileFailure(Language.TYPESCRIPT, "(no_such_node) @call"))
                .contains("the typescript query does not compile against its grammar (unknown node type at byte 1)");
        assertThat(Grammars.nativeCompileFailure(Language.PYTHON, "(call function: @call"))
                .hasValueSatisfying(m -> assertThat(m).contains("python query does not compile", "syntax error"));
        assertThat(Grammars.nativeCompileFailure(Language.GO, "(call_expression nonsense: (_)) @call"))
                .hasValueSatisfying(m -> assertThat(m).contains("unknown field"));
        assertThat(Grammars.nativeCompileFailure(Language.JAVA, Grammars.querySource(Language.JAVA))).isEmpty();
    }

    @Test
    void eachParserCanBeReusedAndClosedTwice() {
        assumeBuilt();
        CodeParser parser = new CodeParser(true);
        for (int i = 0; i < 50; i++) {
            assertThat(parser.parse(Language.PYTHON, "x", "def f():\n    return g(" + i + ")\n").orElseThrow()
                    .nodes(Kind.CALL)).hasSize(1);
        }
        parser.close();
        parser.close();
    }

    static boolean built() {
        return NativeTreeSitter.resource()
                .map(r -> NativeTreeSitter.class.getClassLoader().getResource(r) != null).orElse(false);
    }

    private static Optional<Language> language(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Language.forExtension(name.substring(dot + 1));
    }

    private static String megabyteOfRoutes() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 1_000_000; i++) {
            text.append("export async function GET").append(i).append("(req: Request) {\n")
                    .append("  const rows = await db.query(`SELECT * FROM t WHERE id = ${req.id}`, [").append(i)
                    .append("]);\n  return Response.json({ rows, ok: true });\n}\n");
        }
        return text.toString();
    }

    /** Every node in document order with its kind, byte range, parent and slots, and the first error line. */
    static String dump(SyntaxTree tree) {
        List<Node> nodes = tree.nodes();
        Map<Node, Integer> index = new java.util.IdentityHashMap<>();
        StringBuilder out = new StringBuilder("errorLine ").append(tree.errorLine()).append('\n');
        TreeSet<String> slotNames = new TreeSet<>();
        for (Grammars.Capture capture : Grammars.get(tree.language(), false).orElseThrow().captures()) {
            if (capture.kind() != null && capture.slot() != null) {
                slotNames.add(capture.slot());
            }
        }
        for (Node node : nodes) {
            index.put(node, index.size());
            out.append(index.get(node)).append(' ').append(node.kind()).append(' ').append(node.start()).append('-')
                    .append(node.end()).append(" parent=").append(node.parent().map(index::get).orElse(-1))
                    .append(" children=").append(node.children().size());
            for (String slot : slotNames) {
                node.slotRange(slot).ifPresent(r -> out.append(' ').append(slot).append('=').append(r[0]).append('-')
                        .append(r[1]));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
