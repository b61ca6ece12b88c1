package dev.prodready.check.security;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import org.junit.jupiter.api.Test;

import static dev.prodready.check.security.Fixture.run;
import static dev.prodready.check.security.Fixture.scanned;
import static dev.prodready.check.security.SecurityPatterns.CORS_OPEN_DEFAULT;
import static dev.prodready.check.security.SecurityPatterns.DEBUG_DJANGO_DEBUG_ON;
import static org.assertj.core.api.Assertions.assertThat;

/** A commented-out line is not configuration: checks read past it to what is really there. */
class CommentedOutTest {

    private static ContentMatch raw(String pattern, String path, int line, String text) {
        return new ContentMatch(pattern, text, Evidence.at(path, line, "content pattern " + pattern));
    }

    @Test
    void commentedOutOpenCorsDoesNotFail() {
        Outcome o = run(new CorsRestrictedCheck(), scanned(10), raw(CORS_OPEN_DEFAULT, "server/app.js", 7, "// app.use(cors());"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(o.evidence()).extracting(Evidence::location).containsExactly(".");
    }

    @Test
    void commentedOutDebugDoesNotFail() {
        Outcome o = run(new NoDebugInProductionCheck(), scanned(10), raw(DEBUG_DJANGO_DEBUG_ON, "mysite/settings.py", 26, "# DEBUG = True"));
        assertThat(o.status()).isEqualTo(Status.PASS);
    }
}
