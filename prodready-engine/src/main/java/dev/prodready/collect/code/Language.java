package dev.prodready.collect.code;

import org.treesitter.TSLanguage;
import org.treesitter.TreeSitterGo;
import org.treesitter.TreeSitterJava;
import org.treesitter.TreeSitterJavascript;
import org.treesitter.TreeSitterPhp;
import org.treesitter.TreeSitterPython;
import org.treesitter.TreeSitterRuby;
import org.treesitter.TreeSitterTsx;
import org.treesitter.TreeSitterTypescript;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The languages parsed with tree-sitter, their file extensions and their query files under
 * {@code resources/code/queries/}. The grammar classes are only touched through the suppliers, so a grammar
 * whose native library cannot load fails alone (see {@link Grammars}).
 */
public enum Language {
    TYPESCRIPT("typescript", Set.of("ts", "mts", "cts"), List.of("ecmascript", "typescript"), TreeSitterTypescript::new),
    TSX("tsx", Set.of("tsx"), List.of("ecmascript", "typescript", "jsx"), TreeSitterTsx::new),
    JAVASCRIPT("javascript", Set.of("js", "jsx", "mjs", "cjs"), List.of("ecmascript", "jsx"), TreeSitterJavascript::new),
    PYTHON("python", Set.of("py"), List.of("python"), TreeSitterPython::new),
    JAVA("java", Set.of("java"), List.of("java"), TreeSitterJava::new),
    GO("go", Set.of("go"), List.of("go"), TreeSitterGo::new),
    PHP("php", Set.of("php"), List.of("php"), TreeSitterPhp::new),
    RUBY("ruby", Set.of("rb"), List.of("ruby"), TreeSitterRuby::new);

    private final String id;
    private final Set<String> extensions;
    private final List<String> queryFiles;
    private final Supplier<TSLanguage> grammar;

    Language(String id, Set<String> extensions, List<String> queryFiles, Supplier<TSLanguage> grammar) {
        this.id = id;
        this.extensions = extensions;
        this.queryFiles = queryFiles;
        this.grammar = grammar;
    }

    public String id() {
        return id;
    }

    List<String> queryFiles() {
        return queryFiles;
    }

    TSLanguage newGrammar() {
        return grammar.get();
    }

    /** True for the JavaScript family (TypeScript, TSX, JavaScript), which share most analyses' vocabulary. */
    public boolean ecmascript() {
        return this == TYPESCRIPT || this == TSX || this == JAVASCRIPT;
    }

    /** The rule-data family name: "ecmascript" for the JS family, else the language id. */
    public String family() {
        return ecmascript() ? "ecmascript" : id;
    }

    public static Optional<Language> forExtension(String extension) {
        for (Language language : values()) {
            if (language.extensions.contains(extension)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
