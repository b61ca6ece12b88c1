package dev.prodready.check.infrastructure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PARTIAL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.infrastructure.FactKit.facts;
import static dev.prodready.check.infrastructure.FactKit.signal;
import static dev.prodready.fact.SignalKind.CI_GITHUB_ACTIONS;
import static dev.prodready.fact.SignalKind.CI_GITLAB;
import static dev.prodready.fact.SignalKind.PLATFORM_NETLIFY;

class DeployPipelineCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of("CI with a deploy step passes", facts(signal(CI_GITLAB, ".gitlab-ci.yml"),
                                Scan.file(".gitlab-ci.yml", "deploy:\n  script:\n    - helm upgrade --install app ./chart\n")),
                        PASS, ".gitlab-ci.yml", ".gitlab-ci.yml:3"),
                Case.of("CI plus a git-deploying platform passes", facts(signal(CI_GITHUB_ACTIONS, ".github/workflows/ci.yml"),
                        signal(PLATFORM_NETLIFY, "netlify.toml")), PASS, ".github/workflows/ci.yml", "netlify.toml"),
                Case.of("CI without deploy is partial", facts(signal(CI_GITHUB_ACTIONS, ".github/workflows/ci.yml")),
                        PARTIAL, ".github/workflows/ci.yml"),
                Case.of("platform without CI is partial", facts(signal(PLATFORM_NETLIFY, "netlify.toml")), PARTIAL, "netlify.toml"),
                Case.of("nothing fails", List.of(), FAIL, "."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new DeployPipelineCheck());
    }
}
