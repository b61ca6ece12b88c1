package dev.prodready.fact;

/** A deployment-related file (CI, infrastructure, container, platform) present on disk but never added to git. */
public record UntrackedFile(String path, Evidence evidence) implements Fact {
}
