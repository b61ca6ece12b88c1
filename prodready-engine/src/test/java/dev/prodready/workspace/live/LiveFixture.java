package dev.prodready.workspace.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** One test CA per JVM, loopback sites from the bench configurations, and probes of them. */
public final class LiveFixture {

    private static Path dir;
    private static TestCa ca;

    private LiveFixture() {
    }

    public static synchronized TestCa ca() {
        if (ca == null) {
            try {
                dir = Files.createTempDirectory("prodready-live-");
                ca = TestCa.create(dir);
                Runtime.getRuntime().addShutdownHook(new Thread(LiveFixture::deleteDir));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ca;
    }

    private static void deleteDir() {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort on exit
        }
    }

    public static LoopbackSite start(BenchSites.Site site) {
        try {
            return BenchSites.start(site, BenchSites.context(ca(), site.cert(), dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LoopbackSite start(String benchSite) {
        return start(BenchSites.all().stream().filter(s -> s.name().equals(benchSite)).findFirst().orElseThrow());
    }

    public static LoopbackSite start(LoopbackSite.Config config) {
        return start(new BenchSites.Site("custom", BenchSites.Cert.VALID, port -> config));
    }

    /** Options for tests: trusts the test CA, one latency sample, short timeouts. */
    public static ProbeOptions options() {
        return ProbeOptions.defaults("test").withCaCert(Optional.of(ca().caPem())).withLatencySamples(1)
                .withTimeouts(java.time.Duration.ofSeconds(3), java.time.Duration.ofSeconds(5));
    }

    public static ProbeCapture capture(LoopbackSite site) {
        return capture(site.https("/"), options());
    }

    public static ProbeCapture capture(URI url, ProbeOptions options) {
        try {
            return LiveProbe.capture(url, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
