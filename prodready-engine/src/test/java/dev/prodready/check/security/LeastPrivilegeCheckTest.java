package dev.prodready.check.security;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.SignalKind;
import org.junit.jupiter.api.Test;

import static dev.prodready.check.security.Fixture.locations;
import static dev.prodready.check.security.Fixture.match;
import static dev.prodready.check.security.Fixture.run;
import static dev.prodready.check.security.Fixture.signal;
import static dev.prodready.check.security.SecurityPatterns.IAM_CI_SCOPED_PERMISSIONS;
import static dev.prodready.check.security.SecurityPatterns.IAM_CI_WRITE_ALL;
import static dev.prodready.check.security.SecurityPatterns.IAM_CONTAINER_USER;
import static dev.prodready.check.security.SecurityPatterns.IAM_WILDCARD_GRANT;
import static org.assertj.core.api.Assertions.assertThat;

class LeastPrivilegeCheckTest {

    private final LeastPrivilegeCheck check = new LeastPrivilegeCheck();

    @Test
    void wildcardIamGrantFails() {
        Outcome o = run(check, match(IAM_WILDCARD_GRANT, "infra/iam.tf", 14, "    actions   = [\"*\"]"),
                match(IAM_CI_WRITE_ALL, ".github/workflows/deploy.yml", 6, "permissions: write-all"));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("infra/iam.tf:14", ".github/workflows/deploy.yml:6");
    }

    @Test
    void containerSwitchingBackToRootFails() {
        Outcome o = run(check, signal(SignalKind.CONTAINER_DOCKERFILE, "Dockerfile"),
                match(IAM_CONTAINER_USER, "Dockerfile", 4, "USER node"),
                match(IAM_CONTAINER_USER, "Dockerfile", 20, "USER root"));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("Dockerfile:20");
    }

    @Test
    void dockerfileWithoutUserIsPartial() {
        Outcome o = run(check, signal(SignalKind.CONTAINER_DOCKERFILE, "Dockerfile"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly("Dockerfile");
    }

    @Test
    void scopedTokensAndNonRootContainersStillNeedAnAttestation() {
        Outcome o = run(check, signal(SignalKind.CONTAINER_DOCKERFILE, "Dockerfile"),
                match(IAM_CONTAINER_USER, "Dockerfile", 30, "USER 10001:10001"),
                match(IAM_CI_SCOPED_PERMISSIONS, ".github/workflows/ci.yml", 8, "permissions:"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(o.message()).contains("attest");
        assertThat(locations(o)).containsExactly(".github/workflows/ci.yml:8", "Dockerfile:30");
    }

    @Test
    void nothingToJudgeIsUnknown() {
        assertThat(run(check).status()).isEqualTo(Status.UNKNOWN);
    }
}
