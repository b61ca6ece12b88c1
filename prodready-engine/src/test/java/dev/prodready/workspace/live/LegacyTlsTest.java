package dev.prodready.workspace.live;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The hand-built TLS 1.0/1.1 hellos against a server that really speaks TLS 1.0 only. The JDK cannot serve
 * TLS 1.0 under its default security properties, so the server is OpenSSL's s_server on a loopback port; the
 * test is skipped where openssl is not installed.
 */
class LegacyTlsTest {

    @TempDir
    Path dir;

    @Test
    void aTls10OnlyServerIsSeenAcceptingTls10AndRefusingModernVersions() throws Exception {
        assumeTrue(new ProcessBuilder("openssl", "version").start().waitFor() == 0, "openssl not installed");
        Process gen = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
                "key.pem", "-out", "cert.pem", "-days", "2", "-subj", "/CN=localhost")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        gen.getInputStream().readAllBytes();
        assertThat(gen.waitFor()).isZero();
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Process server = new ProcessBuilder("openssl", "s_server", "-accept", "127.0.0.1:" + port, "-cert",
                "cert.pem", "-key", "key.pem", "-tls1", "-cipher", "DEFAULT@SECLEVEL=0", "-www", "-quiet")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile())
                .start();
        try {
            waitForPort(port);
            TlsReport r = new TlsProbe(Trust.create(Optional.empty()), new ProbeBudget(0, TlsProbe.HANDSHAKES),
                    Duration.ofSeconds(5)).inspect("127.0.0.1", port);
            assumeTrue(r.tls10().state() != TlsReport.Acceptance.State.REFUSED
                    || !r.tls10().detail().contains("alert"), "this OpenSSL build refuses TLS 1.0 itself");
            assertThat(r.tls10().state()).isEqualTo(TlsReport.Acceptance.State.ACCEPTED);
            assertThat(r.tls11().state()).isEqualTo(TlsReport.Acceptance.State.REFUSED);
            assertThat(r.tls13().state()).isEqualTo(TlsReport.Acceptance.State.REFUSED);
            assertThat(r.tls12().state()).isEqualTo(TlsReport.Acceptance.State.REFUSED);
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private static void waitForPort(int port) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
    }
}
