package dev.prodready.live;

import dev.prodready.catalogue.Catalogue;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Checks;
import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.CspFact;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Fact;
import dev.prodready.fact.Facts;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.LiveHeader;
import dev.prodready.fact.LiveSignal;
import dev.prodready.fact.LiveSignalKind;
import dev.prodready.fact.PageWeight;
import dev.prodready.fact.ScanCoverage;
import dev.prodready.fact.SignalKind;
import dev.prodready.stack.StackProfile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The area checks in main with live facts beside repository facts: both kinds of evidence, one verdict. */
class LiveEvidenceInChecksTest {

    private static final String URL = "https://app.example.com/";

    private static Outcome judge(String item, List<Fact> facts, StackProfile stack) {
        return Checks.forItem(item).orElseThrow().evaluate(new CheckContext(Facts.of(facts), stack,
                Catalogue.builtIn().item(item).orElseThrow()));
    }

    private static StackProfile stack(String... frameworks) {
        return new StackProfile(List.of("typescript"), List.of(frameworks), List.of(), Map.of(), "generic");
    }

    private static LiveHeader header(String name, String value) {
        return new LiveHeader(name, Optional.ofNullable(value), URL,
                Evidence.live(URL, value == null ? "no " + name + " header" : name + ": " + value));
    }

    /** A deployed page with framing and nosniff, but no HSTS, no CSP, no Referrer-Policy or Permissions-Policy. */
    private static List<Fact> weakLivePage() {
        List<Fact> f = new ArrayList<>();
        f.add(header("strict-transport-security", null));
        f.add(header("content-security-policy", null));
        f.add(header("x-frame-options", "DENY"));
        f.add(header("x-content-type-options", "nosniff"));
        f.add(header("referrer-policy", null));
        f.add(header("permissions-policy", null));
        return f;
    }

    private static ScanCoverage contentScanned() {
        return new ScanCoverage("content-patterns", "tree", 40, "files", Evidence.file(".", "40 files searched"));
    }

    @Test
    void headersSetInCodeButMissingLiveFailAndPointBackAtTheFile() {
        List<Fact> facts = weakLivePage();
        facts.add(contentScanned());
        facts.add(new ContentMatch("headers.middleware", "app.use(helmet());",
                Evidence.at("server/index.ts", 14, "app.use(helmet());")));
        Outcome o = judge("appsec.security-headers", facts, stack("express"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(o.message()).startsWith("Repository: CSP, HSTS and framing protection are configured")
                .contains("Live: The deployed page lacks HSTS").contains("To fix, add them in server/index.ts");
        assertThat(o.evidence()).extracting(Evidence::location).contains("server/index.ts:14", URL);
    }

    @Test
    void aNextJsAppIsToldToUseNextConfigHeaders() {
        List<Fact> facts = weakLivePage();
        facts.add(contentScanned());
        Outcome o = judge("appsec.security-headers", facts, stack("nextjs", "react"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(o.message()).contains("add them in next.config.js (headers())")
                .contains("{ key: 'Strict-Transport-Security', value: \"max-age=63072000; includeSubDomains\" }")
                .contains("Content-Security-Policy").contains("Permissions-Policy")
                .doesNotContain("key: 'X-Frame-Options'");
    }

    @Test
    void aNetlifySiteIsToldToUseItsHostingConfig() {
        List<Fact> facts = weakLivePage();
        facts.add(contentScanned());
        facts.add(new FileSignal(SignalKind.PLATFORM_NETLIFY, "netlify.toml", Evidence.file("netlify.toml", "Netlify")));
        Outcome o = judge("appsec.security-headers", facts, stack("vite", "react"));
        assertThat(o.message()).contains("add them in netlify.toml: [[headers]] for = \"/*\"");
        assertThat(o.evidence()).extracting(Evidence::location).contains("netlify.toml");
    }

    @Test
    void headersSentLiveWithoutRepositoryConfigPass() {
        List<Fact> facts = new ArrayList<>();
        facts.add(contentScanned());
        facts.add(header("strict-transport-security", "max-age=63072000"));
        facts.add(header("x-content-type-options", "nosniff"));
        facts.add(new CspFact("header", Map.of("default-src", List.of("'self'"), "frame-ancestors", List.of("'none'")),
                URL, Evidence.live(URL, "content-security-policy: default-src 'self'; frame-ancestors 'none'")));
        Outcome o = judge("appsec.security-headers", facts, stack("django"));
        assertThat(o.status()).as("the CDN or proxy may set them; production is what counts").isEqualTo(Status.PASS);
        assertThat(o.message()).startsWith("Repository: no security headers are configured");
    }

    @Test
    void withoutLiveFactsTheRepositoryVerdictIsUnchanged() {
        List<Fact> facts = List.of(contentScanned());
        Outcome o = judge("appsec.security-headers", facts, stack("express"));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(o.message()).doesNotContain("Live:");
        assertThat(judge("perf.bundle-size", List.of(), stack()).status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void bundleSizeAndLatencyAreDecidedLive() {
        PageWeight heavy = new PageWeight(URL, 6, 6, 1_900_000, 6_300_000, 0, 0, 0,
                Evidence.live(URL, "6 of 6 scripts measured"));
        Outcome o = judge("perf.bundle-size", List.of(heavy), stack("nextjs"));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(o.message()).startsWith("Live: The landing page loads 6153 KB");
        assertThat(o.evidence()).extracting(Evidence::url).containsExactly(URL);
    }

    @Test
    void aLegalPageInTheRepositoryButNotLinkedLiveIsPartial() {
        List<Fact> facts = new ArrayList<>();
        facts.add(new FileSignal(SignalKind.LEGAL_PRIVACY_PAGE, "app/privacy/page.tsx",
                Evidence.file("app/privacy/page.tsx", "privacy page")));
        facts.add(new PageWeight(URL, 0, 0, 0, 0, 0, 0, 0, Evidence.live(URL, "landing page")));
        Outcome notLinked = judge("privacy.policy", facts, stack("nextjs"));
        assertThat(notLinked.status()).isEqualTo(Status.PARTIAL);
        assertThat(notLinked.message()).contains("Live: No link to the privacy policy");

        facts.add(new LiveSignal(LiveSignalKind.PRIVACY_LINK, "link \"Privacy\" -> /privacy",
                Evidence.live(URL, "line 40: <a href=\"/privacy\">Privacy</a>")));
        assertThat(judge("privacy.policy", facts, stack("nextjs")).status()).isEqualTo(Status.PASS);
    }

    @Test
    void aCdnSeenLiveCountsAndAnUnrecognisedOneDoesNotFail() {
        LiveSignal cdn = new LiveSignal(LiveSignalKind.CDN, "Cloudflare (cf-ray)", Evidence.live(URL, "cf-ray: 8a1b"));
        assertThat(judge("edge.cdn", List.of(cdn), stack()).status()).isEqualTo(Status.PASS);
        assertThat(judge("edge.cdn", List.of(header("server", "nginx")), stack()).status()).isEqualTo(Status.UNKNOWN);
    }
}
