package dev.prodready.workspace;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Builds, at test time and inside a caller's temporary folder, the repositories that real users point the
 * scanner at and that break naive scanners: malformed manifests, huge and binary files, odd encodings,
 * symbolic link loops, ignored folders, shallow clones. Nothing here is committed; the 50 MB file is sparse,
 * so it costs no disk.
 *
 * <p>Public so that collector and audit tests in other packages can run over the same hostile input.
 */
public final class HostileRepos {

    /** Size of the oversized file: well over {@link WorkspaceOptions#DEFAULT_MAX_FILE_BYTES}. */
    public static final long HUGE_FILE_BYTES = 50L * 1024 * 1024;

    /** Paths inside {@link #hostile(Path)} that must be indexed. */
    public static final List<String> INDEXED = List.of(
            "package.json", "pyproject.toml", ".github/workflows/ci.yml", "data/seed-dump.sql", "app.js",
            "src/legacy-latin1.php", "docs/runbook-utf16.md", "src/index.ts", "src/keep.log", "src/nested/util.ts",
            ".gitignore", "src/.gitignore", "docs/café – notes.md");

    /** Paths inside {@link #hostile(Path)} that must not be indexed, and why. */
    public static final List<String> NOT_INDEXED = List.of(
            "node_modules/left-pad/index.js",    // dependency folder
            "web/node_modules/react/index.js",   // nested dependency folder
            "debug.log",                         // root .gitignore: *.log
            "generated/client.ts",               // root .gitignore: generated/
            "src/scratch.ts",                    // src/.gitignore
            "src/nested/tmp/out.ts",             // src/.gitignore: tmp/ at any depth below src
            "loop/a", "loop/b",                  // symbolic link loop
            "etc-link",                          // symbolic link to /etc
            "etc-link/passwd",                   // ...never followed
            "pipe.js");                          // a FIFO: reading it would block forever

    private HostileRepos() {
    }

    /**
     * A plain folder (no git) holding every kind of bad input at once.
     *
     * @return {@code dir}, filled
     */
    public static Path hostile(Path dir) throws IOException {
        Files.createDirectories(dir);

        // Malformed manifests and pipeline: collectors must turn these into notes, not exceptions.
        write(dir, "package.json", """
                {
                  "name": "hostile-app",
                  "version": "1.0.0",
                  "dependencies": {
                    "react": "^18.3.1",
                    "@supabase/supabase-js": "^2.45.0",
                  }
                  "scripts": { "build": "vite build"
                """);
        write(dir, "pyproject.toml", """
                [project
                name = "hostile-api"
                dependencies = ["fastapi>=0.110", "sqlalchemy>=2.0"
                [tool.poetry.dependencies]
                python = "^3.12
                """);
        write(dir, ".github/workflows/ci.yml", """
                name: ci
                on: [push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                  - uses: actions/checkout@v4
                \t  - run: npm test
                      with: : :
                """);

        // 50 MB, sparse: over the default cap, so its content is never read.
        try (RandomAccessFile huge = new RandomAccessFile(mkdirs(dir, "data/seed-dump.sql").toFile(), "rw")) {
            huge.setLength(HUGE_FILE_BYTES);
        }

        // Binary bytes behind a text extension (an ELF header followed by NULs and noise).
        byte[] binary = new byte[4096];
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0};
        System.arraycopy(elf, 0, binary, 0, elf.length);
        for (int i = 64; i < binary.length; i++) {
            binary[i] = (byte) ((i * 31) ^ (i >>> 3));
        }
        Files.write(dir.resolve("app.js"), binary);

        // Latin-1 bytes that are not valid UTF-8: "café crème" written by an old editor.
        Files.write(mkdirs(dir, "src/legacy-latin1.php"),
                "<?php\n// caf\u00e9 cr\u00e8me\necho 'ok';\n".getBytes(StandardCharsets.ISO_8859_1));

        // UTF-16LE with a byte order mark (Windows Notepad's "Unicode").
        byte[] utf16 = "# Runbook\n\nRestart the worker.\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        Files.write(mkdirs(dir, "docs/runbook-utf16.md"), withBom);

        // A non-ASCII file name (a Unicode e-acute and an en dash).
        write(dir, "docs/café – notes.md", "# Notes\n");

        // Ordinary sources, ignored paths and nested ignore rules.
        write(dir, "src/index.ts", "export const answer = 42;\n");
        write(dir, "src/nested/util.ts", "export const twice = (n: number) => n * 2;\n");
        write(dir, ".gitignore", "*.log\ngenerated/\n");
        write(dir, "src/.gitignore", "scratch.ts\ntmp/\n!keep.log\n");
        write(dir, "debug.log", "GET / 200\n");
        write(dir, "src/keep.log", "kept on purpose by a negated rule\n");
        write(dir, "generated/client.ts", "export {};\n");
        write(dir, "src/scratch.ts", "// ignored\n");
        write(dir, "src/nested/tmp/out.ts", "// ignored\n");
        write(dir, "node_modules/left-pad/index.js", "module.exports = () => {};\n");
        write(dir, "node_modules/left-pad/package.json", "{\"name\":\"left-pad\"}\n");
        write(dir, "web/node_modules/react/index.js", "module.exports = {};\n");

        // An empty folder.
        Files.createDirectories(dir.resolve("empty/also-empty"));

        // Symbolic links: a loop (a -> b -> a) and one that leaves the root.
        Files.createDirectories(dir.resolve("loop"));
        Files.createSymbolicLink(dir.resolve("loop/a"), Path.of("b"));
        Files.createSymbolicLink(dir.resolve("loop/b"), Path.of("a"));
        Files.createSymbolicLink(dir.resolve("etc-link"), Path.of("/etc"));

        // A named pipe with a source extension, where the platform can make one.
        runQuietly(dir, "mkfifo", "pipe.js");
        return dir;
    }

    /** An empty folder. */
    public static Path empty(Path dir) throws IOException {
        return Files.createDirectories(dir);
    }

    /** A folder with a little code and no git metadata. */
    public static Path notGit(Path dir) throws IOException {
        Files.createDirectories(dir);
        write(dir, "index.html", "<!doctype html><title>hello</title>\n");
        write(dir, "main.js", "console.log('hello');\n");
        return dir;
    }

    /**
     * A git repository with three commits by two authors; needs the git binary.
     *
     * @return {@code dir}
     */
    public static Path repoWithThreeCommits(Path dir) throws IOException {
        Files.createDirectories(dir);
        git(dir, "init", "-q", "-b", "main");
        write(dir, "README.md", "# demo\n");
        commit(dir, "ana@example.com", "2026-01-05T10:00:00Z", "first commit");
        write(dir, "src/app.ts", "export const v = 1;\n");
        commit(dir, "ben@example.com", "2026-02-10T10:00:00Z", "add app");
        write(dir, "src/app.ts", "export const v = 2;\n");
        commit(dir, "ana@example.com", "2026-03-15T10:00:00Z", "bump v");
        return dir;
    }

    /**
     * A {@code --depth 1} clone of {@code origin} (a repository with history) into {@code dir}.
     *
     * @return {@code dir}
     */
    public static Path shallowClone(Path origin, Path dir) throws IOException {
        git(dir.getParent(), "clone", "-q", "--depth", "1", origin.toUri().toString(), dir.toString());
        return dir;
    }

    /**
     * A linked worktree of {@code repo} on a new branch, whose {@code .git} is a file, as in submodules.
     *
     * @return {@code dir}
     */
    public static Path linkedWorktree(Path repo, Path dir) throws IOException {
        git(repo, "worktree", "add", "-q", "-b", "feature", dir.toString());
        return dir;
    }

    /**
     * Marks the repository as needing a git extension no git knows, so the git binary refuses to read it
     * while JGit, which does not check extensions it does not use, still can.
     */
    public static void requireUnknownGitExtension(Path repo) throws IOException {
        git(repo, "config", "core.repositoryformatversion", "1");
        git(repo, "config", "extensions.prodreadyFutureFormat", "true");
    }

    private static void commit(Path dir, String email, String date, String message) throws IOException {
        git(dir, "add", "-A");
        List<String> args = List.of("-c", "user.email=" + email, "-c", "user.name=" + email.substring(0, email.indexOf('@')),
                "-c", "commit.gpgsign=false", "commit", "-q", "--date", date, "-m", message);
        runGit(dir, args, date);
    }

    private static void git(Path dir, String... args) throws IOException {
        runGit(dir, List.of(args), null);
    }

    private static void runGit(Path dir, List<String> args, String committerDate) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        pb.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        pb.environment().put("GIT_TERMINAL_PROMPT", "0");
        if (committerDate != null) {
            pb.environment().put("GIT_COMMITTER_DATE", committerDate);
        }
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + new String(out, StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + command, e);
        }
    }

    private static void runQuietly(Path dir, String... command) {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            // No such tool here: the case is simply not built.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void write(Path root, String relative, String text) throws IOException {
        Files.writeString(mkdirs(root, relative), text, StandardCharsets.UTF_8);
    }

    private static Path mkdirs(Path root, String relative) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return file;
    }
}
