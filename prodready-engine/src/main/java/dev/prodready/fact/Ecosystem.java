package dev.prodready.fact;

/** Package ecosystems whose manifests the dependency collector reads. */
public enum Ecosystem {
    NPM, PYPI, MAVEN, GRADLE, GO, RUBYGEMS, COMPOSER;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
