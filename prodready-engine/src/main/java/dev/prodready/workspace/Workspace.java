package dev.prodready.workspace;

import dev.prodready.fact.Note;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A read-only view of what is scanned: the file index, lazily read contents, the git history and the
 * optional live URL. Built once per scan; the only code that touches the disk, git or the network.
 */
public final class Workspace {

    /** Above this many files, texts are read afresh by each collector rather than cached (see NoteLog). */
    static final int TEXT_CACHE_MAX_FILES = 20_000;

    private final Path root;
    private final List<SourceFile> files;
    private final Map<String, SourceFile> byPath;
    private final GitHistory history;
    private final NoteLog notes;
    private final Optional<URI> url;
    private final List<java.nio.file.PathMatcher> skips;

    private Workspace(Path root, List<SourceFile> files, NoteLog notes, Optional<URI> url, List<String> skipGlobs) {
        this.root = root;
        this.files = List.copyOf(files);
        Map<String, SourceFile> index = new LinkedHashMap<>();
        files.forEach(f -> index.put(f.path(), f));
        this.byPath = index;
        this.notes = notes;
        this.history = new GitHistory(root, notes);
        this.url = url;
        this.skips = skipGlobs.stream()
                .map(g -> java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
    }

    /**
     * Opens the folder at {@code root}.
     *
     * @throws WorkspaceException when the folder does not exist, is not a folder or cannot be listed
     */
    public static Workspace open(Path root, WorkspaceOptions options, Optional<URI> url) throws WorkspaceException {
        Path absolute = root.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            throw new WorkspaceException("no such folder: " + root);
        }
        if (!Files.isDirectory(absolute)) {
            throw new WorkspaceException("not a folder: " + root);
        }
        if (!Files.isReadable(absolute)) {
            throw new WorkspaceException("folder cannot be read: " + root);
        }
        NoteLog notes = new NoteLog();
        try {
            List<SourceFile> files = FileIndex.build(absolute, options, notes);
            notes.cacheTexts(files.size() <= TEXT_CACHE_MAX_FILES);
            return new Workspace(absolute, files, notes, url, options.skipGlobs());
        } catch (IOException e) {
            throw new WorkspaceException("folder cannot be listed: " + root + " (" + e.getMessage() + ")");
        }
    }

    public static Workspace open(Path root) throws WorkspaceException {
        return open(root, WorkspaceOptions.defaults(), Optional.empty());
    }

    public Path root() {
        return root;
    }

    /** Every indexed file, sorted by path. */
    public List<SourceFile> files() {
        return files;
    }

    public List<SourceFile> files(Predicate<SourceFile> filter) {
        return files.stream().filter(filter).toList();
    }

    public Optional<SourceFile> file(String relativePath) {
        return Optional.ofNullable(byPath.get(relativePath));
    }

    /**
     * Whether a path (which may no longer exist, e.g. from history) lies where the index never looks: a
     * dependency or build folder, or a path the settings skip.
     */
    public boolean excluded(String relativePath) {
        for (String segment : relativePath.split("/")) {
            if (FileIndex.SKIPPED_DIRS.contains(segment)) {
                return true;
            }
        }
        return skippedBySettings(relativePath);
    }

    /** Whether the scan's settings (.prodready.yml skip globs) leave this path out. */
    public boolean skippedBySettings(String relativePath) {
        Path p = Path.of(relativePath);
        for (java.nio.file.PathMatcher m : skips) {
            if (m.matches(p)) {
                return true;
            }
            for (Path parent = p.getParent(); parent != null; parent = parent.getParent()) {
                if (m.matches(parent)) {
                    return true;
                }
            }
        }
        return false;
    }

    public GitHistory history() {
        return history;
    }

    public Optional<URI> url() {
        return url;
    }

    /** Notes from indexing and reading so far (call after collectors ran for the full list). */
    public List<Note> notes() {
        return notes.sorted();
    }

    /** Lets engines record a note against this workspace (same list as reading problems). */
    public void note(String path, String message) {
        notes.add(path, message);
    }
}
