package dev.prodready.collect.owners;

import dev.prodready.collect.Collector;
import dev.prodready.collect.FactSink;
import dev.prodready.fact.CodeOwnersRule;
import dev.prodready.fact.Evidence;
import dev.prodready.workspace.SourceFile;
import dev.prodready.workspace.Workspace;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The rules of the CODEOWNERS file the forge would use (the first of .github/, the root, docs/, .gitlab/), one
 * {@link CodeOwnersRule} per pattern line, in file order.
 */
public final class CodeOwnersCollector implements Collector {

    static final List<String> LOCATIONS = List.of(".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS",
            ".gitlab/CODEOWNERS");

    @Override
    public String id() {
        return "code-owners";
    }

    @Override
    public void collect(Workspace workspace, FactSink sink) {
        for (String location : LOCATIONS) {
            Optional<SourceFile> file = workspace.file(location);
            if (file.isEmpty()) {
                continue;
            }
            if (file.get().text().isEmpty()) {
                sink.note(location, "CODEOWNERS could not be read as text; its rules were not examined");
                return;
            }
            List<String> lines = file.get().lines();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#") || line.startsWith("[") || line.startsWith("^[")) {
                    continue; // comments and GitLab section headers
                }
                int hash = line.indexOf(" #");
                if (hash >= 0) {
                    line = line.substring(0, hash).strip();
                }
                String[] parts = line.split("\\s+");
                List<String> owners = Arrays.stream(parts).skip(1).filter(o -> !o.isEmpty()).toList();
                sink.add(new CodeOwnersRule(parts[0], owners, Evidence.at(location, i + 1,
                        owners.isEmpty() ? parts[0] + " (no owner)" : parts[0] + " owned by " + String.join(" ", owners))));
            }
            return; // only the first CODEOWNERS file counts
        }
    }
}
