package dev.prodready.check.security;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.Capability;
import org.junit.jupiter.api.Test;

import static dev.prodready.check.security.Fixture.capability;
import static dev.prodready.check.security.Fixture.locations;
import static dev.prodready.check.security.Fixture.match;
import static dev.prodready.check.security.Fixture.run;
import static dev.prodready.check.security.Fixture.scanned;
import static dev.prodready.check.security.SecurityPatterns.RECOVERY_LOCKOUT;
import static dev.prodready.check.security.SecurityPatterns.RECOVERY_RESET_FLOW;
import static dev.prodready.check.security.SecurityPatterns.RECOVERY_RESET_ROUTE;
import static org.assertj.core.api.Assertions.assertThat;

class AccountRecoveryCheckTest {

    private final AccountRecoveryCheck check = new AccountRecoveryCheck();

    @Test
    void resetFlowAndLockoutPass() {
        Outcome o = run(check,
                match(RECOVERY_RESET_FLOW, "src/pages/Forgot.tsx", 12, "await supabase.auth.resetPasswordForEmail(email, { redirectTo })"),
                match(RECOVERY_LOCKOUT, "src/lib/ratelimit.ts", 9, "export const authLimiter = new Ratelimit({ limiter: Ratelimit.slidingWindow(10, \"10 m\") });"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("src/pages/Forgot.tsx:12", "src/lib/ratelimit.ts:9");
    }

    @Test
    void resetLinkWithoutAnyThrottlingIsPartial() {
        Outcome o = run(check, match(RECOVERY_RESET_ROUTE, "src/app/login/page.tsx", 39,
                "<a href=\"/forgot-password\">Forgot your password?</a>"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly("src/app/login/page.tsx:39");
    }

    @Test
    void supabaseThrottlesSignInItself() {
        Outcome o = run(check,
                capability(Capability.AUTH_PROVIDER, "@supabase/supabase-js", "package.json", 20),
                match(RECOVERY_RESET_FLOW, "src/pages/Forgot.tsx", 12, "await supabase.auth.resetPasswordForEmail(email)"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("src/pages/Forgot.tsx:12", "package.json:20");
    }

    @Test
    void signInWithoutAnyResetFlowFails() {
        Outcome o = run(check, capability(Capability.AUTH_PROVIDER, "passport", "package.json", 7), scanned(25));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly(".");
    }

    @Test
    void hostedSignInPagesAreUnknown() {
        Outcome o = run(check, capability(Capability.AUTH_PROVIDER, "@clerk/clerk-react", "package.json", 7), scanned(25));
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(locations(o)).containsExactly("package.json:7");
    }
}
