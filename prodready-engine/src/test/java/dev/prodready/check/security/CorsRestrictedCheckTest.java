package dev.prodready.check.security;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import org.junit.jupiter.api.Test;

import static dev.prodready.check.security.Fixture.locations;
import static dev.prodready.check.security.Fixture.match;
import static dev.prodready.check.security.Fixture.run;
import static dev.prodready.check.security.Fixture.scanned;
import static dev.prodready.check.security.SecurityPatterns.CORS_ALLOWLIST;
import static dev.prodready.check.security.SecurityPatterns.CORS_OPEN_DEFAULT;
import static dev.prodready.check.security.SecurityPatterns.CORS_REFLECTED_ORIGIN;
import static dev.prodready.check.security.SecurityPatterns.CORS_WILDCARD;
import static org.assertj.core.api.Assertions.assertThat;

class CorsRestrictedCheckTest {

    private final CorsRestrictedCheck check = new CorsRestrictedCheck();

    @Test
    void wildcardOriginFails() {
        Outcome o = run(check, match(CORS_WILDCARD, "supabase/functions/_shared/cors.ts", 2, "  \"Access-Control-Allow-Origin\": \"*\","),
                match(CORS_OPEN_DEFAULT, "server/app.js", 7, "app.use(cors());"));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("server/app.js:7", "supabase/functions/_shared/cors.ts:2");
    }

    @Test
    void reflectedOriginIsPartial() {
        Outcome o = run(check, match(CORS_REFLECTED_ORIGIN, "api/index.js", 12,
                "res.setHeader(\"Access-Control-Allow-Origin\", req.headers.origin);"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly("api/index.js:12");
    }

    @Test
    void allowlistPasses() {
        Outcome o = run(check, match(CORS_ALLOWLIST, "app/main.py", 20, "allow_origins=settings.allowed_origins,"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("app/main.py:20");
    }

    @Test
    void noCorsAtAllIsSameOriginAndPasses() {
        Outcome o = run(check, scanned(50));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly(".");
    }

    @Test
    void unsearchedSourceIsUnknown() {
        assertThat(run(check).status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void parsedCorsSettingsComeFirst() {
        Outcome open = Fixture.run(new CorsRestrictedCheck(), CodeFacts.parsed("javascript", 3),
                CodeFacts.setting("cors", "cors.any-origin-credentials", false, "src/app.js", 10),
                CodeFacts.setting("cors", "cors.restricted", true, "src/app.js", 12));
        org.assertj.core.api.Assertions.assertThat(open.status()).isEqualTo(dev.prodready.check.Status.FAIL);
        org.assertj.core.api.Assertions.assertThat(open.message()).contains("with the user's credentials");
        org.assertj.core.api.Assertions.assertThat(Fixture.locations(open)).containsExactly("src/app.js:10");
        Outcome listed = Fixture.run(new CorsRestrictedCheck(), CodeFacts.parsed("javascript", 3),
                CodeFacts.setting("cors", "cors.restricted", true, "src/app.js", 12));
        org.assertj.core.api.Assertions.assertThat(listed.status()).isEqualTo(dev.prodready.check.Status.PASS);
    }
}
