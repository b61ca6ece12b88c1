package dev.prodready.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an output file. A new or regular file is written to a temporary file beside it and moved into place, so a
 * reader never sees half a report; anything else that already exists (/dev/null, /dev/stdout, a named pipe) is
 * written to directly, never replaced.
 */
final class ReportFiles {

    /** What goes into the file. */
    @FunctionalInterface
    interface Body {
        void write(Writer w) throws IOException;
    }

    private ReportFiles() {
    }

    static void write(Path file, Body body) throws IOException {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                body.write(w);
            }
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path tmp = Files.createTempFile(parent, ".prodready-", ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                body.write(w);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
