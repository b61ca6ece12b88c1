package dev.prodready.collect;

import dev.prodready.collect.capability.CapabilityCollector;
import dev.prodready.collect.code.CodeCollector;
import dev.prodready.collect.document.DocumentCollector;
import dev.prodready.collect.git.GitFactCollector;
import dev.prodready.collect.iac.IacCollector;
import dev.prodready.collect.language.LanguageCollector;
import dev.prodready.collect.live.LiveProbeCollector;
import dev.prodready.collect.manifest.ManifestCollector;
import dev.prodready.collect.owners.CodeOwnersCollector;
import dev.prodready.collect.pattern.ContentPatternCollector;
import dev.prodready.collect.pipeline.PipelineCollector;
import dev.prodready.collect.secret.SecretsCollector;
import dev.prodready.collect.signal.FileSignalCollector;

import java.util.List;

/** The explicit registry of every collector, run in parallel over one workspace. */
public final class Collectors {

    public static final List<Collector> ALL = List.of(
            new LanguageCollector(),
            new ManifestCollector(),
            new CapabilityCollector(),
            new FileSignalCollector(),
            new DocumentCollector(),
            new ContentPatternCollector(),
            new GitFactCollector(),
            new CodeOwnersCollector(),
            new SecretsCollector(),
            new LiveProbeCollector(),
            new IacCollector(),
            new PipelineCollector(),
            new CodeCollector());

    private Collectors() {
    }
}
