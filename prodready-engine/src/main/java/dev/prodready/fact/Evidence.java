package dev.prodready.fact;

import java.util.Objects;

/**
 * Where a user can look to verify a statement: a file line, a commit, or a URL and header.
 * Absent parts are null (renderers omit them); a line of 0 means "the file as a whole".
 */
public record Evidence(String path, int line, String commit, String url, String note) {

    public Evidence {
        if (path == null && url == null && commit == null) {
            throw new IllegalArgumentException("evidence needs a path, a commit or a URL");
        }
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }

    public static Evidence file(String path, String note) {
        return new Evidence(Objects.requireNonNull(path), 0, null, null, note);
    }

    public static Evidence at(String path, int line, String note) {
        return new Evidence(Objects.requireNonNull(path), line, null, null, note);
    }

    public static Evidence inCommit(String commit, String path, int line, String note) {
        return new Evidence(path, line, Objects.requireNonNull(commit), null, note);
    }

    public static Evidence live(String url, String note) {
        return new Evidence(null, 0, null, Objects.requireNonNull(url), note);
    }

    public Evidence withNote(String newNote) {
        return new Evidence(path, line, commit, url, newNote);
    }

    /** "path:line", "path", "url" or "commit" — the short form used in console output. */
    public String location() {
        if (path != null) {
            String where = line > 0 ? path + ":" + line : path;
            return commit != null ? where + " @" + commit.substring(0, Math.min(8, commit.length())) : where;
        }
        return url != null ? url : commit;
    }
}
