package dev.prodready.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Output files: regular ones are replaced whole; a pipe or device someone points -o at is written, not replaced. */
class ReportFilesTest {

    @TempDir
    Path dir;

    @Test
    void aRegularFileIsReplacedWholeAndNoTemporaryFileIsLeft() throws IOException {
        Path file = dir.resolve("out/report.json");
        ReportFiles.write(file, w -> w.write("first"));
        ReportFiles.write(file, w -> w.write("second"));
        assertThat(Files.readString(file)).isEqualTo("second");
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("report.json");
        }
    }

    @Test
    void aNamedPipeIsWrittenThroughAndStaysAPipe() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(mkfifo.exitValue()).isZero();
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        ReportFiles.write(fifo, w -> w.write("{\"schema\":1}"));
        assertThat(reader.get(10, TimeUnit.SECONDS)).isEqualTo("{\"schema\":1}");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }
}
