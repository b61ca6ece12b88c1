package dev.prodready.check.security;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.SignalKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static dev.prodready.check.security.Fixture.dependency;
import static dev.prodready.check.security.Fixture.locations;
import static dev.prodready.check.security.Fixture.match;
import static dev.prodready.check.security.Fixture.run;
import static dev.prodready.check.security.Fixture.signal;
import static dev.prodready.check.security.SecurityPatterns.CRYPTO_FIELD_ENCRYPTION;
import static dev.prodready.check.security.SecurityPatterns.CRYPTO_STORAGE_ENCRYPTION_OFF;
import static dev.prodready.check.security.SecurityPatterns.CRYPTO_STORAGE_ENCRYPTION_ON;
import static dev.prodready.check.security.SecurityPatterns.TRANSPORT_HTTPS_ENFORCED;
import static dev.prodready.check.security.SecurityPatterns.TRANSPORT_VERIFICATION_OFF;
import static dev.prodready.check.security.SecurityPatterns.TRANSPORT_WEAK_TLS;
import static org.assertj.core.api.Assertions.assertThat;

class EncryptionChecksTest {

    @Nested
    class AtRest {
        private final EncryptionAtRestCheck check = new EncryptionAtRestCheck();

        @Test
        void unencryptedDatabaseFails() {
            Outcome o = run(check, match(CRYPTO_STORAGE_ENCRYPTION_OFF, "infra/db.tf", 12, "  storage_encrypted = false"));
            assertThat(o.status()).isEqualTo(Status.FAIL);
            assertThat(locations(o)).containsExactly("infra/db.tf:12");
        }

        @Test
        void encryptedStorageInTerraformPasses() {
            Outcome o = run(check, match(CRYPTO_STORAGE_ENCRYPTION_ON, "infra/db.tf", 12, "  storage_encrypted = true"),
                    match(CRYPTO_STORAGE_ENCRYPTION_ON, "infra/db.tf", 13, "  kms_key_id        = aws_kms_key.db.arn"));
            assertThat(o.status()).isEqualTo(Status.PASS);
            assertThat(locations(o)).containsExactly("infra/db.tf:12", "infra/db.tf:13");
        }

        @Test
        void fieldEncryptionAloneIsPartial() {
            Outcome o = run(check, match(CRYPTO_FIELD_ENCRYPTION, "src/lib/mfa.ts", 12,
                    "const cipher = createCipheriv(\"aes-256-gcm\", key(), iv);"));
            assertThat(o.status()).isEqualTo(Status.PARTIAL);
            assertThat(locations(o)).containsExactly("src/lib/mfa.ts:12");
        }

        @Test
        void managedPlatformOnlyIsUnknown() {
            Outcome o = run(check, dependency("@supabase/supabase-js", "package.json", 18));
            assertThat(o.status()).isEqualTo(Status.UNKNOWN);
            assertThat(locations(o)).containsExactly("package.json:18");
        }
    }

    @Nested
    class InTransit {
        private final EncryptionInTransitCheck check = new EncryptionInTransitCheck();

        @Test
        void verificationTurnedOffFails() {
            Outcome o = run(check, match(TRANSPORT_VERIFICATION_OFF, "src/db.ts", 7, "ssl: { rejectUnauthorized: false },"),
                    match(TRANSPORT_HTTPS_ENFORCED, "next.config.js", 22, "{ key: \"Strict-Transport-Security\", value: \"max-age=63072000\" },"));
            assertThat(o.status()).isEqualTo(Status.FAIL);
            assertThat(locations(o)).containsExactly("src/db.ts:7");
        }

        @Test
        void oldTlsPolicyFails() {
            Outcome o = run(check, match(TRANSPORT_WEAK_TLS, "infra/alb.tf", 30, "  ssl_policy = \"ELBSecurityPolicy-2016-08\""));
            assertThat(o.status()).isEqualTo(Status.FAIL);
            assertThat(locations(o)).containsExactly("infra/alb.tf:30");
        }

        @Test
        void hstsWithoutInsecureConnectionsPasses() {
            Outcome o = run(check, match(TRANSPORT_HTTPS_ENFORCED, "next.config.js", 22,
                    "{ key: \"Strict-Transport-Security\", value: \"max-age=63072000\" },"),
                    match(TRANSPORT_VERIFICATION_OFF, "tests/db.test.ts", 3, "ssl: { rejectUnauthorized: false },"));
            assertThat(o.status()).isEqualTo(Status.PASS);
            assertThat(locations(o)).containsExactly("next.config.js:22");
        }

        @Test
        void httpsByDefaultHostIsLeftToTheLiveProbe() {
            Outcome o = run(check, signal(SignalKind.PLATFORM_VERCEL, "vercel.json"));
            assertThat(o.status()).isEqualTo(Status.UNKNOWN);
            assertThat(locations(o)).containsExactly("vercel.json");
        }
    }
}
