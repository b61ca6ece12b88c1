package dev.prodready.live;

import dev.prodready.catalogue.Severity;
import dev.prodready.fact.CookieFact;
import dev.prodready.fact.ExposedFile;
import dev.prodready.fact.Fact;
import dev.prodready.fact.Facts;
import dev.prodready.fact.Finding;
import dev.prodready.fact.LatencyFact;
import dev.prodready.fact.LiveHeader;
import dev.prodready.fact.LiveResponse;
import dev.prodready.fact.LiveSignal;
import dev.prodready.fact.LiveSignalKind;
import dev.prodready.fact.PageWeight;
import dev.prodready.fact.TlsFact;
import dev.prodready.workspace.live.LiveFixture;
import dev.prodready.workspace.live.LoopbackSite;
import dev.prodready.workspace.live.LoopbackSite.Config;
import dev.prodready.workspace.live.LoopbackSite.Response;
import dev.prodready.workspace.live.ProbeCapture;
import dev.prodready.workspace.live.ProbeOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A loopback site with the usual production mistakes, probed once; each test reads one kind of fact. */
class LiveFactsTest {

    private static final String PAGE = "<!doctype html><html><head>"
            + "<script src=\"https://cdn.example.com/lib.js\"></script>"
            + "<script src=\"/app.js\"></script>"
            + "<script src=\"http://cdn.example.com/legacy.js\"></script>"
            + "</head><body><img src=\"http://img.example.com/a.png\"><img src=\"/hero.webp\" loading=\"lazy\">"
            + "<a href=\"/legal/privacy\">Privacy</a></body></html>";
    private static final String JS = "console.log('x');\n".repeat(20_000) + "//# sourceMappingURL=app.js.map\n";
    private static Facts facts;
    private static List<String> notes;

    @BeforeAll
    static void probe() {
        AtomicInteger logins = new AtomicInteger();
        Config config = new Config()
                .route("http /", r -> Response.redirect(301, "https://127.0.0.1:" + r.header("host").orElse("")
                        .replaceAll(".*:", "") + "/"))
                .route("https /", r -> {
                    Response page = Response.html(PAGE, "Server", "nginx/1.18.0", "X-Powered-By", "Express",
                            "Set-Cookie", "sid=s3cr3t-session-value; Path=/", "Set-Cookie", "csrftoken=t0k3n; Secure",
                            "Content-Security-Policy", "script-src 'self' 'unsafe-inline'", "CF-Ray", "8a1b2c3d-AMS");
                    return r.header("origin").map(o -> page.with("Access-Control-Allow-Origin", o)
                            .with("Access-Control-Allow-Credentials", "true")).orElse(page);
                })
                .route("/app.js", Response.of(200, JS, "Content-Type", "application/javascript").gzipped())
                .route("/app.js.map", Response.of(200, "{\"version\":3,\"sources\":[\"a.ts\"],\"mappings\":\"AAAA\"}",
                        "Content-Type", "application/json"))
                .route("/.env", Response.of(200, "DB_PASSWORD=not-a-real-password\nAPI_KEY=fake-key-for-tests\n",
                        "Content-Type", "text/plain"))
                .route("/.git/HEAD", Response.of(200, "ref: refs/heads/main\n", "Content-Type", "text/plain"))
                .route("/.git/config", Response.html(PAGE))
                .route("/health", Response.of(200, "{\"status\":\"ok\"}", "Content-Type", "application/json"))
                .route("/.well-known/security.txt", Response.of(200, "Contact: mailto:security@example.com\n",
                        "Content-Type", "text/plain"))
                .route("/api/login", r -> logins.incrementAndGet() > 5 ? Response.of(429, "slow down")
                        : Response.of(200, "ok"))
                .fallback(r -> Response.of(404, "Traceback (most recent call last):\n  File \"app.py\", line 3\n",
                        "Content-Type", "text/plain"));
        try (LoopbackSite site = LiveFixture.start(config)) {
            ProbeOptions options = LiveFixture.options().withLatencySamples(3)
                    .withActive(true, Optional.of("/api/login"), 10);
            ProbeCapture capture = LiveFixture.capture(site.https("/"), options);
            LiveFacts.Result result = LiveFacts.of(capture, ObservatoryAlgorithm.V6, Clock.systemUTC());
            facts = Facts.of(result.facts());
            notes = result.notes();
        }
    }

    private static List<Finding> findings(String rule) {
        return facts.all(Finding.class, f -> f.ruleId().equals(rule));
    }

    private static boolean signal(LiveSignalKind kind) {
        return facts.any(LiveSignal.class, s -> s.kind() == kind);
    }

    @Test
    void everyRequestIsRecordedAndStaysWithinTheBudget() {
        List<LiveResponse> sent = facts.all(LiveResponse.class);
        assertThat(sent).isNotEmpty();
        assertThat(sent.size()).isLessThanOrEqualTo(LiveFixture.options().withLatencySamples(3)
                .withActive(true, Optional.of("/api/login"), 10).requestBudget());
        assertThat(sent).allSatisfy(r -> assertThat(r.url()).startsWith("http").contains("127.0.0.1"));
        assertThat(sent).extracting(LiveResponse::method).containsOnly("GET", "OPTIONS");
    }

    @Test
    void tlsAndTransport() {
        TlsFact tls = facts.first(TlsFact.class, t -> true).orElseThrow();
        assertThat(tls.certificateValid()).isTrue();
        assertThat(tls.daysToExpiry()).hasValueSatisfying(d -> assertThat(d).isGreaterThan(30));
        assertThat(signal(LiveSignalKind.HTTPS_SERVED)).isTrue();
        assertThat(signal(LiveSignalKind.HTTP_REDIRECTS_TO_HTTPS)).isTrue();
    }

    @Test
    void headersPresentAndAbsentAreBothFacts() {
        assertThat(facts.first(LiveHeader.class, h -> h.name().equals("server")).flatMap(LiveHeader::value))
                .hasValue("nginx/1.18.0");
        assertThat(facts.first(LiveHeader.class, h -> h.name().equals("strict-transport-security")))
                .hasValueSatisfying(h -> assertThat(h.present()).isFalse());
        assertThat(findings("live.hsts-missing")).hasSize(1);
        assertThat(findings("live.version-disclosed")).singleElement().satisfies(f ->
                assertThat(f.evidence().note()).isEqualTo("server: nginx/1.18.0"));
        assertThat(findings("live.csp-unsafe-inline")).hasSize(1);
        assertThat(signal(LiveSignalKind.CDN)).isTrue();
    }

    @Test
    void cookiesAreJudgedAndTheirValuesHidden() {
        CookieFact sid = facts.first(CookieFact.class, c -> c.name().equals("sid")).orElseThrow();
        assertThat(sid.session()).isTrue();
        assertThat(sid.secure()).isFalse();
        assertThat(sid.evidence().note()).doesNotContain("s3cr3t").contains("sid=****");
        assertThat(findings("live.session-cookie-not-httponly")).singleElement()
                .satisfies(f -> assertThat(f.itemId()).isEqualTo("auth.session-management"));
        assertThat(findings("live.csrf-cookie-no-samesite")).hasSize(1);
    }

    @Test
    void aReflectedOriginWithCredentialsIsCritical() {
        assertThat(findings("live.cors-reflects-origin-with-credentials")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.itemId()).isEqualTo("appsec.cors-restricted");
        });
    }

    @Test
    void thirdPartyScriptsMixedContentAndLegalLinks() {
        assertThat(findings("live.sri-missing")).singleElement().satisfies(f ->
                assertThat(f.message()).startsWith("2 third-party script(s)"));
        assertThat(findings("live.mixed-content")).extracting(Finding::severity)
                .containsExactlyInAnyOrder(Severity.HIGH, Severity.LOW);
        assertThat(signal(LiveSignalKind.PRIVACY_LINK)).isTrue();
        assertThat(signal(LiveSignalKind.TERMS_LINK)).isFalse();
    }

    @Test
    void exposedFilesAreJudgedByContent() {
        assertThat(facts.first(ExposedFile.class, e -> e.path().equals("/.env"))).hasValueSatisfying(e ->
                assertThat(e.exposed()).isTrue());
        assertThat(facts.first(ExposedFile.class, e -> e.path().equals("/.git/HEAD"))).hasValueSatisfying(e ->
                assertThat(e.exposed()).isTrue());
        assertThat(facts.first(ExposedFile.class, e -> e.path().equals("/.git/config")))
                .as("200 with an HTML page is not a git config").hasValueSatisfying(e -> {
                    assertThat(e.status()).isEqualTo(200);
                    assertThat(e.exposed()).isFalse();
                });
        assertThat(findings("live.exposed-env-file")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.message()).doesNotContain("not-a-real-password");
        });
    }

    @Test
    void securityTxtSourceMapsAndTheErrorPage() {
        assertThat(signal(LiveSignalKind.SECURITY_TXT)).isTrue();
        assertThat(findings("live.source-map-public")).hasSize(1);
        assertThat(findings("live.error-page-leak")).singleElement().satisfies(f ->
                assertThat(f.message()).contains("Python traceback"));
    }

    @Test
    void javascriptWeightTransferredAndUncompressed() {
        PageWeight w = facts.first(PageWeight.class, p -> true).orElseThrow();
        assertThat(w.scripts()).isEqualTo(3);
        assertThat(w.measuredScripts()).isEqualTo(1);
        assertThat(w.jsDecodedBytes()).isEqualTo(JS.length());
        assertThat(w.jsTransferBytes()).isLessThan(w.jsDecodedBytes() / 10);
        assertThat(w.images()).isEqualTo(2);
        assertThat(w.modernImages()).isEqualTo(1);
        assertThat(w.lazyImages()).isEqualTo(1);
        assertThat(notes).anySatisfy(n -> assertThat(n).contains("were not measured"));
    }

    @Test
    void latencyOfLandingAndHealthAndTheBurst() {
        assertThat(facts.all(LatencyFact.class)).extracting(LatencyFact::target).containsExactly("health", "landing");
        assertThat(facts.all(LatencyFact.class)).allSatisfy(l -> {
            assertThat(l.samples()).isEqualTo(3);
            assertThat(l.p95Millis()).isGreaterThanOrEqualTo(l.p50Millis());
        });
        assertThat(signal(LiveSignalKind.HEALTH_ENDPOINT)).isTrue();
        assertThat(facts.first(LiveSignal.class, s -> s.kind() == LiveSignalKind.RATE_LIMITED))
                .hasValueSatisfying(s -> assertThat(s.detail()).startsWith("429 from request 6 of a burst of 10"));
    }

    @Test
    void theObservatoryGradeIsAFact() {
        assertThat(facts.all(dev.prodready.fact.ObservatoryResult.class)).singleElement()
                .satisfies(o -> assertThat(o.grade()).isPresent());
    }

    @Test
    void everyFactCitesALoopbackUrl() {
        List<Fact> all = new java.util.ArrayList<>();
        for (Class<? extends Fact> type : List.of(LiveHeader.class, CookieFact.class, ExposedFile.class,
                LatencyFact.class, LiveSignal.class, Finding.class, TlsFact.class, PageWeight.class)) {
            all.addAll(facts.all(type));
        }
        assertThat(all).allSatisfy(f -> assertThat(f.evidence().url()).startsWith("http").contains("127.0.0.1"));
    }
}
