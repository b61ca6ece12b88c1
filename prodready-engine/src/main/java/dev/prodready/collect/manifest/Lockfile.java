package dev.prodready.collect.manifest;

import java.util.Optional;

/**
 * What a lockfile tells: how many packages it locks and, for a package a manifest declares, the version locked.
 *
 * @param format   e.g. "package-lock.json v3", "yarn.lock (berry)"
 * @param packages packages locked (direct and transitive)
 */
record Lockfile(String format, int packages, Lookup lookup) {

    /** Finds the locked version of a declared package. */
    @FunctionalInterface
    interface Lookup {
        /**
         * @param manifestDir the declaring manifest's folder relative to the lockfile's folder ("" when the same)
         * @param name        the package name as the manifest writes it
         * @param declared    the declared range
         */
        Optional<String> version(String manifestDir, String name, String declared);
    }

    static Lookup none() {
        return (dir, name, declared) -> Optional.empty();
    }

    Optional<String> version(String manifestDir, String name, String declared) {
        return lookup.version(manifestDir, name, declared);
    }
}
