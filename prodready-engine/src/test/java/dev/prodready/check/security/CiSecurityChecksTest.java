package dev.prodready.check.security;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.check.infrastructure.Scan;
import dev.prodready.fact.Fact;
import dev.prodready.fact.Capability;
import dev.prodready.fact.SignalKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.prodready.check.security.Fixture.capability;
import static dev.prodready.check.security.Fixture.locations;
import static dev.prodready.check.security.Fixture.match;
import static dev.prodready.check.security.Fixture.run;
import static dev.prodready.check.security.Fixture.scanned;
import static dev.prodready.check.security.Fixture.signal;
import static dev.prodready.check.security.SecurityPatterns.DEPSCAN_CI_STEP;
import static dev.prodready.check.security.SecurityPatterns.SAST_CI_STEP;
import static dev.prodready.check.security.SecurityPatterns.SAST_CONFIG_FILE;
import static dev.prodready.check.security.SecurityPatterns.SECRETSCAN_CI_STEP;
import static dev.prodready.check.security.SecurityPatterns.SECRETSCAN_LOCAL_HOOK;
import static org.assertj.core.api.Assertions.assertThat;

/** Security tooling in CI: dependency scanning, secret scanning, static analysis. */
class CiSecurityChecksTest {

    private static final String BUILD = ".github/workflows/build.yml";

    @Nested
    class DependencyScanning {
        private final DependencyScanningCheck check = new DependencyScanningCheck();

        @Test
        void dependabotConfigPasses() {
            Outcome o = run(check, signal(SignalKind.DEPS_DEPENDABOT, ".github/dependabot.yml"));
            assertThat(o.status()).isEqualTo(Status.PASS);
            assertThat(locations(o)).containsExactly(".github/dependabot.yml");
        }

        @Test
        void auditStepInCiPasses() {
            Outcome o = run(check, match(DEPSCAN_CI_STEP, BUILD, 18, "      - run: npm audit --audit-level=high"));
            assertThat(o.status()).isEqualTo(Status.PASS);
            assertThat(locations(o)).containsExactly(BUILD + ":18");
        }

        @Test
        void neitherFails() {
            Outcome o = run(check, signal(SignalKind.CI_GITHUB_ACTIONS, BUILD), scanned(30));
            assertThat(o.status()).isEqualTo(Status.FAIL);
            assertThat(locations(o)).containsExactly(".");
        }
    }

    @Nested
    class SecretScanning {
        private final SecretScanningInCiCheck check = new SecretScanningInCiCheck();

        @Test
        void scannerStepInCiPasses() {
            Outcome o = run(check, match(SECRETSCAN_CI_STEP, ".github/workflows/secret-scan.yml", 12,
                    "      - uses: gitleaks/gitleaks-action@v2"));
            assertThat(o.status()).isEqualTo(Status.PASS);
            assertThat(locations(o)).containsExactly(".github/workflows/secret-scan.yml:12");
        }

        @Test
        void localHookOnlyIsPartial() {
            Outcome o = run(check, match(SECRETSCAN_LOCAL_HOOK, ".pre-commit-config.yaml", 3,
                    "  - repo: https://github.com/gitleaks/gitleaks"), signal(SignalKind.REPO_SECRET_SCAN_CONFIG, ".gitleaks.toml"));
            assertThat(o.status()).isEqualTo(Status.PARTIAL);
            assertThat(locations(o)).containsExactly(".pre-commit-config.yaml:3", ".gitleaks.toml");
        }

        @Test
        void noneIsUnknownBecausePushProtectionLivesInSettings() {
            Outcome o = run(check, scanned(30));
            assertThat(o.status()).isEqualTo(Status.UNKNOWN);
            assertThat(locations(o)).containsExactly(".");
        }
    }

    @Nested
    class Sast {
        private final SastInCiCheck check = new SastInCiCheck();

        @Test
        void codeqlWorkflowPasses() {
            Outcome o = run(check, match(SAST_CI_STEP, ".github/workflows/codeql.yml", 23,
                    "      - uses: github/codeql-action/analyze@v3"));
            assertThat(o.status()).isEqualTo(Status.PASS);
            assertThat(locations(o)).containsExactly(".github/workflows/codeql.yml:23");
        }

        @Test
        void configWithoutCiStepIsPartial() {
            Outcome o = run(check, match(SAST_CONFIG_FILE, "sonar-project.properties", 1, "sonar.projectKey=acme_app"),
                    capability(Capability.SAST, "bandit", "requirements-dev.txt", 4));
            assertThat(o.status()).isEqualTo(Status.PARTIAL);
            assertThat(locations(o)).containsExactly("sonar-project.properties:1", "requirements-dev.txt:4");
        }

        @Test
        void pipelineWithoutAnalysisFailsCitingThePipeline() {
            Outcome o = run(check, signal(SignalKind.CI_GITHUB_ACTIONS, BUILD), scanned(30));
            assertThat(o.status()).isEqualTo(Status.FAIL);
            assertThat(locations(o)).containsExactly(BUILD);
        }

        @Test
        void noPipelineAtAllFails() {
            Outcome o = run(check, scanned(30));
            assertThat(o.status()).isEqualTo(Status.FAIL);
            assertThat(locations(o)).containsExactly(".");
        }
    }

    /** The parsed pipeline steps decide first: what starts the job and whether a failure blocks. */
    @Nested
    class ParsedPipelines {

        private static final String GITLEAKS_ON_PUSH = """
                name: secrets
                on:
                  push:
                    branches: [main]
                  pull_request:
                jobs:
                  scan:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                      - uses: gitleaks/gitleaks-action@v2
                """;

        private static final String GITLEAKS_NIGHTLY = """
                name: secrets
                on:
                  schedule:
                    - cron: "0 3 * * *"
                jobs:
                  scan:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                      - run: gitleaks detect --source .
                """;

        private static final String SEMGREP_IGNORED = """
                on: [pull_request]
                jobs:
                  sast:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                      - run: semgrep ci
                        continue-on-error: true
                """;

        private static final String AUDIT_BY_HAND = """
                on: workflow_dispatch
                jobs:
                  audit:
                    runs-on: ubuntu-latest
                    steps:
                      - run: npm audit --audit-level=high
                """;

        private static final String GITLAB_ALLOW_FAILURE = """
                semgrep:
                  image: semgrep/semgrep
                  script:
                    - semgrep ci
                  allow_failure: true
                """;

        private List<Fact> scan(String path, String content) {
            return Scan.file(path, content);
        }

        @Test
        void scannerOnPushPassesCitingTheStep() {
            Outcome o = run(new SecretScanningInCiCheck(), scan(".github/workflows/secrets.yml", GITLEAKS_ON_PUSH));
            assertThat(o.status()).as(o.message()).isEqualTo(Status.PASS);
            assertThat(locations(o)).containsExactly(".github/workflows/secrets.yml:11");
        }

        @Test
        void scannerOnlyOnScheduleIsPartial() {
            Outcome o = run(new SecretScanningInCiCheck(), scan(".github/workflows/secrets.yml", GITLEAKS_NIGHTLY));
            assertThat(o.status()).as(o.message()).isEqualTo(Status.PARTIAL);
            assertThat(o.message()).contains("schedule");
            assertThat(locations(o)).containsExactly(".github/workflows/secrets.yml:10");
        }

        @Test
        void aLinePatternInTheSameParsedFileDoesNotOverrideTheSchedule() {
            List<Fact> facts = new ArrayList<>(scan(".github/workflows/secrets.yml", GITLEAKS_NIGHTLY));
            facts.add(match(SECRETSCAN_CI_STEP, ".github/workflows/secrets.yml", 10, "      - run: gitleaks detect --source ."));
            assertThat(run(new SecretScanningInCiCheck(), facts).status()).isEqualTo(Status.PARTIAL);
        }

        @Test
        void jenkinsfileLinesStillCountAsFallback() {
            List<Fact> facts = new ArrayList<>(scan(".github/workflows/secrets.yml", GITLEAKS_NIGHTLY));
            facts.add(match(SECRETSCAN_CI_STEP, "Jenkinsfile", 14, "        sh 'gitleaks detect --no-git'"));
            Outcome o = run(new SecretScanningInCiCheck(), facts);
            assertThat(o.status()).isEqualTo(Status.PASS);
            assertThat(locations(o)).containsExactly("Jenkinsfile:14");
        }

        @Test
        void sastWhoseFailureIsIgnoredDoesNotBlock() {
            Outcome o = run(new SastInCiCheck(), scan(".github/workflows/sast.yml", SEMGREP_IGNORED));
            assertThat(o.status()).as(o.message()).isEqualTo(Status.PARTIAL);
            assertThat(o.message()).contains("does not block");
            assertThat(locations(o)).containsExactly(".github/workflows/sast.yml:7");
        }

        @Test
        void gitlabAllowFailureDoesNotBlock() {
            Outcome o = run(new SastInCiCheck(), scan(".gitlab-ci.yml", GITLAB_ALLOW_FAILURE));
            assertThat(o.status()).as(o.message()).isEqualTo(Status.PARTIAL);
            assertThat(o.message()).contains("does not block");
            assertThat(locations(o)).containsExactly(".gitlab-ci.yml:4");
        }

        @Test
        void sastOnPullRequestsPasses() {
            Outcome o = run(new SastInCiCheck(), scan(".github/workflows/sast.yml",
                    SEMGREP_IGNORED.replace("        continue-on-error: true\n", "")));
            assertThat(o.status()).as(o.message()).isEqualTo(Status.PASS);
            assertThat(locations(o)).containsExactly(".github/workflows/sast.yml:7");
        }

        @Test
        void dependencyAuditOnlyByHandIsPartial() {
            Outcome o = run(new DependencyScanningCheck(), scan(".github/workflows/audit.yml", AUDIT_BY_HAND));
            assertThat(o.status()).as(o.message()).isEqualTo(Status.PARTIAL);
            assertThat(locations(o)).containsExactly(".github/workflows/audit.yml:6");
        }

        @Test
        void dependabotStillPassesBesideAManualAudit() {
            List<Fact> facts = new ArrayList<>(scan(".github/workflows/audit.yml", AUDIT_BY_HAND));
            facts.add(signal(SignalKind.DEPS_DEPENDABOT, ".github/dependabot.yml"));
            Outcome o = run(new DependencyScanningCheck(), facts);
            assertThat(o.status()).isEqualTo(Status.PASS);
            assertThat(locations(o)).containsExactly(".github/dependabot.yml");
        }
    }
}
