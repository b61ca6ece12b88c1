package dev.prodready.live;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.CookieFact;
import dev.prodready.fact.CspFact;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Fact;
import dev.prodready.fact.Facts;
import dev.prodready.fact.LatencyFact;
import dev.prodready.fact.LiveHeader;
import dev.prodready.fact.LiveSignal;
import dev.prodready.fact.LiveSignalKind;
import dev.prodready.fact.PageWeight;
import dev.prodready.fact.ProtocolSupport;
import dev.prodready.fact.TlsFact;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Live facts in, item verdicts out. */
class LiveVerdictsTest {

    private static final String URL = "https://app.example.com/";

    private static LiveHeader header(String name, String value) {
        return new LiveHeader(name, Optional.ofNullable(value), URL, Evidence.live(URL,
                value == null ? "no " + name : name + ": " + value));
    }

    private static List<Fact> headers(String hsts, String xfo, String xcto) {
        List<Fact> f = new ArrayList<>();
        f.add(header("strict-transport-security", hsts));
        f.add(header("x-frame-options", xfo));
        f.add(header("x-content-type-options", xcto));
        return f;
    }

    private static CspFact csp(String source, Map<String, List<String>> directives) {
        return new CspFact(source, directives, URL, Evidence.live(URL, "content-security-policy: ..."));
    }

    private static Outcome judge(String item, List<Fact> facts) {
        return LiveVerdicts.judge(item, Facts.of(facts)).orElseThrow();
    }

    @Test
    void securityHeadersPassPartialAndFail() {
        List<Fact> all = headers("max-age=63072000", "DENY", "nosniff");
        all.add(csp("header", Map.of("default-src", List.of("'self'"))));
        assertThat(judge("appsec.security-headers", all).status()).isEqualTo(Status.PASS);

        List<Fact> some = headers("max-age=300", "DENY", "nosniff");
        some.add(csp("header", Map.of("default-src", List.of("'self'"), "script-src", List.of("'unsafe-inline'"))));
        Outcome partial = judge("appsec.security-headers", some);
        assertThat(partial.status()).isEqualTo(Status.PARTIAL);
        assertThat(partial.message()).contains("HSTS").contains("blocks inline scripts");
        assertThat(partial.evidence()).extracting(Evidence::url).containsOnly(URL);

        List<Fact> none = headers(null, null, null);
        none.add(csp("report-only", Map.of("default-src", List.of("'self'"))));
        assertThat(judge("appsec.security-headers", none).status()).isEqualTo(Status.FAIL);
    }

    @Test
    void framingCanComeFromFrameAncestors() {
        List<Fact> f = headers("max-age=63072000", null, "nosniff");
        f.add(csp("header", Map.of("default-src", List.of("'self'"), "frame-ancestors", List.of("'none'"))));
        assertThat(judge("appsec.security-headers", f).status()).isEqualTo(Status.PASS);
    }

    private static TlsFact tls(ProtocolSupport tls10, long days, String issuer) {
        return new TlsFact("app.example.com", 443, Optional.of("TLSv1.3"), ProtocolSupport.ACCEPTED,
                ProtocolSupport.ACCEPTED, ProtocolSupport.REFUSED, tls10, Optional.empty(), true,
                Optional.of(Instant.EPOCH), Optional.of(days), Optional.of(issuer), Optional.empty(),
                Evidence.live(URL, "TLSv1.3"));
    }

    private static LiveSignal signal(LiveSignalKind kind, String detail) {
        return new LiveSignal(kind, detail, Evidence.live(URL, detail));
    }

    @Test
    void encryptionInTransit() {
        assertThat(judge("encryption.in-transit", List.of(tls(ProtocolSupport.REFUSED, 80, "CN=R11, O=Let's Encrypt"),
                signal(LiveSignalKind.HTTPS_SERVED, "200"), signal(LiveSignalKind.HTTP_REDIRECTS_TO_HTTPS, "301")))
                .status()).isEqualTo(Status.PASS);
        Outcome legacy = judge("encryption.in-transit", List.of(tls(ProtocolSupport.ACCEPTED, 80, "x"),
                signal(LiveSignalKind.HTTPS_SERVED, "200")));
        assertThat(legacy.status()).isEqualTo(Status.FAIL);
        assertThat(legacy.message()).contains("TLS 1.0/1.1");
        assertThat(judge("encryption.in-transit", List.of(signal(LiveSignalKind.HTTPS_UNAVAILABLE, "refused")))
                .status()).isEqualTo(Status.FAIL);
        assertThat(judge("encryption.in-transit", List.of(tls(ProtocolSupport.REFUSED, 80, "x"),
                signal(LiveSignalKind.HTTPS_SERVED, "200"),
                signal(LiveSignalKind.MIXED_CONTENT, "line 3: <img src=\"http://x/a.png\">"))).status())
                .isEqualTo(Status.PARTIAL);
    }

    @Test
    void certificateRenewalIsOnlyAPassForManagedIssuers() {
        assertThat(judge("tls.auto-renew", List.of(tls(ProtocolSupport.REFUSED, 60, "CN=R11, O=Let's Encrypt, C=US")))
                .status()).isEqualTo(Status.PASS);
        assertThat(judge("tls.auto-renew", List.of(tls(ProtocolSupport.REFUSED, 60, "CN=Internal CA"))).status())
                .isEqualTo(Status.UNKNOWN);
        assertThat(judge("tls.auto-renew", List.of(tls(ProtocolSupport.REFUSED, 12, "CN=R11, O=Let's Encrypt")))
                .status()).isEqualTo(Status.PARTIAL);
        assertThat(judge("tls.auto-renew", List.of(tls(ProtocolSupport.REFUSED, -3, "x"))).status())
                .isEqualTo(Status.FAIL);
    }

    private static CookieFact cookie(String name, boolean secure, boolean httpOnly, String sameSite) {
        return new CookieFact(name, secure, httpOnly, Optional.ofNullable(sameSite), true, false, false, URL,
                Evidence.live(URL, "set-cookie: " + name + "=****"));
    }

    @Test
    void sessionCookies() {
        assertThat(judge("auth.session-management", List.of(cookie("sid", true, true, "lax"))).status())
                .isEqualTo(Status.PASS);
        assertThat(judge("auth.session-management", List.of(cookie("sid", true, true, null))).status())
                .isEqualTo(Status.PARTIAL);
        assertThat(judge("auth.session-management", List.of(cookie("sid", false, true, "lax"))).status())
                .isEqualTo(Status.FAIL);
        assertThat(LiveVerdicts.judge("auth.session-management", Facts.of(List.of()))).isEmpty();
    }

    @Test
    void corsLatencyBundleAndRateLimits() {
        assertThat(judge("appsec.cors-restricted", List.of(signal(LiveSignalKind.CORS_REFLECTS_ORIGIN_WITH_CREDENTIALS,
                "echo"))).status()).isEqualTo(Status.FAIL);
        assertThat(judge("appsec.cors-restricted", List.of(signal(LiveSignalKind.CORS_NONE, "none"))).status())
                .isEqualTo(Status.PASS);
        LatencyFact slow = new LatencyFact("landing", URL, 20, 0, 120, 340, 400, Evidence.live(URL, "p95 340 ms"));
        assertThat(judge("perf.api-latency", List.of(slow)).status()).isEqualTo(Status.FAIL);
        PageWeight heavy = new PageWeight(URL, 4, 4, 2_000_000, 6_000_000, 0, 0, 0, Evidence.live(URL, "6 MB"));
        assertThat(judge("perf.bundle-size", List.of(heavy)).status()).isEqualTo(Status.FAIL);
        assertThat(judge("appsec.rate-limiting", List.of(signal(LiveSignalKind.RATE_LIMITED, "429"))).status())
                .isEqualTo(Status.PASS);
        assertThat(LiveVerdicts.judge("appsec.rate-limiting", Facts.of(List.of()))).as("no burst, no verdict")
                .isEmpty();
    }

    @Test
    void combiningRepositoryAndLiveEvidence() {
        Outcome repo = Outcome.pass("helmet() is applied in server.ts", List.of(Evidence.at("server.ts", 12, "helmet()")));
        Outcome live = Outcome.fail("The deployed page lacks HSTS.", List.of(Evidence.live(URL, "no hsts")));
        Outcome decided = LiveVerdicts.combine(repo, Optional.of(live), LiveVerdicts.Combination.LIVE_DECIDES);
        assertThat(decided.status()).isEqualTo(Status.FAIL);
        assertThat(decided.message()).startsWith("Repository: helmet()").contains("Live: The deployed page");
        assertThat(decided.evidence()).extracting(Evidence::location).containsExactly("server.ts:12", URL);

        Outcome liveOk = Outcome.pass("Session cookies are Secure, HttpOnly and SameSite.", List.of(
                Evidence.live(URL, "set-cookie")));
        Outcome repoPartial = Outcome.partial("no session timeout configured", List.of(Evidence.file("auth.ts", "x")));
        assertThat(LiveVerdicts.combine(repoPartial, Optional.of(liveOk), LiveVerdicts.Combination.BOTH_REQUIRED)
                .status()).isEqualTo(Status.PARTIAL);
        assertThat(LiveVerdicts.combine(Outcome.unknown("nothing found"), Optional.of(liveOk),
                LiveVerdicts.Combination.BOTH_REQUIRED).status()).isEqualTo(Status.PASS);
        assertThat(LiveVerdicts.combine(repo, Optional.empty(), LiveVerdicts.Combination.LIVE_DECIDES)).isSameAs(repo);
    }
}
