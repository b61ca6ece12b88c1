package dev.prodready.check.operations;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.CodeOwnersRule;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.IacFile;
import dev.prodready.fact.PipelineFile;
import dev.prodready.fact.SignalKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static dev.prodready.check.compliance.CheckFixture.locations;
import static dev.prodready.check.compliance.CheckFixture.run;
import static dev.prodready.check.compliance.CheckFixture.signal;
import static org.assertj.core.api.Assertions.assertThat;

class CodeOwnersCheckTest {

    private static final String FILE = ".github/CODEOWNERS";

    private static CodeOwnersRule rule(int line, String pattern, String... owners) {
        return new CodeOwnersRule(pattern, Arrays.asList(owners), Evidence.at(FILE, line, pattern));
    }

    private static final IacFile TERRAFORM = new IacFile("terraform", "infra/main.tf", 3, null,
            Evidence.file("infra/main.tf", "terraform"));
    private static final PipelineFile CI = new PipelineFile("github-actions", ".github/workflows/deploy.yml", 2, null,
            Evidence.file(".github/workflows/deploy.yml", "github-actions"));

    @Test
    void infrastructureCoveredPassesCitingTheCoveringRules() {
        Outcome o = run(new CodeOwnersCheck(), signal(SignalKind.REPO_CODEOWNERS, FILE), TERRAFORM, CI,
                signal(SignalKind.CONTAINER_DOCKERFILE, "Dockerfile"),
                rule(1, "*", "@acme/devs"), rule(2, "/infra/", "@acme/platform"), rule(3, "/.github/", "@acme/platform"));
        assertThat(o.status()).as(o.message()).isEqualTo(Status.PASS);
        assertThat(locations(o)).contains(FILE, FILE + ":1", FILE + ":2", FILE + ":3");
    }

    @Test
    void infrastructureWithoutAnOwnerIsPartialCitingTheUncoveredPaths() {
        Outcome o = run(new CodeOwnersCheck(), signal(SignalKind.REPO_CODEOWNERS, FILE), TERRAFORM, CI,
                rule(1, "/src/", "@acme/devs"), rule(2, "*.tf", "@acme/platform"));
        assertThat(o.status()).as(o.message()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly(".github/workflows/deploy.yml", FILE);
        assertThat(o.message()).contains("1 of 2").contains(".github/workflows/deploy.yml");
    }

    @Test
    void aLaterRuleWithoutOwnersUnownsThePath() {
        Outcome o = run(new CodeOwnersCheck(), signal(SignalKind.REPO_CODEOWNERS, FILE), TERRAFORM,
                rule(1, "*", "@acme/devs"), rule(2, "infra/"));
        assertThat(o.status()).as(o.message()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly("infra/main.tf", FILE);
    }

    @Test
    void aFileWithoutOwnersIsPartial() {
        Outcome o = run(new CodeOwnersCheck(), signal(SignalKind.REPO_CODEOWNERS, FILE), TERRAFORM);
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly(FILE);
    }

    @ParameterizedTest(name = "{0} ~ {1} -> {2}")
    @CsvSource({"*, infra/main.tf, true", "/infra/, infra/main.tf, true", "/infra/, x/infra/main.tf, false",
            "infra/, infra/prod/main.tf, true", "infra, x/infra/main.tf, true", "*.tf, infra/prod/main.tf, true",
            "/*.tf, infra/main.tf, false", "docs/**/*.md, docs/a/b/c.md, true", "**/deploy.yml, .github/workflows/deploy.yml, true",
            "/.github/workflows/, .github/workflows/ci.yml, true", "Dockerfile, services/api/Dockerfile, true",
            "/src/, infra/main.tf, false"})
    void patterns(String pattern, String path, boolean expected) {
        List<CodeOwnersRule> rules = List.of(rule(1, pattern, "@o"));
        assertThat(CodeOwnersCheck.owner(rules, List.of(CodeOwnersCheck.compile(pattern)), path)).as(pattern)
                .isEqualTo(expected ? java.util.Optional.of(rules.get(0)) : java.util.Optional.empty());
    }
}
