package dev.prodready.audit;

import dev.prodready.config.Config;
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
public record AuditRequest(Path root, String displayPath, Optional<URI> url, WorkspaceOptions options, Clock clock,
                           Config config) {

    public static AuditRequest of(Path root) {
        return new AuditRequest(root, root.toString(), Optional.empty(), WorkspaceOptions.defaults(), Clock.systemUTC(),
                Config.empty());
    }

    public AuditRequest withClock(Clock newClock) {
        return new AuditRequest(root, displayPath, url, options, newClock, config);
    }

    public AuditRequest withDisplayPath(String path) {
        return new AuditRequest(root, path, url, options, clock, config);
    }

    public AuditRequest withUrl(Optional<URI> newUrl) {
        return new AuditRequest(root, displayPath, newUrl, options, clock, config);
    }

    public AuditRequest withOptions(WorkspaceOptions newOptions) {
        return new AuditRequest(root, displayPath, url, newOptions, clock, config);
    }

    /** Uses this configuration, and its settings (skip globs, size cap) for the workspace. */
    public AuditRequest withConfig(Config newConfig) {
        WorkspaceOptions merged = options.withSkipGlobs(newConfig.settings().skip());
        if (newConfig.settings().maxFileMb().isPresent()) {
            merged = merged.withMaxFileBytes(newConfig.settings().maxFileMb().get() * 1024 * 1024);
        }
        return new AuditRequest(root, displayPath, url, merged, clock, newConfig);
    }
}
