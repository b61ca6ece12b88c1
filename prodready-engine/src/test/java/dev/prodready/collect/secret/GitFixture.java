package dev.prodready.collect.secret;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Builds small git repositories inside a test's temporary folder, with fixed authors and dates. */
final class GitFixture {

    private final Path root;
    private int tick;

    GitFixture(Path root) throws IOException {
        this.root = root;
        git("init", "-q", "-b", "main");
    }

    Path root() {
        return root;
    }

    GitFixture write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return this;
    }

    GitFixture writeBytes(String path, byte[] bytes) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return this;
    }

    GitFixture delete(String path) throws IOException {
        Files.delete(root.resolve(path));
        return this;
    }

    /** Stages everything and commits as the given author; returns the commit hash. */
    String commit(String author, String message) throws IOException {
        git("add", "-A");
        tick++;
        String date = "2024-0" + Math.min(9, 1 + tick / 28) + "-" + String.format("%02d", 1 + tick % 28) + "T10:00:00Z";
        git(List.of("GIT_AUTHOR_DATE=" + date, "GIT_COMMITTER_DATE=" + date), "-c", "user.name=" + author,
                "-c", "user.email=" + author.toLowerCase().replace(' ', '.') + "@example.com", "-c",
                "commit.gpgsign=false", "commit", "-q", "--allow-empty", "-m", message);
        return git("rev-parse", "HEAD").strip();
    }

    String git(String... args) throws IOException {
        return git(List.of(), args);
    }

    String git(List<String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        pb.environment().put("HOME", root.toString());
        for (String e : env) {
            String[] kv = e.split("=", 2);
            pb.environment().put(kv[0], kv[1]);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("git " + String.join(" ", args) + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return out;
    }
}
