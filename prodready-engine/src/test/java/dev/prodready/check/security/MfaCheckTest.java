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
import static dev.prodready.check.security.SecurityPatterns.MFA_ASSURANCE_REQUIRED;
import static dev.prodready.check.security.SecurityPatterns.MFA_SECOND_FACTOR_CODE;
import static dev.prodready.check.security.SecurityPatterns.MFA_SUPABASE_FACTOR_CALL;
import static dev.prodready.check.security.SecurityPatterns.SUPABASE_CONFIG_AUTH_SETTING;
import static dev.prodready.check.security.SecurityPatterns.SUPABASE_CONFIG_SECTION;
import static org.assertj.core.api.Assertions.assertThat;

class MfaCheckTest {

    private static final String CONFIG = "supabase/config.toml";
    private final MfaCheck check = new MfaCheck();

    @Test
    void passesWhenTotpIsOnAndTheServerDemandsAal2() {
        Outcome o = run(check,
                match(SUPABASE_CONFIG_SECTION, CONFIG, 69, "[auth.mfa.totp]"),
                match(SUPABASE_CONFIG_AUTH_SETTING, CONFIG, 70, "enroll_enabled = true"),
                match(SUPABASE_CONFIG_AUTH_SETTING, CONFIG, 71, "verify_enabled = true"),
                match(MFA_ASSURANCE_REQUIRED, "middleware.ts", 18, "if (aal.currentLevel !== \"aal2\") return redirect(\"/mfa\");"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly(CONFIG + ":70", "middleware.ts:18");
    }

    @Test
    void offeredButCheckedOnlyInTheBrowserIsPartial() {
        Outcome o = run(check,
                match(MFA_SUPABASE_FACTOR_CALL, "src/pages/Security.tsx", 22,
                        "const { data } = await supabase.auth.mfa.enroll({ factorType: \"totp\" });"),
                match(MFA_ASSURANCE_REQUIRED, "src/components/AdminGuard.tsx", 9,
                        "const { data } = await supabase.auth.mfa.getAuthenticatorAssuranceLevel();"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(o.message()).contains("browser");
        assertThat(locations(o)).containsExactly("src/pages/Security.tsx:22", "src/components/AdminGuard.tsx:9");
    }

    @Test
    void failsWhenEveryFactorIsOffInSupabaseConfig() {
        Outcome o = run(check,
                match(SUPABASE_CONFIG_SECTION, CONFIG, 69, "[auth.mfa.totp]"),
                match(SUPABASE_CONFIG_AUTH_SETTING, CONFIG, 70, "enroll_enabled = false"),
                match(SUPABASE_CONFIG_AUTH_SETTING, CONFIG, 71, "verify_enabled = false"),
                match(SUPABASE_CONFIG_SECTION, CONFIG, 73, "[auth.mfa.phone]"),
                match(SUPABASE_CONFIG_AUTH_SETTING, CONFIG, 74, "enroll_enabled = false"));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly(CONFIG + ":70", CONFIG + ":74");
        assertThat(o.evidence().get(1).note()).contains("auth.mfa.phone");
    }

    @Test
    void enrollEnabledInAnotherSectionDoesNotCountAsTotp() {
        Outcome o = run(check,
                match(SUPABASE_CONFIG_SECTION, CONFIG, 10, "[auth.mfa.totp]"),
                match(SUPABASE_CONFIG_AUTH_SETTING, CONFIG, 11, "enroll_enabled = false"),
                match(SUPABASE_CONFIG_SECTION, CONFIG, 13, "[some.other]"),
                match(SUPABASE_CONFIG_AUTH_SETTING, CONFIG, 14, "enroll_enabled = true"));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly(CONFIG + ":11");
    }

    @Test
    void hostedProvidersKeepMfaInTheirDashboard() {
        Outcome o = run(check, capability(Capability.AUTH_PROVIDER, "@clerk/nextjs", "package.json", 12), scanned(40));
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(o.message()).contains("dashboard");
    }

    @Test
    void codeDrivenSignInWithoutAnySecondFactorFails() {
        Outcome o = run(check, capability(Capability.AUTH_PROVIDER, "next-auth", "package.json", 8), scanned(40));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("package.json:8", ".");
    }

    @Test
    void totpLibraryWithServerRequirementPasses() {
        Outcome o = run(check,
                match(MFA_SECOND_FACTOR_CODE, "src/lib/mfa.ts", 30, "return authenticator.verify({ token: code, secret });"),
                capability(Capability.MFA, "otplib", "package.json", 21),
                match(MFA_ASSURANCE_REQUIRED, "src/lib/auth.ts", 75, "if (user.mfaRequired && !totp) throw new Error(\"mfa\");"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).contains("src/lib/mfa.ts:30", "src/lib/auth.ts:75");
    }

    @Test
    void noSignInAtAllIsUnknown() {
        assertThat(run(check, scanned(10)).status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void parsedFactorCallsCountAsOffered() {
        Outcome o = Fixture.run(new MfaCheck(),
                new dev.prodready.fact.AuthSettingFact("code", "mfa", "supabase.auth.mfa.enroll", true, "authcfg.mfa-enabled",
                        "auth.mfa", dev.prodready.fact.Evidence.at("src/lib/mfa.ts", 7, "MFA used in code")));
        org.assertj.core.api.Assertions.assertThat(o.status()).isEqualTo(dev.prodready.check.Status.PARTIAL);
        org.assertj.core.api.Assertions.assertThat(Fixture.locations(o)).containsExactly("src/lib/mfa.ts:7");
    }
}
