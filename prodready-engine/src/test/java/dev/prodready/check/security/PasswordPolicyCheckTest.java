package dev.prodready.check.security;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.Capability;
import org.junit.jupiter.api.Test;

import static dev.prodready.check.security.Fixture.capability;
import static dev.prodready.check.security.Fixture.locations;
import static dev.prodready.check.security.Fixture.match;
import static dev.prodready.check.security.Fixture.run;
import static dev.prodready.check.security.SecurityPatterns.PASSWORD_DJANGO_VALIDATORS;
import static dev.prodready.check.security.SecurityPatterns.PASSWORD_MIN_LENGTH;
import static dev.prodready.check.security.SecurityPatterns.SUPABASE_CONFIG_AUTH_SETTING;
import static dev.prodready.check.security.SecurityPatterns.SUPABASE_CONFIG_SECTION;
import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyCheckTest {

    private static final String CONFIG = "supabase/config.toml";
    private final PasswordPolicyCheck check = new PasswordPolicyCheck();

    private Outcome supabase(int length) {
        return run(check, match(SUPABASE_CONFIG_SECTION, CONFIG, 36, "[auth]"),
                match(SUPABASE_CONFIG_AUTH_SETTING, CONFIG, 45, "minimum_password_length = " + length));
    }

    @Test
    void underEightFails() {
        Outcome o = supabase(6);
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly(CONFIG + ":45");
    }

    @Test
    void eightToElevenIsPartial() {
        Outcome o = supabase(10);
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly(CONFIG + ":45");
    }

    @Test
    void twelveOrMorePasses() {
        Outcome o = supabase(12);
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly(CONFIG + ":45");
    }

    @Test
    void supabaseConfigWithoutTheKeyFallsBackToTheDefaultOfSix() {
        Outcome o = run(check, match(SUPABASE_CONFIG_SECTION, CONFIG, 36, "[auth]"));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly(CONFIG + ":36");
    }

    @Test
    void theWeakestRuleDecides() {
        Outcome o = run(check, match(SUPABASE_CONFIG_SECTION, CONFIG, 36, "[auth]"),
                match(SUPABASE_CONFIG_AUTH_SETTING, CONFIG, 45, "minimum_password_length = 12"),
                match(PASSWORD_MIN_LENGTH, "supabase/functions/signup/index.ts", 8, "password: z.string().min(8),"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly("supabase/functions/signup/index.ts:8", CONFIG + ":45");
    }

    @Test
    void aLongRuleCheckedOnlyInTheBrowserIsPartial() {
        Outcome o = run(check, match(PASSWORD_MIN_LENGTH, "src/components/SignupForm.tsx", 14,
                "password: z.string().min(12, \"Use at least 12 characters\"),"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(o.message()).contains("browser");
        assertThat(locations(o)).containsExactly("src/components/SignupForm.tsx:14");
    }

    @Test
    void djangoValidatorWithoutOptionsMeansEight() {
        Outcome o = run(check, match(PASSWORD_DJANGO_VALIDATORS, "app/settings.py", 90,
                "{\"NAME\": \"django.contrib.auth.password_validation.MinimumLengthValidator\"},"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly("app/settings.py:90");
    }

    @Test
    void aSignInSchemaRequiringOneCharacterIsNotAPolicy() {
        Outcome o = run(check, match(PASSWORD_MIN_LENGTH, "src/lib/auth.ts", 17, "password: z.string().min(1).max(256),"));
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void hostedProvidersKeepThePolicyInTheirDashboard() {
        Outcome o = run(check, capability(Capability.AUTH_PROVIDER, "@auth0/nextjs-auth0", "package.json", 9));
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(locations(o)).containsExactly("package.json:9");
    }

    @Test
    void aFastPasswordHashFails() {
        Outcome o = Fixture.run(new PasswordPolicyCheck(),
                CodeFacts.auth("password-hashing", "createHash", false, "authcfg.weak-hash", "src/lib/digest.ts", 24));
        org.assertj.core.api.Assertions.assertThat(o.status()).isEqualTo(dev.prodready.check.Status.FAIL);
        org.assertj.core.api.Assertions.assertThat(Fixture.locations(o)).containsExactly("src/lib/digest.ts:24");
    }

    @Test
    void aParsedSchemaMinimumCounts() {
        Outcome o = Fixture.run(new PasswordPolicyCheck(),
                new dev.prodready.fact.AuthSettingFact("code", "password-min-length", "6", false, "authcfg.weak-password-policy",
                        "auth.password-policy", dev.prodready.fact.Evidence.at("src/lib/schemas.ts", 9, "min 6")));
        org.assertj.core.api.Assertions.assertThat(o.status()).isEqualTo(dev.prodready.check.Status.FAIL);
        org.assertj.core.api.Assertions.assertThat(Fixture.locations(o)).containsExactly("src/lib/schemas.ts:9");
    }
}
