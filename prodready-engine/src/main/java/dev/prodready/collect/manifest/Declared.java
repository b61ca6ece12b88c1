package dev.prodready.collect.manifest;

/**
 * One dependency as a manifest states it, before it is given its ecosystem and evidence.
 *
 * @param name    the package name as the ecosystem spells it (npm scope kept, Maven "group:artifact")
 * @param version the declared range or version, "" when none is given
 * @param line    1-based line of the declaration, 0 when it cannot be placed
 * @param section where in the manifest it is declared ("devDependencies", "tool.poetry.dependencies")
 */
record Declared(String name, String version, boolean dev, int line, String section) {
}
