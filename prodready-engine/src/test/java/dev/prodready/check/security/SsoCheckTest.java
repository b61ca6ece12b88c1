package dev.prodready.check.security;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.stack.Presence;
import dev.prodready.stack.Trait;
import org.junit.jupiter.api.Test;

import static dev.prodready.check.security.Fixture.locations;
import static dev.prodready.check.security.Fixture.match;
import static dev.prodready.check.security.Fixture.run;
import static dev.prodready.check.security.Fixture.scanned;
import static dev.prodready.check.security.Fixture.stack;
import static dev.prodready.check.security.SecurityPatterns.SSO_ENTERPRISE_INTEGRATION;
import static org.assertj.core.api.Assertions.assertThat;

class SsoCheckTest {

    private final SsoCheck check = new SsoCheck();

    @Test
    void samlOrOidcIntegrationPasses() {
        Outcome o = run(check, stack(Trait.ENTERPRISE, Presence.PRESENT),
                match(SSO_ENTERPRISE_INTEGRATION, "src/app/login/actions.ts", 14, "await supabase.auth.signInWithSSO({ domain })"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("src/app/login/actions.ts:14");
    }

    @Test
    void enterpriseAppWithoutSsoFails() {
        Outcome o = run(check, stack(Trait.ENTERPRISE, Presence.PRESENT), scanned(120));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("README.md:3", ".");
    }

    @Test
    void unknownTraitNeverFails() {
        Outcome o = run(check, stack(Trait.ENTERPRISE, Presence.UNKNOWN), scanned(120));
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(o.message()).contains("could not tell");
    }

    @Test
    void consumerAppIsNotFailed() {
        assertThat(run(check, stack(Trait.ENTERPRISE, Presence.ABSENT), scanned(120)).status()).isEqualTo(Status.UNKNOWN);
    }
}
