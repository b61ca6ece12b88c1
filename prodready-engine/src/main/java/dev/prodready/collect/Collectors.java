package dev.prodready.collect;

import dev.prodready.collect.capability.CapabilityCollector;
import dev.prodready.collect.language.LanguageCollector;
import dev.prodready.collect.manifest.ManifestCollector;

import java.util.List;

/** The explicit registry of every collector, run in parallel over one workspace. */
public final class Collectors {

    public static final List<Collector> ALL = List.of(
            new LanguageCollector(),
            new ManifestCollector(),
            new CapabilityCollector());

    private Collectors() {
    }
}
