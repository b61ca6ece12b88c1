package dev.prodready.collect.manifest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Paths inside the scanned folder, relative to its root with forward slashes, as the workspace indexes them. */
final class RelativePaths {

    private RelativePaths() {
    }

    /** {@code dir} joined with {@code relative} and normalised; empty when it leaves the scanned folder. */
    static Optional<String> resolve(String dir, String relative) {
        if (relative.startsWith("/") || relative.matches("^[A-Za-z]:[\\\\/].*")) {
            return Optional.empty();
        }
        Deque<String> parts = new ArrayDeque<>();
        String joined = dir.isEmpty() ? relative : dir + "/" + relative;
        for (String part : joined.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
    }

    static String directory(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    static String name(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** {@code path} relative to {@code ancestor} ("" when equal); {@code ancestor} must contain it. */
    static String relativeTo(String ancestor, String path) {
        if (ancestor.isEmpty()) {
            return path;
        }
        return path.equals(ancestor) ? "" : path.substring(ancestor.length() + 1);
    }
}
