package dev.prodready.collect.document;

import dev.prodready.collect.pattern.RecordingSink;
import dev.prodready.fact.DocumentFact;
import dev.prodready.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Lines built to make careless regexes backtrack: every document is still read, in well under a second each. */
class PathologicalDocumentTest {

    @Test
    void adversarialLinesDoNotStallTheClassifier(@TempDir Path root) throws Exception {
        int n = 4_900;
        String[] lines = {
                " ".repeat(n) + "x", "SEV1" + " ".repeat(n) + "outage", "| ".repeat(n / 2), "# a" + " ".repeat(n) + "x",
                "RTO" + " ".repeat(n) + "4 hours", "[".repeat(n), "](".repeat(n / 2), "![](".repeat(n / 4),
                "<img " + "a".repeat(n), "14 ".repeat(n / 3) + "March 2026", "restore test " + "1 ".repeat(n / 2),
                "*".repeat(n), "_".repeat(n), "## " + "incident ".repeat(30), "TODO" + " ".repeat(n), "x".repeat(20_000)};
        String text = (String.join("\n", lines) + "\n").repeat(3);
        for (String name : new String[] {"a.md", "a.rst", "a.adoc", "a.txt"}) {
            Files.writeString(root.resolve(name), text);
        }
        RecordingSink sink = new RecordingSink();
        assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> new DocumentCollector().collect(Workspace.open(root), sink));
        assertThat(sink.all(DocumentFact.class)).hasSize(4);
        assertThat(sink.notes).isEmpty();
    }
}
