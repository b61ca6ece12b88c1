package dev.prodready.workspace;

import java.util.List;

/**
 * How the file index is built.
 *
 * @param maxFileBytes files larger than this are indexed but their content is not read (a note says so)
 * @param skipGlobs    extra glob patterns (relative to the root) to leave out, from settings
 * @param useGitignore honour .gitignore files (nested ones too) and .git/info/exclude
 */
public record WorkspaceOptions(long maxFileBytes, List<String> skipGlobs, boolean useGitignore) {

    public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;

    public WorkspaceOptions {
        skipGlobs = List.copyOf(skipGlobs);
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive");
        }
    }

    public static WorkspaceOptions defaults() {
        return new WorkspaceOptions(DEFAULT_MAX_FILE_BYTES, List.of(), true);
    }

    public WorkspaceOptions withSkipGlobs(List<String> globs) {
        return new WorkspaceOptions(maxFileBytes, globs, useGitignore);
    }

    public WorkspaceOptions withMaxFileBytes(long bytes) {
        return new WorkspaceOptions(bytes, skipGlobs, useGitignore);
    }
}
