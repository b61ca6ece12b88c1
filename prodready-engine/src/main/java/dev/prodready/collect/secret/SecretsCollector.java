package dev.prodready.collect.secret;

import dev.prodready.collect.Collector;
import dev.prodready.collect.FactSink;
import dev.prodready.workspace.Workspace;

/** Secret findings from the working tree and the full git history, with what was covered. */
public final class SecretsCollector implements Collector {

    @Override
    public String id() {
        return "secrets";
    }

    @Override
    public void collect(Workspace workspace, FactSink sink) {
        SecretScanResult result = SecretScanner.scan(workspace, SecretScanOptions.defaults());
        result.findings().forEach(sink::add);
        result.coverage().forEach(sink::add);
        result.notes().forEach(n -> sink.note(n.path(), n.message()));
    }
}
