package dev.prodready.workspace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the git binary read-only against the scanned repository. Options that could make git run code
 * from the repository's own configuration (fsmonitor, hooks, pagers, textconv) are switched off.
 */
public final class Git {

    private static final List<String> SAFE_FLAGS = List.of(
            "-c", "core.fsmonitor=false", "-c", "core.hooksPath=/dev/null", "-c", "safe.directory=*",
            "-c", "diff.external=", "--no-pager");

    private final Path root;

    Git(Path root) {
        this.root = root;
    }

    /** True when a git binary can be started on this machine. */
    public static boolean available() {
        try {
            Process p = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Starts {@code git <args>} in the root with the safe flags; the caller reads and closes its streams. */
    public Process start(List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(SAFE_FLAGS);
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile());
        pb.environment().put("GIT_TERMINAL_PROMPT", "0");
        pb.environment().put("GIT_OPTIONAL_LOCKS", "0");
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        pb.environment().remove("GIT_DIR");
        pb.environment().remove("GIT_WORK_TREE");
        return pb.start();
    }

    /** Runs git to completion; the standard output when it exits 0, else empty. */
    public Optional<String> run(String... args) {
        try {
            Process p = start(List.of(args));
            p.getOutputStream().close();
            Thread drainErr = drain(p.getErrorStream());
            byte[] out = p.getInputStream().readAllBytes();
            drainErr.join(10_000);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return p.exitValue() == 0 ? Optional.of(new String(out, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static Thread drain(InputStream in) {
        Thread t = new Thread(() -> {
            try {
                in.transferTo(new ByteArrayOutputStream());
            } catch (IOException ignored) {
                // stderr is informational only
            }
        }, "git-stderr");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
