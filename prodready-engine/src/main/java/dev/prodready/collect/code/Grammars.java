package dev.prodready.collect.code;

import org.treesitter.TSLanguage;
import org.treesitter.TSQuery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Loads each language's grammar and compiles its query once per process, for the parser path in use: our native
 * runtime ({@link NativeTreeSitter}, the default when it loaded) or the io.github.bonede binding. Languages and
 * compiled queries are immutable and shared by all threads (tree-sitter allows that); parsers, trees and cursors are
 * per file and closed by their users. A grammar whose native library fails to load is remembered as unavailable with
 * the reason, so a scan notes it and goes on with the other languages.
 */
public final class Grammars {

    /** A loaded grammar with its compiled query and the meaning of each capture id. */
    public record Loaded(Language language, TSLanguage grammar, Query query, Capture[] captures) {
    }

    /** A query compiled by one of the two runtimes; capture ids index {@link Loaded#captures()}. */
    public sealed interface Query permits BindingQuery, NativeQuery {
    }

    /** A query of the io.github.bonede binding's runtime. */
    public record BindingQuery(TSQuery query) implements Query {
    }

    /** A query compiled by our native runtime, with the grammar's TSLanguage pointer it was compiled for. */
    public record NativeQuery(long language, long query) implements Query {
    }

    /**
     * What a capture id of the query means: a node kind, and a slot of it when the capture is {@code kind.slot};
     * the capture {@code @error} (kind null) marks syntax errors.
     */
    public record Capture(Kind kind, String slot) {
    }

    private record Result(Loaded loaded, String failure) {
    }

    private static final Map<Language, Result> NATIVE = new EnumMap<>(Language.class);
    private static final Map<Language, Result> BINDING = new EnumMap<>(Language.class);
    private static final boolean TIMINGS = System.getenv("PRODREADY_TIMINGS") != null;
    private static boolean described;

    private Grammars() {
    }

    /** The loaded grammar, or empty with {@link #failure(Language)} saying why. */
    public static Optional<Loaded> get(Language language) {
        return get(language, NativeTreeSitter.preferred());
    }

    /** The grammar loaded for the native path or for the binding path. */
    static Optional<Loaded> get(Language language, boolean nativeRuntime) {
        return Optional.ofNullable(result(language, nativeRuntime).loaded());
    }

    /** Why the language's grammar is unavailable, or empty when it loaded. */
    public static Optional<String> failure(Language language) {
        return Optional.ofNullable(result(language, NativeTreeSitter.preferred()).failure());
    }

    private static synchronized Result result(Language language, boolean nativeRuntime) {
        if (TIMINGS && !described) {
            described = true;
            System.err.println("parser    tree-sitter through " + NativeTreeSitter.describe());
        }
        return nativeRuntime
                ? NATIVE.computeIfAbsent(language, l -> load(l, true))
                : BINDING.computeIfAbsent(language, l -> load(l, false));
    }

    /** Tests only: makes a language behave as if its native library had failed to load. */
    static synchronized void simulateFailure(Language language, String reason) {
        NATIVE.put(language, new Result(null, reason));
        BINDING.put(language, new Result(null, reason));
    }

    /** Tests only: forgets a simulated failure so the grammar loads again. */
    static synchronized void reset(Language language) {
        NATIVE.remove(language);
        BINDING.remove(language);
    }

    private static Result load(Language language, boolean nativeRuntime) {
        TSLanguage grammar;
        try {
            grammar = language.newGrammar();
        } catch (LinkageError | RuntimeException e) {
            // UnsatisfiedLinkError, ExceptionInInitializerError, "Does not support OS/arch" from the binding
            return new Result(null, "the " + language.id() + " parser could not be loaded on this platform ("
                    + System.getProperty("os.name") + "/" + System.getProperty("os.arch") + ": "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()) + ")");
        }
        if (nativeRuntime) {
            Optional<Result> loaded = loadNative(language, grammar);
            if (loaded.isPresent()) {
                return loaded.get();
            }
        }
        return loadBinding(language, grammar);
    }

    /** The grammar with a query of our runtime, or empty when our runtime cannot take this grammar. */
    private static Optional<Result> loadNative(Language language, TSLanguage grammar) {
        long pointer = nativePointer(grammar);
        if (pointer == 0) {
            return Optional.empty();
        }
        int[] error = new int[2];
        long query = NativeTreeSitter.newQuery(pointer, querySource(language).getBytes(StandardCharsets.UTF_8), error);
        if (query == 0) {
            return Optional.of(new Result(null, nativeQueryFailure(language, error)));
        }
        String[] names = NativeTreeSitter.captureNames(query);
        Capture[] captures = new Capture[names.length];
        for (int i = 0; i < captures.length; i++) {
            captures[i] = capture(names[i]);
        }
        return Optional.of(new Result(new Loaded(language, grammar, new NativeQuery(pointer, query), captures), null));
    }

    /**
     * The grammar's TSLanguage pointer for our runtime (the binding keeps it in a protected method), or 0 when it
     * cannot be read or the grammar's ABI version is one our runtime does not accept (the binding then parses it).
     */
    private static long nativePointer(TSLanguage grammar) {
        if (!NativeTreeSitter.loaded()) {
            return 0;
        }
        long pointer;
        try {
            Method getPtr = TSLanguage.class.getDeclaredMethod("getPtr");
            getPtr.setAccessible(true);
            pointer = (long) getPtr.invoke(grammar);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return 0;
        }
        if (pointer == 0) {
            return 0;
        }
        int[] abi = NativeTreeSitter.abiRange();
        int version = NativeTreeSitter.abiVersion(pointer);
        return version < abi[0] || version > abi[1] ? 0 : pointer;
    }

    /** Tests only: compiles a query source with our runtime; the failure message, or empty when it compiles. */
    static Optional<String> nativeCompileFailure(Language language, String source) {
        long pointer = nativePointer(language.newGrammar());
        if (pointer == 0) {
            throw new IllegalStateException("our runtime does not take the " + language.id() + " grammar");
        }
        int[] error = new int[2];
        long query = NativeTreeSitter.newQuery(pointer, source.getBytes(StandardCharsets.UTF_8), error);
        if (query == 0) {
            return Optional.of(nativeQueryFailure(language, error));
        }
        NativeTreeSitter.deleteQuery(query);
        return Optional.empty();
    }

    private static String nativeQueryFailure(Language language, int[] error) {
        return "the " + language.id() + " query does not compile against its grammar (" + queryError(error[1])
                + " at byte " + error[0] + ")";
    }

    /** The TSQueryError names of tree-sitter's api.h, by value. */
    static String queryError(int type) {
        return switch (type) {
            case 1 -> "syntax error";
            case 2 -> "unknown node type";
            case 3 -> "unknown field";
            case 4 -> "unknown capture";
            case 5 -> "invalid structure";
            case 6 -> "incompatible language";
            default -> "query error " + type;
        };
    }

    private static Result loadBinding(Language language, TSLanguage grammar) {
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
        return new Result(new Loaded(language, grammar, new BindingQuery(query), captures), null);
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
