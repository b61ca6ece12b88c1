package dev.prodready.collect.secret;

import dev.prodready.collect.FactSink;
import dev.prodready.collect.FileCollector;
import dev.prodready.collect.FileScan;
import dev.prodready.collect.FileText;
import dev.prodready.fact.Note;
import dev.prodready.workspace.SourceFile;
import dev.prodready.workspace.Workspace;

/**
 * Secret findings from the working tree (files as the audit's file pass shows them) and the full git history
 * (read beside the pass), with what was covered.
 */
public final class SecretsCollector implements FileCollector {

    @Override
    public String id() {
        return "secrets";
    }

    @Override
    public FileScan begin(Workspace workspace, FactSink sink) {
        SecretScanner scanner = SecretScanner.start(workspace, SecretScanOptions.defaults(), RuleBook.builtIn());
        return new FileScan() {
            @Override
            public void file(SourceFile file, FileText text, FactSink out) {
                SecretScanner.FileResult result = scanner.file(file, text);
                result.findings().forEach(out::add);
                result.notes().forEach(n -> out.note(n.path(), n.message()));
            }

            @Override
            public void end(FactSink out) {
                var result = scanner.finish();
                result.findings().forEach(out::add);
                result.coverage().forEach(out::add);
                for (Note n : result.notes()) {
                    out.note(n.path(), n.message());
                }
            }
        };
    }
}
