package dev.prodready.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code prodready probe} against a plain-HTTP site on a loopback port (HTTPS is tested in the engine). */
class ProbeCommandTest {

    @TempDir
    Path dir;
    HttpServer server;
    final List<String> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("User-Agent"));
            boolean root = exchange.getRequestURI().getPath().equals("/");
            byte[] body = (root ? "<html><body><a href=\"/privacy\">Privacy</a></body></html>" : "missing")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", root ? "text/html" : "text/plain");
            exchange.getResponseHeaders().add("X-Frame-Options", "DENY");
            exchange.sendResponseHeaders(root ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @Test
    void printsTheObservatoryTableAndWritesJson() throws IOException {
        Path json = dir.resolve("probe.json");
        CliTest.Run r = CliTest.run("probe", url(), "--samples", "2", "--timeout", "3", "-o", "json=" + json);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("MDN HTTP Observatory, algorithm 6").contains("x-frame-options-sameorigin-or-deny")
                .contains("hsts-not-implemented-no-https").contains("Findings (");
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.get("target").get("url").asText()).isEqualTo(url());
        assertThat(report.get("observatory").get("tests")).hasSize(12);
        assertThat(report.get("observatory").get("tests").get("redirection").get("result").asText())
                .isEqualTo("redirection-missing");
        assertThat(seen).allSatisfy(s -> assertThat(s).matches("(GET|OPTIONS) /\\S* prodready/\\S+ \\(\\+readiness probe\\)"));
        assertThat(seen).anySatisfy(s -> assertThat(s).startsWith("GET /.env "));
    }

    @Test
    void algorithmFourIsForComparingWithTheNpmPackage() throws IOException {
        Path json = dir.resolve("v4.json");
        CliTest.Run r = CliTest.run("probe", url(), "--samples", "1", "--observatory-algorithm", "4",
                "-o", "json=" + json);
        assertThat(r.code()).isZero();
        JsonNode obs = new ObjectMapper().readTree(json.toFile()).get("observatory");
        assertThat(obs.get("algorithmVersion").asInt()).isEqualTo(4);
        assertThat(obs.get("tests")).hasSize(10);
    }

    @Test
    void anUnreachableSiteIsExitThreeAndBadUsageExitTwo() throws IOException {
        int free;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            free = s.getLocalPort();
        }
        CliTest.Run down = CliTest.run("probe", "http://127.0.0.1:" + free + "/", "--samples", "1", "--timeout", "2");
        assertThat(down.code()).isEqualTo(ExitCode.CANNOT_SCAN);
        assertThat(down.err()).contains("answered neither over HTTPS nor over HTTP");

        assertThat(CliTest.run("probe", "ftp://example.com/").code()).isEqualTo(ExitCode.USAGE);
        assertThat(CliTest.run("probe", url(), "--burst", "51").code()).isEqualTo(ExitCode.USAGE);
        assertThat(CliTest.run("probe", url(), "--observatory-algorithm", "5").code()).isEqualTo(ExitCode.USAGE);
        CliTest.Run missingCa = CliTest.run("probe", url(), "--ca-cert", dir.resolve("none.pem").toString());
        assertThat(missingCa.code()).isEqualTo(ExitCode.USAGE);
        assertThat(missingCa.err()).contains("--ca-cert");
    }
}
