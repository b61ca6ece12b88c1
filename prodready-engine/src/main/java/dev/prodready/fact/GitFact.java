package dev.prodready.fact;

import java.time.Instant;

/**
 * One commit touching a path class we care about (CI, infrastructure, deployment files), or the HEAD
 * summary: who changed what and when.
 */
public record GitFact(String commit, String authorEmail, Instant when, String path, Evidence evidence)
        implements Fact {
}
