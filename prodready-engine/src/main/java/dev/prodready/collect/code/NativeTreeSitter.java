package dev.prodready.collect.code;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Optional;

/**
 * Our native tree-sitter library ({@code libprodready-treesitter.so}, built by {@code src/main/native/build.sh}):
 * the runtime at -O2 with a JNI glue that parses a file and runs its query in one call. Loaded once, from a private
 * temporary copy of the classpath resource; when it is missing or does not load, the reason is kept and parsing goes
 * through the io.github.bonede binding instead. {@code -Dprodready.treesitter=binding} or
 * {@code PRODREADY_TREESITTER=binding} forces the binding (for comparisons); results are the same either way.
 */
final class NativeTreeSitter {

    static final String LIBRARY = "libprodready-treesitter.so";

    private static final Object LOCK = new Object();
    private static volatile Optional<String> failure;

    private NativeTreeSitter() {
    }

    /** True when the native library is loaded (loading it on first call). */
    static boolean loaded() {
        return failure().isEmpty();
    }

    /** Why the native library is not in use, or empty when it loaded. */
    static Optional<String> failure() {
        Optional<String> known = failure;
        if (known == null) {
            synchronized (LOCK) {
                if (failure == null) {
                    failure = load();
                }
                known = failure;
            }
        }
        return known;
    }

    /** True when files should be parsed natively: the library loaded and the binding is not forced. */
    static boolean preferred() {
        return !bindingForced() && loaded();
    }

    static boolean bindingForced() {
        String choice = System.getProperty("prodready.treesitter", System.getenv("PRODREADY_TREESITTER"));
        return "binding".equalsIgnoreCase(choice);
    }

    /** Which parser path a scan uses, for PRODREADY_TIMINGS. */
    static String describe() {
        if (bindingForced()) {
            return "io.github.bonede binding (forced by prodready.treesitter / PRODREADY_TREESITTER)";
        }
        return failure().map(why -> "io.github.bonede binding (" + why + ")")
                .orElse("native " + LIBRARY + " (tree-sitter runtime at -O2, one JNI call per file)");
    }

    /** The classpath resource of this platform's library, e.g. native/linux-x86_64/libprodready-treesitter.so. */
    static Optional<String> resource() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = switch (System.getProperty("os.arch", "").toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> null;
        };
        if (!os.startsWith("linux") || arch == null) {
            return Optional.empty();
        }
        return Optional.of("native/linux-" + arch + "/" + LIBRARY);
    }

    private static Optional<String> load() {
        Optional<String> resource = resource();
        if (resource.isEmpty()) {
            return Optional.of("no native library for " + System.getProperty("os.name") + "/"
                    + System.getProperty("os.arch"));
        }
        Path copy = null;
        try (InputStream in = NativeTreeSitter.class.getClassLoader().getResourceAsStream(resource.get())) {
            if (in == null) {
                return Optional.of(resource.get() + " was not built (gcc or npm missing at build time)");
            }
            copy = Files.createTempFile("prodready-treesitter-", ".so",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            System.load(copy.toAbsolutePath().toString());
            int[] abi = abiRange();
            if (abi.length != 2 || abi[0] > abi[1]) {
                return Optional.of(LIBRARY + " answered an invalid ABI range");
            }
            return Optional.empty();
        } catch (IOException | RuntimeException | LinkageError e) {
            // a noexec temporary folder, a library built for another libc, a stale library missing a function...
            return Optional.of(LIBRARY + " did not load (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        } finally {
            if (copy != null) {
                try {
                    // a loaded library stays mapped after its file is removed
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    copy.toFile().deleteOnExit();
                }
            }
        }
    }

    /** {min, max} language ABI versions the runtime accepts. */
    static native int[] abiRange();

    static native int abiVersion(long language);

    /** A compiled query, or 0 with {byte offset, TSQueryError} written into {@code error}. */
    static native long newQuery(long language, byte[] sourceUtf8, int[] error);

    static native void deleteQuery(long query);

    static native String[] captureNames(long query);

    /** A parser (with its query cursor) for one language, or 0 when the runtime refuses the language. */
    static native long newParser(long language);

    static native void deleteParser(long parser);

    /**
     * Parses UTF-8 text and runs the query: {hasError, then per match its capture count and (captureId, startByte,
     * endByte) per capture}; null when no tree came out.
     */
    static native int[] parse(long parser, long query, byte[] utf8);
}
