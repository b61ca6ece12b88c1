package dev.prodready.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** `prodready scan .` on this repository: it must pass its own checklist (no red flag, no failed item). */
class DogfoodTest {

    static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("mvnw")) && Files.isDirectory(p.resolve("prodready-engine"))) {
                return p;
            }
        }
        throw new IllegalStateException("repository root not found");
    }

    @Test
    void prodreadyPassesItsOwnChecklist(@TempDir Path tmp) throws Exception {
        Path json = tmp.resolve("self.json");
        CliTest.Run run = CliTest.run("scan", repositoryRoot().toString(), "--fail-on", "red-flag", "-o", "json=" + json);
        assertThat(run.err()).doesNotContain("gate failed");
        assertThat(run.code()).isZero();
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        List<String> failed = new ArrayList<>();
        report.path("items").forEach(i -> {
            if (i.path("status").asText().equals("fail")) {
                failed.add(i.path("id").asText() + ": " + i.path("message").asText());
            }
        });
        assertThat(failed).as("items prodready fails on itself").isEmpty();
        assertThat(report.path("redFlags")).allSatisfy(f -> assertThat(f.path("raised").asBoolean()).isFalse());
        assertThat(report.path("notes")).noneSatisfy(n -> assertThat(n.path("message").asText()).contains("stopped early"));
    }
}
