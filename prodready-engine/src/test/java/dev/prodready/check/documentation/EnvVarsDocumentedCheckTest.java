package dev.prodready.check.documentation;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.SignalKind;
import org.junit.jupiter.api.Test;

import static dev.prodready.check.compliance.CheckFixture.doc;
import static dev.prodready.check.compliance.CheckFixture.locations;
import static dev.prodready.check.compliance.CheckFixture.match;
import static dev.prodready.check.compliance.CheckFixture.run;
import static dev.prodready.check.compliance.CheckFixture.signal;
import static org.assertj.core.api.Assertions.assertThat;

class EnvVarsDocumentedCheckTest {

    private final EnvVarsDocumentedCheck check = new EnvVarsDocumentedCheck();

    @Test
    void everyReadListedInTheExampleFilePasses() {
        Outcome o = run(check,
                signal(SignalKind.ENV_EXAMPLE, ".env.example"),
                match("env.example-entry", "DATABASE_URL", ".env.example", 1),
                match("env.example-entry", "# SENTRY_DSN", ".env.example", 2),
                match("env.read-process-env", "process.env.DATABASE_URL", "src/db.ts", 3),
                match("env.read-process-env", "process.env.SENTRY_DSN", "sentry.server.config.ts", 4),
                match("env.read-process-env", "process.env.NODE_ENV", "next.config.js", 2));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(o.message()).contains("all 2 environment variable(s)");
        assertThat(locations(o)).containsExactly(".env.example");
    }

    @Test
    void undocumentedReadsArePartialAndNamed() {
        Outcome o = run(check,
                signal(SignalKind.ENV_EXAMPLE, ".env.example"),
                match("env.example-entry", "VITE_SUPABASE_URL", ".env.example", 1),
                match("env.read-import-meta", "import.meta.env.VITE_SUPABASE_URL", "src/lib/supabase.ts", 3),
                match("env.read-import-meta", "import.meta.env.VITE_STRIPE_KEY", "src/lib/stripe.ts", 5),
                match("env.read-deno", "Deno.env.get('SUPABASE_SERVICE_ROLE_KEY')",
                        "supabase/functions/delete-user/index.ts", 8),
                match("env.read-deno", "Deno.env.get('STRIPE_SECRET_KEY')",
                        "supabase/functions/create-checkout/index.ts", 6));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(o.message()).contains("2 of 3").contains("STRIPE_SECRET_KEY, VITE_STRIPE_KEY")
                .doesNotContain("SUPABASE_SERVICE_ROLE_KEY").doesNotContain("VITE_SUPABASE_URL,");
        assertThat(locations(o)).containsExactly("src/lib/stripe.ts:5", "supabase/functions/create-checkout/index.ts:6",
                ".env.example");
    }

    @Test
    void namesInTheDocumentationCountAsDocumented() {
        Outcome o = run(check,
                doc(DocKind.ENV_VARS, "README.md", 40),
                match("env.doc-mention", "| `DATABASE_URL` | Postgres | yes |", "README.md", 43),
                match("env.read-python", "os.getenv(\"DATABASE_URL\", \"sqlite://\")", "app/settings.py", 12));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("README.md:40");
    }

    @Test
    void everyReadOnAWholeLineIsFound() {
        Outcome o = run(check,
                signal(SignalKind.ENV_EXAMPLE, ".env.sample"),
                match("env.read-process-env", "const url = `${process.env.HOST}:${process.env[\"API_PORT\"]}`;", "server.js", 7));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(o.message()).contains("API_PORT, HOST");
        assertThat(locations(o)).containsExactly("server.js:7", ".env.sample");
        assertThat(o.evidence().get(0).note()).contains("HOST", "API_PORT");
    }

    @Test
    void readsWithoutAnyDocumentationFail() {
        Outcome o = run(check,
                match("env.read-java", "System.getenv(\"DATABASE_URL\")", "src/main/java/App.java", 12),
                match("env.read-spring-placeholder", "${STRIPE_KEY}", "src/main/resources/application.yml", 9));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(o.message()).contains("DATABASE_URL, STRIPE_KEY");
        assertThat(locations(o)).containsExactly("src/main/java/App.java:12", "src/main/resources/application.yml:9");
    }

    @Test
    void exampleFileWithoutRecognisedReadsPasses() {
        Outcome o = run(check, signal(SignalKind.ENV_EXAMPLE, ".env.example"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly(".env.example");
    }

    @Test
    void nothingReadAndNothingDocumentedIsUnknown() {
        assertThat(run(check).status()).isEqualTo(Status.UNKNOWN);
    }
}
