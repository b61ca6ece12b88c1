package dev.prodready.check.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The path heuristics and lifetime parsing the checks lean on. */
class SupportTest {

    @ParameterizedTest
    @CsvSource({
            "src/pages/Admin.tsx, false",
            "src/components/NoteView.tsx, false",
            "src/hooks/useAuth.ts, false",
            "src/app/admin/page.tsx, true",
            "src/app/api/invoices/route.ts, true",
            "supabase/functions/search-projects/index.ts, true",
            "middleware.ts, true",
            "server/routes/orders.js, true",
            "src/lib/session.ts, true",
            "app/views.py, true",
            "supabase/migrations/1_init.sql, true",
            "src/routes/admin/+page.server.ts, true",
            "public/index.html, false"})
    void serverOrBrowser(String path, boolean server) {
        assertThat(CodePaths.isServer(path, Set.of())).as(path).isEqualTo(server);
    }

    @Test
    void useClientMakesAnAppRouterPageBrowserCode() {
        assertThat(CodePaths.isServer("src/app/admin/page.tsx", Set.of("src/app/admin/page.tsx"))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "src/app/api/health/route.ts, true",
            "src/app/api/auth/[...nextauth]/route.ts, true",
            "supabase/functions/stripe-webhook/index.ts, true",
            "src/app/api/webhooks/stripe/route.ts, true",
            "src/app/api/invoices/route.ts, false",
            "supabase/functions/search-projects/index.ts, false"})
    void publicByDesign(String path, boolean open) {
        assertThat(CodePaths.publicByDesign(path)).as(path).isEqualTo(open);
    }

    @ParameterizedTest
    @CsvSource({"src/app/page.test.tsx, true", "tests/test_api.py, true", "cypress/e2e/login.cy.ts, true",
            "src/lib/testimonials.ts, false", "src/main/java/App.java, false"})
    void testCode(String path, boolean test) {
        assertThat(CodePaths.isTest(path)).as(path).isEqualTo(test);
    }

    @ParameterizedTest
    @CsvSource(value = {"'\"15m\"'|900", "3600|3600", "8 * 60 * 60|28800", "'\"7d\"'|604800", "60_000|60000"},
            delimiter = '|')
    void lifetimes(String literal, long seconds) {
        assertThat(Durations.seconds(literal)).hasValue(seconds);
    }

    @ParameterizedTest
    @CsvSource(value = {"app.js|// app.use(cors());|true", "Cors.java| * Access-Control-Allow-Origin: * is bad|true",
            "settings.py|# DEBUG = True|true", "m.sql|-- using (true) for reads|true", "m.sql|  using (true);|false",
            "Dockerfile|  --debug|false", "app.js|app.use(cors());|false", "config.toml|[auth]|false"}, delimiter = '|')
    void commentLines(String path, String text, boolean comment) {
        assertThat(Matches.isComment(path, text)).as(text).isEqualTo(comment);
    }

    @Test
    void nonLiteralLifetimesAreNotGuessed() {
        assertThat(Durations.seconds("SESSION_SECONDS")).isEmpty();
        assertThat(Durations.seconds("99999999999999999999 * 9")).isEmpty();
    }
}
