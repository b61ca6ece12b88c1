package dev.prodready.fact;

/** A dependency manifest or lockfile that was read (whether or not it declared anything). */
public record ManifestFact(Ecosystem ecosystem, String path, int dependencies, boolean lockfile, Evidence evidence)
        implements Fact {
}
