package dev.prodready.workspace.live;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LiveClientTest {

    @TempDir
    static Path dir;
    static TestCa ca;
    static LoopbackSite site;

    @BeforeAll
    static void start() throws IOException {
        ca = TestCa.create(dir.resolve("ca"));
        Path cert = ca.issue("loopback", "ip:127.0.0.1,dns:localhost", null, 30);
        site = LoopbackSite.start(new LoopbackSite.Config()
                        .route("https /", LoopbackSite.Response.html("<h1>hi</h1>", "Strict-Transport-Security",
                                "max-age=63072000"))
                        .route("/away", LoopbackSite.Response.redirect(302, "https://example.org/"))
                        .route("/big", LoopbackSite.Response.html("x".repeat(100_000)).gzipped()),
                TestCa.serverContext(cert));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private LiveClient client(ProbeBudget budget, Optional<Path> caCert) throws IOException {
        ProbeOptions options = ProbeOptions.defaults("test").withCaCert(caCert);
        return new LiveClient(Origins.of(site.https("/")), options, budget, Trust.create(caCert),
                Duration.ofSeconds(30));
    }

    @Test
    void readsAVerifiedPageAndSendsTheUserAgent() throws IOException {
        LiveClient client = client(new ProbeBudget(10, 0), Optional.of(ca.caPem()));
        Session s = client.session(site.https("/"), Map.of(), 5, 1 << 20);
        assertThat(s.verified()).isTrue();
        assertThat(s.last()).hasValueSatisfying(e -> {
            assertThat(e.status()).isEqualTo(200);
            assertThat(e.headers().combined("strict-transport-security")).hasValue("max-age=63072000");
        });
        assertThat(site.requests()).anySatisfy(r ->
                assertThat(r.header("user-agent")).hasValue("prodready/test (+readiness probe)"));
    }

    @Test
    void neverSendsToAnotherOriginAnotherMethodOrPastTheBudget() throws IOException {
        LiveClient client = client(new ProbeBudget(2, 0), Optional.of(ca.caPem()));
        int before = site.requests().size();
        assertThat(client.send("GET", URI.create("https://example.org/"), Map.of(), 100, true).error())
                .hasValueSatisfying(m -> assertThat(m).contains("outside the probed origins"));
        assertThat(client.send("POST", site.https("/"), Map.of(), 100, true).error())
                .hasValueSatisfying(m -> assertThat(m).contains("not allowed"));
        Session away = client.session(site.https("/away"), Map.of(), 5, 100);
        assertThat(away.leftOrigin()).hasValue(URI.create("https://example.org/"));
        assertThat(client.send("GET", site.https("/"), Map.of(), 100, true).ok()).isTrue();
        assertThat(client.send("GET", site.https("/"), Map.of(), 100, true).error())
                .hasValueSatisfying(m -> assertThat(m).contains("budget"));
        assertThat(site.requests().size() - before).isEqualTo(2);
    }

    @Test
    void anUntrustedCertificateIsRecordedThenReadUnverified() throws IOException {
        LiveClient client = client(new ProbeBudget(10, 0), Optional.empty());
        Session s = client.session(site.https("/"), Map.of(), 5, 1 << 20);
        assertThat(s.verified()).isFalse();
        assertThat(s.certificateProblem()).hasValueSatisfying(m -> assertThat(m).containsIgnoringCase("certification path"));
        assertThat(s.last()).hasValueSatisfying(e -> assertThat(e.status()).isEqualTo(200));
    }

    @Test
    void measuresCompressedAndDecodedSizes() throws IOException {
        LiveClient client = client(new ProbeBudget(10, 0), Optional.of(ca.caPem()));
        Exchange e = client.send("GET", site.https("/big"), Map.of(), 1 << 20, true);
        assertThat(e.body()).hasSize(100_000);
        assertThat(e.transferBytes()).isLessThan(5_000);
        assertThat(e.headers().first("content-encoding")).hasValue("gzip");
    }

    @Test
    void tlsProbeReadsVersionsCertificateAndRefusedLegacyProtocols() throws IOException {
        ProbeBudget budget = new ProbeBudget(0, TlsProbe.HANDSHAKES);
        TlsReport r = new TlsProbe(Trust.create(Optional.of(ca.caPem())), budget, Duration.ofSeconds(5))
                .inspect("127.0.0.1", site.port());
        assertThat(r.negotiated()).hasValue("TLSv1.3");
        assertThat(r.chainProblem()).isEmpty();
        assertThat(r.hostnameMatches()).isTrue();
        assertThat(r.tls13().state()).isEqualTo(TlsReport.Acceptance.State.ACCEPTED);
        assertThat(r.tls12().state()).isEqualTo(TlsReport.Acceptance.State.ACCEPTED);
        assertThat(r.tls11().state()).isEqualTo(TlsReport.Acceptance.State.REFUSED);
        assertThat(r.tls10().state()).isEqualTo(TlsReport.Acceptance.State.REFUSED);
        assertThat(budget.handshakesMade()).isEqualTo(TlsProbe.HANDSHAKES);
    }
}
