package dev.prodready.workspace;

/** The scan target itself cannot be opened (missing, not a directory, unreadable). */
public final class WorkspaceException extends Exception {
    public WorkspaceException(String message) {
        super(message);
    }
}
