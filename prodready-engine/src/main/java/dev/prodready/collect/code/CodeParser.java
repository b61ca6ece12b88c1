package dev.prodready.collect.code;

import org.treesitter.TSParser;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One thread's parsers, one per language, created on first use and freed by {@link #close()}.
 * Not thread-safe: each worker owns one.
 */
public final class CodeParser implements AutoCloseable {

    private final Map<Language, TSParser> parsers = new EnumMap<>(Language.class);

    /** The file's syntax tree, or empty when the language's grammar is unavailable (see {@link Grammars#failure}). */
    public Optional<SyntaxTree> parse(Language language, String path, String text) {
        Optional<Grammars.Loaded> grammar = Grammars.get(language);
        if (grammar.isEmpty()) {
            return Optional.empty();
        }
        TSParser parser = parsers.computeIfAbsent(language, l -> {
            TSParser p = new TSParser();
            p.setLanguage(grammar.get().grammar());
            return p;
        });
        return Optional.of(TreeBuilder.build(grammar.get(), parser, path, text));
    }

    @Override
    public void close() {
        parsers.values().forEach(TSParser::close);
        parsers.clear();
    }
}
