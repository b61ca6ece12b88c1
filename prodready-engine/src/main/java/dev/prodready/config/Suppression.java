package dev.prodready.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Accepting a finding or an item on purpose: by rule id (findings) or item id (items), optionally limited to
 * paths matching a glob, with a reason, an owner and an expiry after which it stops suppressing.
 */
public record Suppression(Optional<String> rule, Optional<String> item, Optional<String> pathGlob, String reason,
                          String owner, Optional<LocalDate> expires, int line) {

    public boolean expiredOn(LocalDate today) {
        return expires.map(e -> e.isBefore(today)).orElse(false);
    }

    /** Whether a finding with this rule and item at this path falls under the suppression. */
    public boolean covers(String ruleId, String itemId, String path) {
        boolean ruleOk = rule.map(r -> r.equals(ruleId)).orElse(true);
        boolean itemOk = item.map(i -> i.equals(itemId)).orElse(true);
        return ruleOk && itemOk && pathMatches(path);
    }

    public boolean pathMatches(String path) {
        if (pathGlob.isEmpty()) {
            return true;
        }
        if (path == null) {
            return false;
        }
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pathGlob.get());
        return m.matches(Path.of(path));
    }
}
