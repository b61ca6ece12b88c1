package dev.prodready.collect.signal;

import dev.prodready.collect.pattern.RecordingSink;
import dev.prodready.fact.FileSignal;
import dev.prodready.workspace.Workspace;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A typical AI-built app (Next.js on Vercel, Supabase, Sentry, Playwright, k6): every signal it gives, no more. */
class FileSignalFixtureTest {

    @Test
    void aNextJsSupabaseAppGivesExactlyTheseSignals() throws Exception {
        RecordingSink sink = new RecordingSink();
        new FileSignalCollector().collect(Workspace.open(Path.of("src/test/resources/fixtures/signals/nextjs-supabase")), sink);
        assertThat(sink.all(FileSignal.class)).extracting(s -> s.kind().id() + " " + s.evidence().location())
                .containsExactlyInAnyOrder(
                        "env.example .env.example",
                        "repo.codeowners .github/CODEOWNERS",
                        "deps.dependabot .github/dependabot.yml",
                        "repo.pr-template .github/pull_request_template.md",
                        "ci.github-actions .github/workflows/ci.yml",
                        "repo.license LICENSE",
                        "repo.readme README.md",
                        "repo.security-policy SECURITY.md",
                        "docs.adr docs/adr/0001-supabase.md",
                        "test.e2e e2e/checkout.spec.ts",
                        "perf.budget lighthouserc.json",
                        "test.load load/smoke.js:1",
                        "deps.lockfile package-lock.json",
                        "test.e2e playwright.config.ts",
                        "security.txt public/.well-known/security.txt",
                        "monitoring.error-tracking-config sentry.client.config.ts",
                        "legal.terms-page src/app/(legal)/terms/page.tsx",
                        "health.endpoint src/app/api/health/route.ts",
                        "legal.privacy-page src/app/privacy/page.tsx",
                        "test.unit src/lib/price.test.ts",
                        "platform.supabase supabase/config.toml",
                        "db.migrations supabase/migrations/20240101000000_init.sql",
                        "db.supabase-migrations supabase/migrations/20240101000000_init.sql",
                        "platform.vercel vercel.json");
        assertThat(sink.notes).isEmpty();
    }
}
