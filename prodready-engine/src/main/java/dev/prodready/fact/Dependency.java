package dev.prodready.fact;

/**
 * A package the application declares or locks. {@code version} is the declared range or locked version
 * ("" when the manifest gives none); {@code dev} marks development/test-only dependencies.
 */
public record Dependency(Ecosystem ecosystem, String name, String version, boolean dev, Evidence evidence)
        implements Fact {
}
