package dev.prodready.collect.secret;

import dev.prodready.workspace.Git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One running git command whose standard output the caller streams; standard error is drained in the
 * background and its first few hundred bytes kept for a note. Closing ends the process.
 */
final class GitProcess implements AutoCloseable {

    private static final int ERR_LIMIT = 600;

    private final Process process;
    private final Thread errDrain;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private GitProcess(Process process) {
        this.process = process;
        this.errDrain = new Thread(this::drainErr, "git-stderr");
        errDrain.setDaemon(true);
        errDrain.start();
    }

    static GitProcess start(Git git, List<String> args) throws IOException {
        return new GitProcess(git.start(args));
    }

    InputStream stdout() {
        return process.getInputStream();
    }

    java.io.OutputStream stdin() {
        return process.getOutputStream();
    }

    /** Waits for the exit code (-1 on timeout, after which the process is killed). */
    int waitFor(long seconds) {
        try {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            errDrain.join(2000);
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return -1;
        }
    }

    /** The start of what git wrote to standard error, on one line. */
    String error() {
        synchronized (err) {
            return err.toString(StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
        }
    }

    private void drainErr() {
        byte[] buffer = new byte[4096];
        try (InputStream in = process.getErrorStream()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                synchronized (err) {
                    int room = ERR_LIMIT - err.size();
                    if (room > 0) {
                        err.write(buffer, 0, Math.min(room, n));
                    }
                }
            }
        } catch (IOException ignored) {
            // standard error only feeds notes
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // already gone
        }
    }
}
