package dev.prodready.collect.owners;

import dev.prodready.collect.pattern.RecordingSink;
import dev.prodready.fact.CodeOwnersRule;
import dev.prodready.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CodeOwnersCollectorTest {

    @Test
    void rulesInFileOrderFromTheFileTheForgeUses(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve(".github"));
        Files.writeString(root.resolve(".github/CODEOWNERS"), """
                # owners
                *            @acme/devs

                [Infra]
                /infra/      @acme/platform @ops-lead  # reviewed by platform
                docs/
                """);
        Files.writeString(root.resolve("CODEOWNERS"), "* @someone-else\n"); // shadowed by .github/CODEOWNERS
        RecordingSink sink = new RecordingSink();
        new CodeOwnersCollector().collect(Workspace.open(root), sink);
        assertThat(sink.all(CodeOwnersRule.class))
                .extracting(r -> r.pattern() + " " + r.owners() + " " + r.evidence().location())
                .containsExactly("* [@acme/devs] .github/CODEOWNERS:2",
                        "/infra/ [@acme/platform, @ops-lead] .github/CODEOWNERS:5",
                        "docs/ [] .github/CODEOWNERS:6");
        assertThat(sink.notes).isEmpty();
    }

    @Test
    void noCodeOwnersFileGivesNothing(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("README.md"), "# app\n");
        RecordingSink sink = new RecordingSink();
        new CodeOwnersCollector().collect(Workspace.open(root), sink);
        assertThat(sink.facts).isEmpty();
        assertThat(sink.notes).isEmpty();
    }
}
