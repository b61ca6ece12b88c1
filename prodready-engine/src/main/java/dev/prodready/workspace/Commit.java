package dev.prodready.workspace;

import java.time.Instant;
import java.util.List;

/** One commit reachable from HEAD, with the files it changed. */
public record Commit(String hash, String authorEmail, Instant when, String subject, List<String> files) {
    public Commit {
        files = List.copyOf(files);
    }
}
