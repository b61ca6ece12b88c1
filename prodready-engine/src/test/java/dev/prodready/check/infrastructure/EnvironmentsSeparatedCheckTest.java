package dev.prodready.check.infrastructure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PARTIAL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.infrastructure.FactKit.facts;
import static dev.prodready.check.infrastructure.FactKit.signal;
import static dev.prodready.fact.SignalKind.CI_GITHUB_ACTIONS;
import static dev.prodready.fact.SignalKind.IAC_TERRAFORM;
import static dev.prodready.fact.SignalKind.PLATFORM_VERCEL;

class EnvironmentsSeparatedCheckTest {

    private static final String WORKFLOW = """
            name: deploy
            on: push
            jobs:
              staging:
                runs-on: ubuntu-latest
                environment: staging
                steps:
                  - run: echo staging
              production:
                runs-on: ubuntu-latest
                environment:
                  name: production
                  url: https://app.example.com
                steps:
                  - name: Deploy
                    run: ./deploy.sh
            """;

    static Stream<Case> cases() {
        return Stream.of(
                Case.of("terraform folders per environment pass",
                        facts(signal(IAC_TERRAFORM, "infra/envs/prod/main.tf"), signal(IAC_TERRAFORM, "infra/envs/staging/main.tf")),
                        PASS, "infra/envs/prod/main.tf", "infra/envs/staging/main.tf"),
                Case.of("CI deployment environments pass, block form included",
                        facts(signal(CI_GITHUB_ACTIONS, ".github/workflows/deploy.yml"),
                                Scan.file(".github/workflows/deploy.yml", WORKFLOW)),
                        PASS, ".github/workflows/deploy.yml:6", ".github/workflows/deploy.yml:12"),
                Case.of("tfvars per environment pass", facts(signal(IAC_TERRAFORM, "main.tf"),
                                Scan.file("prod.tfvars", "instance_count = 3\n"),
                                Scan.file("dev.tfvars", "instance_count = 1\n")),
                        PASS, "prod.tfvars", "dev.tfvars"),
                Case.of("a single named environment is partial", facts(signal(IAC_TERRAFORM, "envs/production/main.tf")),
                        PARTIAL, "envs/production/main.tf"),
                Case.of("terraform workspaces are partial", facts(signal(IAC_TERRAFORM, "main.tf"),
                                Scan.file("main.tf", "locals {\n  name = \"app-${terraform.workspace}\"\n}\n")),
                        PARTIAL, "main.tf:2"),
                Case.of("vercel previews are partial", facts(signal(PLATFORM_VERCEL, "vercel.json")), PARTIAL, "vercel.json"),
                Case.of("IaC and CI with no environment names fail", facts(signal(IAC_TERRAFORM, "main.tf"),
                        signal(CI_GITHUB_ACTIONS, ".github/workflows/ci.yml")), FAIL, "main.tf", ".github/workflows/ci.yml"),
                Case.of("test fixture folders are not environments", facts(signal(IAC_TERRAFORM, "test/fixtures/main.tf")),
                        FAIL, "test/fixtures/main.tf"),
                Case.of("nothing to judge is unknown", List.of(), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new EnvironmentsSeparatedCheck());
    }
}
