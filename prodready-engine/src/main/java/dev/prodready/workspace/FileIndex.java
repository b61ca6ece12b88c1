package dev.prodready.workspace;

import org.eclipse.jgit.ignore.IgnoreNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Walks the scanned root once: honours .gitignore files (nested too), leaves out dependency folders, build
 * output, vendored, minified and binary files, and never follows a symbolic link.
 */
final class FileIndex {

    /** Folders that hold installed dependencies, build output or tool caches: never the app's own code. */
    static final Set<String> SKIPPED_DIRS = Set.of(
            ".git", "node_modules", "bower_components", "jspm_packages", "vendor", "third_party", "third-party",
            "dist", "build", "out", "target", ".next", ".nuxt", ".svelte-kit", ".vercel", ".netlify", ".output",
            ".turbo", ".cache", ".parcel-cache", "coverage", ".nyc_output", "__pycache__", ".venv", "venv",
            ".tox", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".gradle", ".idea", ".terraform", "Pods",
            ".expo", ".angular", "storybook-static", ".docusaurus", ".serverless", ".aws-sam");

    /** Extensions that are never text worth reading. */
    static final Set<String> BINARY_EXTENSIONS = Set.of(
            "png", "jpg", "jpeg", "gif", "webp", "avif", "ico", "bmp", "tiff", "psd", "heic", "mp3", "mp4", "mov",
            "wav", "ogg", "webm", "avi", "flac", "woff", "woff2", "ttf", "otf", "eot", "pdf", "zip", "gz", "tgz",
            "bz2", "xz", "7z", "rar", "jar", "war", "ear", "class", "so", "dll", "dylib", "exe", "bin", "o", "a",
            "pyc", "wasm", "db", "sqlite", "sqlite3", "keystore", "jks", "p12", "pfx", "der", "iso", "dmg");

    /** Extensions whose files are expected to be text: binary content there deserves a note. */
    static final Set<String> TEXT_EXTENSIONS = Set.of(
            "js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts", "vue", "svelte", "py", "rb", "php", "java", "kt",
            "go", "rs", "cs", "json", "yaml", "yml", "toml", "xml", "md", "mdx", "txt", "html", "css", "scss",
            "sql", "sh", "tf", "hcl", "env", "cfg", "ini", "gradle", "properties", "rst", "adoc");

    private FileIndex() {
    }

    static List<SourceFile> build(Path root, WorkspaceOptions options, NoteLog notes) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        Path realRoot = root.toRealPath();
        List<PathMatcher> skips = options.skipGlobs().stream()
                .map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
        Deque<Ignores> ignores = new ArrayDeque<>();
        if (options.useGitignore()) {
            IgnoreNode exclude = readIgnore(realRoot.resolve(".git/info/exclude"), notes, ".git/info/exclude");
            if (exclude != null) {
                ignores.push(new Ignores("", exclude));
            }
        }

        Files.walkFileTree(realRoot, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String rel = relative(realRoot, dir);
                if (!rel.isEmpty()) {
                    String name = dir.getFileName().toString();
                    if (SKIPPED_DIRS.contains(name) || ignored(ignores, rel, true) || matches(skips, rel)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                }
                if (options.useGitignore()) {
                    Path gitignore = dir.resolve(".gitignore");
                    if (Files.isRegularFile(gitignore, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        IgnoreNode node = readIgnore(gitignore, notes, rel.isEmpty() ? ".gitignore" : rel + "/.gitignore");
                        if (node != null) {
                            ignores.push(new Ignores(rel, node));
                        }
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
                String rel = relative(realRoot, dir);
                while (!ignores.isEmpty() && ignores.peek().dir().equals(rel)) {
                    ignores.pop();
                }
                if (exc != null) {
                    notes.add(rel, "folder could not be read completely: " + exc.getMessage());
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String rel = relative(realRoot, file);
                if (attrs.isSymbolicLink()) {
                    checkLink(realRoot, file, rel, notes);
                    return FileVisitResult.CONTINUE;
                }
                if (!attrs.isRegularFile() || ignored(ignores, rel, false) || matches(skips, rel)) {
                    return FileVisitResult.CONTINUE;
                }
                String name = file.getFileName().toString();
                String ext = extension(name);
                // A ".git" file (linked worktree, submodule) only points at git metadata elsewhere.
                if (name.equals(".git") || BINARY_EXTENSIONS.contains(ext) || isMinified(name)) {
                    return FileVisitResult.CONTINUE;
                }
                files.add(new SourceFile(rel, file, attrs.size(), options.maxFileBytes(), notes));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                notes.add(relative(realRoot, file), "cannot be read: " + exc.getClass().getSimpleName());
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.comparing(SourceFile::path));
        return files;
    }

    private record Ignores(String dir, IgnoreNode node) {
    }

    private static void checkLink(Path realRoot, Path link, String rel, NoteLog notes) {
        try {
            Path target = link.toRealPath();
            if (!target.startsWith(realRoot)) {
                notes.add(rel, "symbolic link points outside the scanned folder; not followed");
            }
            // A link to a file or folder inside the root: its target is indexed where it really lives.
        } catch (java.nio.file.FileSystemLoopException e) {
            notes.add(rel, "symbolic link loop; not followed");
        } catch (IOException e) {
            String why = e.getMessage() != null && e.getMessage().contains("Too many levels")
                    ? "symbolic link loop" : "broken symbolic link";
            notes.add(rel, why + "; not followed");
        }
    }

    private static boolean ignored(Deque<Ignores> ignores, String rel, boolean directory) {
        // Deepest .gitignore first: the nearest rule wins, as in git.
        for (Ignores entry : ignores) {
            String sub = entry.dir().isEmpty() ? rel
                    : rel.startsWith(entry.dir() + "/") ? rel.substring(entry.dir().length() + 1) : null;
            if (sub == null) {
                continue;
            }
            Boolean result = entry.node().checkIgnored(sub, directory);
            if (result != null) {
                return result;
            }
        }
        return false;
    }

    private static IgnoreNode readIgnore(Path file, NoteLog notes, String rel) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            IgnoreNode node = new IgnoreNode();
            node.parse(in);
            return node;
        } catch (IOException | RuntimeException e) {
            notes.add(rel, "ignore rules could not be read (" + e.getMessage() + "); applied none from it");
            return null;
        }
    }

    private static boolean matches(List<PathMatcher> skips, String rel) {
        if (skips.isEmpty()) {
            return false;
        }
        Path p = Path.of(rel);
        return skips.stream().anyMatch(m -> m.matches(p));
    }

    private static boolean isMinified(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".min.js") || lower.endsWith(".min.css") || lower.endsWith(".map")
                || lower.endsWith(".bundle.js") || lower.endsWith(".chunk.js");
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String relative(Path root, Path p) {
        // The walk hands back paths that extend the root's own text: cutting the prefix is exact and much cheaper
        // than Path.relativize, which compares name by name (a third of indexing 100,000 files).
        String rootText = root.toString();
        String text = p.toString();
        String rel;
        if (text.length() > rootText.length() + 1 && text.startsWith(rootText)
                && text.charAt(rootText.length()) == java.io.File.separatorChar) {
            rel = text.substring(rootText.length() + 1);
        } else {
            rel = root.relativize(p).toString();
        }
        return java.io.File.separatorChar == '/' ? rel : rel.replace(java.io.File.separatorChar, '/');
    }
}
