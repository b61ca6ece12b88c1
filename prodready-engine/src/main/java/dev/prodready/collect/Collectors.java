package dev.prodready.collect;

import dev.prodready.collect.capability.CapabilityCollector;
import dev.prodready.collect.iac.IacCollector;
import dev.prodready.collect.language.LanguageCollector;
import dev.prodready.collect.manifest.ManifestCollector;
import dev.prodready.collect.pipeline.PipelineCollector;

import java.util.List;

/** The explicit registry of every collector, run in parallel over one workspace. */
public final class Collectors {

    public static final List<Collector> ALL = List.of(
            new LanguageCollector(),
            new ManifestCollector(),
            new CapabilityCollector(),
            new IacCollector(),
            new PipelineCollector());

    private Collectors() {
    }
}
