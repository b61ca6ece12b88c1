package dev.prodready.audit;

import dev.prodready.workspace.WorkspaceOptions;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * What to audit and how.
 *
 * @param displayPath the path as the user gave it, shown in reports (keeps golden files machine-independent)
 */
public record AuditRequest(Path root, String displayPath, Optional<URI> url, WorkspaceOptions options, Clock clock) {

    public static AuditRequest of(Path root) {
        return new AuditRequest(root, root.toString(), Optional.empty(), WorkspaceOptions.defaults(), Clock.systemUTC());
    }

    public AuditRequest withClock(Clock newClock) {
        return new AuditRequest(root, displayPath, url, options, newClock);
    }

    public AuditRequest withDisplayPath(String path) {
        return new AuditRequest(root, path, url, options, clock);
    }

    public AuditRequest withUrl(Optional<URI> newUrl) {
        return new AuditRequest(root, displayPath, newUrl, options, clock);
    }

    public AuditRequest withOptions(WorkspaceOptions newOptions) {
        return new AuditRequest(root, displayPath, url, newOptions, clock);
    }
}
