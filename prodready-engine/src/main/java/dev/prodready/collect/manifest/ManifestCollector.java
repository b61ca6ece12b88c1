package dev.prodready.collect.manifest;

import dev.prodready.collect.Collector;
import dev.prodready.collect.FactSink;
import dev.prodready.workspace.Workspace;

/**
 * Dependency manifests and lockfiles of every ecosystem read by {@link ManifestReader}: a {@code ManifestFact} per
 * file and a {@code Dependency} per declared package, at the line that declares it.
 */
public final class ManifestCollector implements Collector {

    @Override
    public String id() {
        return "manifests";
    }

    @Override
    public void collect(Workspace workspace, FactSink sink) {
        for (ManifestReader.Manifest manifest : ManifestReader.read(workspace, sink::note)) {
            sink.add(manifest.fact());
            manifest.dependencies().forEach(sink::add);
        }
    }
}
