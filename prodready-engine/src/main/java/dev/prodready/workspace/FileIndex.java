package dev.prodready.workspace;

import org.eclipse.jgit.ignore.IgnoreNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;

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
        Path realRoot = root.toRealPath();
        List<PathMatcher> skips = options.skipGlobs().stream()
                .map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
        Ignores ignores = null;
        if (options.useGitignore()) {
            IgnoreNode exclude = readIgnore(realRoot.resolve(".git/info/exclude"), notes, ".git/info/exclude");
            if (exclude != null) {
                ignores = new Ignores("", exclude, null);
            }
        }
        Queue<SourceFile> found = new ConcurrentLinkedQueue<>();
        Walk walk = new Walk(realRoot, options, skips, notes, found);
        // Folders are listed in parallel, by this thread and the common pool's: listing and stat-ing 100,000 files
        // one folder at a time kept a core idle for most of a second.
        walk.folder(realRoot, "", ignores).invoke();
        List<SourceFile> files = new ArrayList<>(found);
        files.sort(Comparator.comparing(SourceFile::path));
        return files;
    }

    /** What every folder of one walk shares. */
    private record Walk(Path root, WorkspaceOptions options, List<PathMatcher> skips, NoteLog notes,
                        Queue<SourceFile> found) {

        RecursiveAction folder(Path dir, String rel, Ignores inherited) {
            return new RecursiveAction() {
                @Override
                protected void compute() {
                    visit(dir, rel, inherited);
                }
            };
        }

        private void visit(Path dir, String rel, Ignores inherited) {
            Ignores ignores = inherited;
            if (options.useGitignore()) {
                Path gitignore = dir.resolve(".gitignore");
                if (Files.isRegularFile(gitignore, LinkOption.NOFOLLOW_LINKS)) {
                    IgnoreNode node = readIgnore(gitignore, notes, rel.isEmpty() ? ".gitignore" : rel + "/.gitignore");
                    if (node != null) {
                        ignores = new Ignores(rel, node, inherited);
                    }
                }
            }
            List<RecursiveAction> subfolders = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    String entryRel = rel.isEmpty() ? entry.getFileName().toString()
                            : rel + '/' + entry.getFileName().toString();
                    BasicFileAttributes attrs;
                    try {
                        attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    } catch (IOException e) {
                        notes.add(entryRel, "cannot be read: " + e.getClass().getSimpleName());
                        continue;
                    }
                    if (attrs.isDirectory()) {
                        String name = entry.getFileName().toString();
                        if (!SKIPPED_DIRS.contains(name) && !ignored(ignores, entryRel, true) && !matches(skips, entryRel)) {
                            subfolders.add(folder(entry, entryRel, ignores));
                        }
                    } else {
                        file(entry, entryRel, attrs, ignores);
                    }
                }
            } catch (DirectoryIteratorException e) {
                notes.add(rel, "folder could not be read completely: " + e.getCause().getMessage());
            } catch (IOException e) {
                notes.add(rel, "cannot be read: " + e.getClass().getSimpleName());
            }
            ForkJoinTask.invokeAll(subfolders);
        }

        private void file(Path file, String rel, BasicFileAttributes attrs, Ignores ignores) {
            if (attrs.isSymbolicLink()) {
                checkLink(root, file, rel, notes);
                return;
            }
            if (!attrs.isRegularFile() || ignored(ignores, rel, false) || matches(skips, rel)) {
                return;
            }
            String name = file.getFileName().toString();
            // A ".git" file (linked worktree, submodule) only points at git metadata elsewhere.
            if (name.equals(".git") || BINARY_EXTENSIONS.contains(extension(name)) || isMinified(name)) {
                return;
            }
            found.add(new SourceFile(rel, file, attrs.size(), options.maxFileBytes(), notes));
        }
    }

    /** The .gitignore rules in force in a folder: its own, then its parents' (the nearest rule wins, as in git). */
    private record Ignores(String dir, IgnoreNode node, Ignores parent) {
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

    private static boolean ignored(Ignores ignores, String rel, boolean directory) {
        for (Ignores entry = ignores; entry != null; entry = entry.parent()) {
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
}
