package dev.prodready.report;

import java.util.Optional;

/** What was scanned: the path as the user gave it, the HEAD commit, the live URL. */
public record Target(String path, Optional<String> commit, Optional<String> url) {
}
