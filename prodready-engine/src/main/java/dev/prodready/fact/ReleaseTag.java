package dev.prodready.fact;

import java.time.Instant;

/**
 * A version-like git tag (v1.2.3, 1.2.3, release-*): a named commit that can be redeployed to go back to an
 * earlier release.
 */
public record ReleaseTag(String name, String commit, Instant when, Evidence evidence) implements Fact {
}
