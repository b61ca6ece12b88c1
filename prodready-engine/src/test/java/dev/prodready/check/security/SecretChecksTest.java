package dev.prodready.check.security;

import dev.prodready.catalogue.Severity;
import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.SignalKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static dev.prodready.check.security.Fixture.dependency;
import static dev.prodready.check.security.Fixture.finding;
import static dev.prodready.check.security.Fixture.locations;
import static dev.prodready.check.security.Fixture.manifest;
import static dev.prodready.check.security.Fixture.match;
import static dev.prodready.check.security.Fixture.notes;
import static dev.prodready.check.security.Fixture.run;
import static dev.prodready.check.security.Fixture.scanned;
import static dev.prodready.check.security.Fixture.secretsScanned;
import static dev.prodready.check.security.Fixture.signal;
import static dev.prodready.check.security.SecurityPatterns.CLIENT_ENV_SECRET_NAME;
import static dev.prodready.check.security.SecurityPatterns.SERVICE_ROLE_REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;

/** The items the secrets engine decides, with the extra signals some of them read. */
class SecretChecksTest {

    @Nested
    class NoKeysInCode {
        private final NoKeysInCodeCheck check = new NoKeysInCodeCheck();

        @Test
        void aFindingAboveInfoFailsWithItsLocation() {
            Outcome o = run(check, secretsScanned("tree", 80),
                    finding("secrets.no-keys-in-code", Severity.CRITICAL, "src/lib/stripe.ts", 3));
            assertThat(o.status()).isEqualTo(Status.FAIL);
            assertThat(locations(o)).containsExactly("src/lib/stripe.ts:3");
            assertThat(notes(o).get(0)).contains("secret.test-rule").doesNotContain("sk_t");
        }

        @Test
        void infoFindingsAndFindingsOfOtherItemsDoNotFail() {
            Outcome o = run(check, secretsScanned("tree", 80),
                    finding("secrets.no-keys-in-code", Severity.INFO, "src/integrations/supabase/client.ts", 5),
                    finding("secrets.history-clean", Severity.HIGH, "config.js", 2));
            assertThat(o.status()).isEqualTo(Status.PASS);
            assertThat(locations(o)).containsExactly(".");
        }

        @Test
        void withoutCoverageNothingIsClaimed() {
            assertThat(run(check, scanned(80)).status()).isEqualTo(Status.UNKNOWN);
        }
    }

    @Nested
    class HistoryClean {
        private final HistoryCleanCheck check = new HistoryCleanCheck();

        @Test
        void aSecretInAnOldCommitFails() {
            Outcome o = run(check, secretsScanned("history", 300),
                    finding("secrets.history-clean", Severity.HIGH, ".env", 4));
            assertThat(o.status()).isEqualTo(Status.FAIL);
            assertThat(locations(o)).containsExactly(".env:4");
        }

        @Test
        void treeCoverageAloneSaysNothingAboutHistory() {
            assertThat(run(check, secretsScanned("tree", 80)).status()).isEqualTo(Status.UNKNOWN);
            assertThat(run(check, secretsScanned("history", 300)).status()).isEqualTo(Status.PASS);
        }
    }

    @Nested
    class NoEnvFilesCommitted {
        private final NoEnvFilesCommittedCheck check = new NoEnvFilesCommittedCheck();

        @Test
        void trackedEnvFileFails() {
            Outcome o = run(check, signal(SignalKind.ENV_FILE_COMMITTED, ".env"), scanned(30));
            assertThat(o.status()).isEqualTo(Status.FAIL);
            assertThat(locations(o)).containsExactly(".env");
        }

        @Test
        void indexedTreeWithoutEnvFilePasses() {
            Outcome o = run(check, signal(SignalKind.ENV_EXAMPLE, ".env.example"), scanned(30));
            assertThat(o.status()).isEqualTo(Status.PASS);
            assertThat(locations(o)).containsExactly(".");
        }

        @Test
        void nothingIndexedIsUnknown() {
            assertThat(run(check).status()).isEqualTo(Status.UNKNOWN);
        }
    }

    @Nested
    class NoSecretsInClientEnv {
        private final NoSecretsInClientEnvCheck check = new NoSecretsInClientEnvCheck();

        @Test
        void secretNameWithAPublicPrefixFailsCitingOnlyTheName() {
            Outcome o = run(check, secretsScanned("tree", 80), match(CLIENT_ENV_SECRET_NAME, ".github/workflows/build.yml", 22,
                    "          VITE_OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}"));
            assertThat(o.status()).isEqualTo(Status.FAIL);
            assertThat(locations(o)).containsExactly(".github/workflows/build.yml:22");
            assertThat(notes(o).get(0)).startsWith("VITE_OPENAI_API_KEY ").doesNotContain("secrets.");
        }

        @Test
        void publicKeysByDesignPassOnceTheTreeWasScanned() {
            Outcome o = run(check, secretsScanned("tree", 80),
                    finding("secrets.no-secrets-in-client-env", Severity.INFO, ".env.example", 2));
            assertThat(o.status()).isEqualTo(Status.PASS);
            assertThat(locations(o)).containsExactly(".");
        }
    }

    @Nested
    class ServiceRoleNotInClient {
        private final ServiceRoleNotInClientCheck check = new ServiceRoleNotInClientCheck();

        @Test
        void serviceRoleKeyInBrowserCodeFails() {
            Outcome o = run(check, dependency("@supabase/supabase-js", "package.json", 18), secretsScanned("tree", 80),
                    match(SERVICE_ROLE_REFERENCE, "src/integrations/supabase/admin.ts", 4,
                            "const key = import.meta.env.VITE_SUPABASE_SERVICE_ROLE_KEY;"),
                    match(CLIENT_ENV_SECRET_NAME, "src/integrations/supabase/admin.ts", 4,
                            "const key = import.meta.env.VITE_SUPABASE_SERVICE_ROLE_KEY;"));
            assertThat(o.status()).isEqualTo(Status.FAIL);
            assertThat(locations(o)).containsExactly("src/integrations/supabase/admin.ts:4");
            assertThat(notes(o).get(0)).contains("VITE_SUPABASE_SERVICE_ROLE_KEY");
        }

        @Test
        void serviceRoleInServerCodePassesOnceScanned() {
            Outcome o = run(check, dependency("@supabase/supabase-js", "package.json", 18), secretsScanned("tree", 80),
                    match(SERVICE_ROLE_REFERENCE, "supabase/functions/stripe-webhook/index.ts", 9,
                            "const admin = createClient(url, Deno.env.get(\"SUPABASE_SERVICE_ROLE_KEY\")!);"));
            assertThat(o.status()).isEqualTo(Status.PASS);
            assertThat(locations(o)).containsExactly(".");
        }

        @Test
        void withoutSupabaseItIsNotApplicable() {
            Outcome o = run(check, manifest("package.json", 12), secretsScanned("tree", 80));
            assertThat(o.status()).isEqualTo(Status.NOT_APPLICABLE);
            assertThat(locations(o)).containsExactly("package.json");
        }
    }
}
