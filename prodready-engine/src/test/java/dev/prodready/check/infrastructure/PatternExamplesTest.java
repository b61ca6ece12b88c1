package dev.prodready.check.infrastructure;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every content pattern of the infrastructure and data files compiles and behaves as its own examples say. */
class PatternExamplesTest {

    @TestFactory
    Stream<DynamicTest> eachPatternMatchesItsExamples() {
        return PatternFile.allOwnPatterns().stream().map(p -> DynamicTest.dynamicTest(p.id(), () -> {
            assertThat(p.id()).matches("[a-z0-9]+\\.[a-z0-9-]+");
            assertThat(p.files()).as("files of " + p.id()).isNotEmpty();
            assertThat(p.keywords()).as("keywords of " + p.id()).isNotEmpty();
            assertThat(p.match()).as("match examples of " + p.id()).isNotEmpty();
            assertThat(p.noMatch()).as("noMatch examples of " + p.id()).isNotEmpty();
            for (String example : p.match()) {
                assertThat(p.compiled().matcher(example).find()).as(p.id() + " should match: " + example).isTrue();
                assertThat(p.keywords().stream().anyMatch(example::contains))
                        .as(p.id() + ": a matching line must contain a keyword, or the pre-filter hides it: " + example)
                        .isTrue();
            }
            for (String example : p.noMatch()) {
                assertThat(p.compiled().matcher(example).find()).as(p.id() + " should not match: " + example).isFalse();
            }
        }));
    }

    @Test
    void idsAreUniqueAcrossBothFiles() {
        Set<String> seen = new HashSet<>();
        for (PatternFile.Entry p : PatternFile.allOwnPatterns()) {
            assertThat(seen.add(p.id())).as("duplicate pattern id " + p.id()).isTrue();
        }
        assertThat(seen).hasSizeGreaterThan(25);
    }

    @Test
    void globsFollowTheReadmeSemantics() {
        assertThat(Glob.matches("**/*.tf", "main.tf")).isTrue();
        assertThat(Glob.matches("**/*.tf", "infra/envs/prod/main.tf")).isTrue();
        assertThat(Glob.matches(".github/workflows/*.yml", ".github/workflows/ci.yml")).isTrue();
        assertThat(Glob.matches(".github/workflows/*.yml", ".github/workflows/sub/ci.yml")).isFalse();
        assertThat(Glob.matches("**/*.{yml,yaml}", "k8s/app.yaml")).isTrue();
        assertThat(Glob.matches("**/docker-compose*.yml", "docker-compose.prod.yml")).isTrue();
    }

    @Test
    void snippetReaderProducesLocatedMatches() {
        var facts = Snippets.file("scripts/deploy.sh", """
                #!/bin/sh
                npm run build
                rsync -avz dist/ deploy@203.0.113.7:/var/www/app
                """);
        assertThat(facts).extracting(f -> f.pattern() + "@" + f.evidence().location())
                .contains("deploy.remote-copy@scripts/deploy.sh:3");
        assertThat(List.of(Snippets.Text.values())).hasSize(2);
    }
}
