package dev.prodready.collect.code;

import org.treesitter.TSLanguage;
import org.treesitter.TSQuery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Loads each language's grammar and compiles its query once per process. Languages and compiled queries are
 * immutable and shared by all threads (tree-sitter allows that); parsers, trees and cursors are per file and
 * closed by their users. A grammar whose native library fails to load is remembered as unavailable with the
 * reason, so a scan notes it and goes on with the other languages.
 */
public final class Grammars {

    /** A loaded grammar with its compiled query and the meaning of each capture id. */
    public record Loaded(Language language, TSLanguage grammar, TSQuery query, Capture[] captures) {
    }

    /**
     * What a capture id of the query means: a node kind, and a slot of it when the capture is {@code kind.slot};
     * the capture {@code @error} (kind null) marks syntax errors.
     */
    public record Capture(Kind kind, String slot) {
    }

    private record Result(Loaded loaded, String failure) {
    }

    private static final Map<Language, Result> CACHE = new EnumMap<>(Language.class);

    private Grammars() {
    }

    /** The loaded grammar, or empty with {@link #failure(Language)} saying why. */
    public static Optional<Loaded> get(Language language) {
        return Optional.ofNullable(result(language).loaded());
    }

    /** Why the language's grammar is unavailable, or empty when it loaded. */
    public static Optional<String> failure(Language language) {
        return Optional.ofNullable(result(language).failure());
    }

    private static synchronized Result result(Language language) {
        return CACHE.computeIfAbsent(language, Grammars::load);
    }

    /** Tests only: makes a language behave as if its native library had failed to load. */
    static synchronized void simulateFailure(Language language, String reason) {
        CACHE.put(language, new Result(null, reason));
    }

    /** Tests only: forgets a simulated failure so the grammar loads again. */
    static synchronized void reset(Language language) {
        CACHE.remove(language);
    }

    private static Result load(Language language) {
        TSLanguage grammar;
        try {
            grammar = language.newGrammar();
        } catch (LinkageError | RuntimeException e) {
            // UnsatisfiedLinkError, ExceptionInInitializerError, "Does not support OS/arch" from the binding
            return new Result(null, "the " + language.id() + " parser could not be loaded on this platform ("
                    + System.getProperty("os.name") + "/" + System.getProperty("os.arch") + ": "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()) + ")");
        }
        TSQuery query;
        try {
            query = new TSQuery(grammar, querySource(language));
        } catch (RuntimeException e) {
            return new Result(null, "the " + language.id() + " query does not compile against its grammar ("
                    + e.getMessage() + ")");
        }
        Capture[] captures = new Capture[query.getCaptureCount()];
        for (int i = 0; i < captures.length; i++) {
            captures[i] = capture(query.getCaptureNameForId(i));
        }
        return new Result(new Loaded(language, grammar, query, captures), null);
    }

    static Capture capture(String name) {
        if (name.equals("error")) {
            return new Capture(null, "error");
        }
        int dot = name.indexOf('.');
        Kind kind = Kind.ofCapture(dot < 0 ? name : name.substring(0, dot));
        return new Capture(kind, dot < 0 ? null : name.substring(dot + 1));
    }

    static String querySource(Language language) {
        StringBuilder all = new StringBuilder();
        for (String file : language.queryFiles()) {
            String resource = "/code/queries/" + file + ".scm";
            try (InputStream in = Grammars.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing query resource " + resource);
                }
                all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all.toString();
    }
}
