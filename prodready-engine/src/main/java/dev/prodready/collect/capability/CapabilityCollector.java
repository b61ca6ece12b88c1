package dev.prodready.collect.capability;

import dev.prodready.collect.Collector;
import dev.prodready.collect.FactSink;
import dev.prodready.collect.manifest.ManifestReader;
import dev.prodready.fact.Capability;
import dev.prodready.fact.CapabilityFact;
import dev.prodready.fact.Dependency;
import dev.prodready.workspace.Workspace;

/**
 * Maps each declared dependency through the {@link KnowledgeBase} to what it gives the application, citing the
 * manifest line that declares it. Reads the manifests itself, so it depends on no other collector; problems
 * reading them are noted by the manifest collector, not twice.
 */
public final class CapabilityCollector implements Collector {

    private final KnowledgeBase knowledge;

    public CapabilityCollector() {
        this(KnowledgeBase.builtIn());
    }

    CapabilityCollector(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public String id() {
        return "capabilities";
    }

    @Override
    public void collect(Workspace workspace, FactSink sink) {
        for (ManifestReader.Manifest manifest : ManifestReader.read(workspace, (path, message) -> { })) {
            for (Dependency dependency : manifest.dependencies()) {
                for (Capability capability : knowledge.capabilities(dependency.ecosystem(), dependency.name())) {
                    sink.add(new CapabilityFact(capability, dependency.name(), dependency.evidence()));
                }
            }
        }
    }
}
