package dev.prodready.collect.code;

import org.treesitter.TSParser;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One thread's parsers, one per language, created on first use and freed by {@link #close()}: our native runtime's
 * when it loaded ({@link NativeTreeSitter}), else the io.github.bonede binding's. Not thread-safe: each worker owns one.
 */
public final class CodeParser implements AutoCloseable {

    private final boolean nativeRuntime;
    private final Map<Language, TSParser> bindingParsers = new EnumMap<>(Language.class);
    private final Map<Language, Long> nativeParsers = new EnumMap<>(Language.class);

    public CodeParser() {
        this(NativeTreeSitter.preferred());
    }

    /** Which tree-sitter path {@code new CodeParser()} uses, e.g. "native libprodready-treesitter.so (...)". */
    public static String runtime() {
        return NativeTreeSitter.describe();
    }

    /** A parser on the native path (which must have loaded) or on the binding path. */
    CodeParser(boolean nativeRuntime) {
        if (nativeRuntime && !NativeTreeSitter.loaded()) {
            throw new IllegalStateException("native tree-sitter runtime unavailable: "
                    + NativeTreeSitter.failure().orElse(""));
        }
        this.nativeRuntime = nativeRuntime;
    }

    /** The file's syntax tree, or empty when the language's grammar is unavailable (see {@link Grammars#failure}). */
    public Optional<SyntaxTree> parse(Language language, String path, String text) {
        Optional<Grammars.Loaded> loaded = Grammars.get(language, nativeRuntime);
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        Grammars.Loaded grammar = loaded.get();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int[] matches;
        if (grammar.query() instanceof Grammars.NativeQuery query) {
            long parser = nativeParsers.computeIfAbsent(language, l -> NativeTreeSitter.newParser(query.language()));
            if (parser == 0) {
                throw new IllegalStateException("the native runtime refused the " + language.id() + " grammar");
            }
            matches = NativeTreeSitter.parse(parser, query.query(), bytes);
            if (matches == null) {
                throw new IllegalStateException("the native " + language.id() + " parser returned no tree");
            }
        } else {
            TSParser parser = bindingParsers.computeIfAbsent(language, l -> {
                TSParser p = new TSParser();
                p.setLanguage(grammar.grammar());
                return p;
            });
            matches = TreeBuilder.bindingMatches(parser, ((Grammars.BindingQuery) grammar.query()).query(), text);
        }
        return Optional.of(TreeBuilder.build(grammar, path, text, bytes, matches));
    }

    @Override
    public void close() {
        bindingParsers.values().forEach(TSParser::close);
        bindingParsers.clear();
        nativeParsers.values().forEach(parser -> {
            if (parser != 0) {
                NativeTreeSitter.deleteParser(parser);
            }
        });
        nativeParsers.clear();
    }
}
