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
import static dev.prodready.check.security.SecurityPatterns.XSS_JS_SINK;
import static dev.prodready.check.security.SecurityPatterns.XSS_SANITIZER_CALL;
import static dev.prodready.check.security.SecurityPatterns.XSS_TEMPLATE_SINK;
import static org.assertj.core.api.Assertions.assertThat;

class XssPreventionCheckTest {

    private static final String NOTE = "src/components/NoteView.tsx";
    private final XssPreventionCheck check = new XssPreventionCheck();

    @Test
    void bareSinkFails() {
        Outcome o = run(check, match(XSS_JS_SINK, NOTE, 9, "<div dangerouslySetInnerHTML={{ __html: note.body_html }} />"),
                match(XSS_TEMPLATE_SINK, "templates/post.html", 4, "{{ post.body|safe }}"));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly(NOTE + ":9", "templates/post.html:4");
    }

    @Test
    void sinkWithASanitizerOnTheSameLinePasses() {
        String line = "<div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(note.body_html) }} />";
        Outcome o = run(check, match(XSS_JS_SINK, NOTE, 9, line), match(XSS_SANITIZER_CALL, NOTE, 9, line));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly(NOTE + ":9");
    }

    @Test
    void sanitizerInTheFileButNotOnTheSinkIsPartial() {
        Outcome o = run(check, match(XSS_JS_SINK, NOTE, 12, "el.innerHTML = html;"),
                match(XSS_SANITIZER_CALL, NOTE, 10, "const html = DOMPurify.sanitize(raw);"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly(NOTE + ":12");
    }

    @Test
    void sanitizerPackageMakesABareSinkPartial() {
        Outcome o = run(check, capability(Capability.SANITIZATION, "dompurify", "package.json", 17),
                match(XSS_JS_SINK, NOTE, 12, "<div v-html=\"post.body\"></div>"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly(NOTE + ":12", "package.json:17");
    }

    @Test
    void jsonLdScriptIsPartial() {
        Outcome o = run(check, match(XSS_JS_SINK, "src/app/layout.tsx", 20,
                "<script type=\"application/ld+json\" dangerouslySetInnerHTML={{ __html: JSON.stringify(schema) }} />"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly("src/app/layout.tsx:20");
    }

    @Test
    void noSinkInTheSearchedSourcePasses() {
        Outcome o = run(check, scanned(70));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly(".");
    }

    @Test
    void unsearchedSourceIsUnknown() {
        assertThat(run(check).status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void parsedSinksReplaceTheLinePatternsOfParsedFiles() {
        Outcome o = Fixture.run(new XssPreventionCheck(), CodeFacts.parsed("tsx", 3),
                CodeFacts.html("src/components/Article.tsx", 12, true),
                CodeFacts.html("src/components/Preview.tsx", 7, false),
                Fixture.match(dev.prodready.check.security.SecurityPatterns.XSS_JS_SINK, "src/components/Article.tsx", 12,
                        "<div dangerouslySetInnerHTML={{ __html: clean }} />"));
        org.assertj.core.api.Assertions.assertThat(o.status()).isEqualTo(dev.prodready.check.Status.FAIL);
        org.assertj.core.api.Assertions.assertThat(Fixture.locations(o)).containsExactly("src/components/Preview.tsx:7");
    }

    @Test
    void onlySanitisedParsedSinksPass() {
        Outcome o = Fixture.run(new XssPreventionCheck(), CodeFacts.parsed("tsx", 3),
                CodeFacts.html("src/components/Article.tsx", 12, true));
        org.assertj.core.api.Assertions.assertThat(o.status()).isEqualTo(dev.prodready.check.Status.PASS);
    }
}
