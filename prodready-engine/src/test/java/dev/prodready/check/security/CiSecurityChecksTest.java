package dev.prodready.check.security;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.Capability;
import dev.prodready.fact.SignalKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

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
}
