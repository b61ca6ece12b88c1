package dev.prodready.check.security;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.Capability;
import org.junit.jupiter.api.Test;

import static dev.prodready.check.security.Fixture.capability;
import static dev.prodready.check.security.Fixture.locations;
import static dev.prodready.check.security.Fixture.manifest;
import static dev.prodready.check.security.Fixture.run;
import static org.assertj.core.api.Assertions.assertThat;

class AuthProviderCheckTest {

    private final AuthProviderCheck check = new AuthProviderCheck();

    @Test
    void passesWithAnAuthProviderPackage() {
        Outcome o = run(check, manifest("package.json", 20), capability(Capability.AUTH_PROVIDER, "next-auth", "package.json", 14));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(o.message()).contains("next-auth");
        assertThat(locations(o)).containsExactly("package.json:14");
    }

    @Test
    void handMadeSignInOnTokenAndHashLibrariesIsPartial() {
        Outcome o = run(check, manifest("package.json", 9), capability(Capability.JWT, "jsonwebtoken", "package.json", 11),
                capability(Capability.PASSWORD_HASHING, "bcrypt", "package.json", 10));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactlyInAnyOrder("package.json:11", "package.json:10");
    }

    @Test
    void failsWhenManifestsWereReadAndNoneGivesAuthentication() {
        Outcome o = run(check, manifest("package.json", 12));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("package.json");
    }

    @Test
    void unknownWithoutAnyManifest() {
        assertThat(run(check).status()).isEqualTo(Status.UNKNOWN);
    }
}
