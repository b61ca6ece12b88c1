package dev.prodready.workspace.live;

import dev.prodready.workspace.live.LoopbackSite.Config;
import dev.prodready.workspace.live.LoopbackSite.Response;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The loopback site configurations the Observatory comparison runs against (bench/probe) and that tests
 * reuse. Each site speaks HTTP and HTTPS on one port unless it says otherwise.
 *
 * <p>{@code main(dir [seconds])} makes a CA under {@code dir}, starts every site, writes {@code dir/sites.tsv}
 * (name, port) and {@code dir/ca.pem}, then serves until its standard input closes (or for the seconds given).
 */
public final class BenchSites {

    /** Which certificate the HTTPS side presents. */
    public enum Cert { VALID, SELF_SIGNED, EXPIRED }

    /** One named configuration; the config is built once the port is known (redirects name it). */
    public record Site(String name, Cert cert, IntFunction<Config> config) {
    }

    private static final String PAGE = "<!doctype html><html><head><title>t</title></head><body>"
            + "<a href=\"/privacy\">Privacy policy</a> <a href=\"/terms\">Terms</a></body></html>";
    private static final String[] GOOD = {"Strict-Transport-Security", "max-age=63072000; includeSubDomains",
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; form-action 'none'",
            "X-Frame-Options", "DENY", "X-Content-Type-Options", "nosniff", "Referrer-Policy", "no-referrer",
            "Cross-Origin-Resource-Policy", "same-origin", "Cross-Origin-Opener-Policy", "same-origin",
            "Cross-Origin-Embedder-Policy", "require-corp"};

    private BenchSites() {
    }

    private static Site site(String name, String... headers) {
        return new Site(name, Cert.VALID, port -> redirecting(port).route("https /", Response.html(PAGE, headers)));
    }

    private static Site page(String name, String body, String... headers) {
        return new Site(name, Cert.VALID, port -> redirecting(port).route("https /", Response.html(body, headers)));
    }

    /** HTTP redirects to HTTPS on the same host first, as it should. */
    private static Config redirecting(int port) {
        return new Config().route("http /", Response.redirect(301, "https://127.0.0.1:" + port + "/"));
    }

    private static String[] with(String[] base, String... more) {
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    public static List<Site> all() {
        List<Site> s = new ArrayList<>();
        s.add(new Site("bare-no-redirect", Cert.VALID, port -> new Config().route("/", Response.html(PAGE))));
        s.add(site("all-good", GOOD));
        s.add(new Site("http-only", Cert.VALID, port -> new Config().plainOnly().route("/", Response.html(PAGE,
                "X-Frame-Options", "SAMEORIGIN", "Set-Cookie", "sessionid=abc; HttpOnly"))));
        s.add(new Site("https-only", Cert.VALID, port -> new Config().tlsOnly().route("/", Response.html(PAGE,
                "Strict-Transport-Security", "max-age=31536000"))));
        s.add(site("csp-unsafe-inline", "Content-Security-Policy", "default-src 'self'; script-src 'self' 'unsafe-inline'"));
        s.add(site("csp-unsafe-eval", "Content-Security-Policy", "default-src 'self'; script-src 'self' 'unsafe-eval'; object-src 'none'"));
        s.add(site("csp-style-inline", "Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'"));
        s.add(site("csp-insecure-active", "Content-Security-Policy", "default-src 'self' http://cdn.example.com"));
        s.add(site("csp-insecure-passive", "Content-Security-Policy", "default-src 'self'; img-src 'self' http://img.example.com"));
        s.add(site("csp-nonce-strict-dynamic", "Content-Security-Policy",
                "default-src 'self'; script-src 'nonce-r4nd0m' 'strict-dynamic' https: 'unsafe-inline'; object-src 'none'"));
        s.add(site("csp-strict-dynamic-no-nonce", "Content-Security-Policy", "default-src 'self'; script-src 'strict-dynamic'"));
        s.add(site("csp-duplicate-directive", "Content-Security-Policy", "default-src 'self'; default-src 'none'"));
        s.add(site("csp-report-only", "Content-Security-Policy-Report-Only", "default-src 'self'"));
        s.add(page("csp-meta", "<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; object-src 'none'\"></head><body>x</body></html>"));
        s.add(page("csp-meta-frame-ancestors-only", "<html><head><meta http-equiv=\"content-security-policy\" content=\"frame-ancestors 'none'\"></head><body>x</body></html>"));
        s.add(site("csp-frame-ancestors", "Content-Security-Policy", "default-src 'self'; frame-ancestors 'self'"));
        s.add(site("csp-two-headers", "Content-Security-Policy", "default-src 'self' https://a.example.com",
                "Content-Security-Policy", "default-src 'self'"));
        s.add(site("csp-report-uri-twice", "Content-Security-Policy", "default-src 'self'; report-uri /a; report-uri /b"));
        s.add(site("csp-broad-object", "Content-Security-Policy", "default-src 'self'; object-src *"));
        s.add(site("cookie-session-insecure", "Set-Cookie", "sessionid=abc"));
        s.add(site("cookie-all-flags", "Set-Cookie", "sessionid=abc; Secure; HttpOnly; SameSite=Lax",
                "Set-Cookie", "theme=dark; Secure; SameSite=Strict"));
        s.add(site("cookie-no-samesite", "Set-Cookie", "sessionid=abc; Secure; HttpOnly"));
        s.add(site("cookie-samesite-bogus", "Set-Cookie", "pref=1; Secure; SameSite=bogus"));
        s.add(site("cookie-csrf-no-samesite", "Set-Cookie", "csrftoken=abc; Secure"));
        s.add(site("cookie-hsts-protected", "Strict-Transport-Security", "max-age=31536000", "Set-Cookie", "pref=1"));
        s.add(site("cookie-session-hsts-protected", "Strict-Transport-Security", "max-age=31536000",
                "Set-Cookie", "login_token=1; HttpOnly"));
        s.add(site("cookie-samesite-none-insecure", "Set-Cookie", "track=1; SameSite=None"));
        s.add(site("cookie-prefix-rejected", "Set-Cookie", "__Host-id=1; Path=/", "Set-Cookie", "__Secure-x=2"));
        s.add(site("cookie-session-no-httponly", "Set-Cookie", "SESSID=1; Secure; SameSite=Lax"));
        s.add(new Site("cors-wildcard", Cert.VALID, port -> redirecting(port).route("https /", r ->
                Response.html(PAGE, "Access-Control-Allow-Origin", "*"))));
        s.add(new Site("cors-reflect-credentials", Cert.VALID, port -> redirecting(port).route("https /", r ->
                r.header("origin").map(o -> Response.html(PAGE, "Access-Control-Allow-Origin", o,
                        "Access-Control-Allow-Credentials", "true")).orElse(Response.html(PAGE)))));
        s.add(new Site("cors-get-only", Cert.VALID, port -> redirecting(port).route("https /", r ->
                r.method().equals("OPTIONS") ? Response.of(405, "no") : Response.html(PAGE,
                        "Access-Control-Allow-Origin", "*"))));
        s.add(site("referrer-unsafe", "Referrer-Policy", "unsafe-url"));
        s.add(site("referrer-invalid", "Referrer-Policy", "sometimes"));
        s.add(site("referrer-list", "Referrer-Policy", "no-referrer, unsafe-url"));
        s.add(page("referrer-meta", "<html><head><meta name=\"referrer\" content=\"strict-origin\"></head><body>x</body></html>"));
        s.add(site("hsts-short", "Strict-Transport-Security", "max-age=300"));
        s.add(site("hsts-no-max-age", "Strict-Transport-Security", "includeSubDomains"));
        s.add(site("hsts-unparsable-max-age", "Strict-Transport-Security", "max-age=soon"));
        s.add(site("hsts-twice", "Strict-Transport-Security", "max-age=31536000", "Strict-Transport-Security",
                "max-age=31536000"));
        s.add(site("xcto-invalid", "X-Content-Type-Options", "sniff"));
        s.add(site("xfo-allow-from", "X-Frame-Options", "ALLOW-FROM https://example.com"));
        s.add(site("xfo-invalid", "X-Frame-Options", "ALLOWALL"));
        s.add(site("corp-same-site", "Cross-Origin-Resource-Policy", "same-site"));
        s.add(site("corp-cross-origin", "Cross-Origin-Resource-Policy", "cross-origin"));
        s.add(site("corp-invalid", "Cross-Origin-Resource-Policy", "everyone"));
        s.add(site("coop-coep-mixed", "Cross-Origin-Opener-Policy", "same-origin-allow-popups",
                "Cross-Origin-Embedder-Policy", "credentialless; report-to=\"e\""));
        s.add(site("coop-coep-invalid", "Cross-Origin-Opener-Policy", "\"same-origin\"",
                "Cross-Origin-Embedder-Policy", "Require-Corp"));
        s.add(page("sri-external-without", "<html><head><script src=\"https://cdn.example.com/lib.js\"></script></head><body>x</body></html>"));
        s.add(page("sri-external-with", "<html><head><script src=\"https://cdn.example.com/lib.js\" integrity=\"sha384-AAAA\" crossorigin=\"anonymous\"></script></head><body>x</body></html>"));
        s.add(page("sri-external-http", "<html><head><script src=\"http://cdn.example.com/lib.js\"></script></head><body>x</body></html>"));
        s.add(page("sri-protocol-relative", "<html><head><script src=\"//cdn.example.com/lib.js\" integrity=\"sha384-AAAA\"></script></head><body>x</body></html>"));
        s.add(page("sri-same-origin", "<html><head><script src=\"/app.js\" integrity=\"sha384-AAAA\"></script><script>var a=1;</script></head><body>x</body></html>"));
        s.add(page("sri-inline-only", "<html><head><script>var a=1;</script></head><body><!-- <script src=\"https://evil.example/x.js\"></script> --></body></html>"));
        s.add(new Site("not-html", Cert.VALID, port -> redirecting(port).route("https /",
                Response.of(200, "{\"ok\":true}", "Content-Type", "application/json"))));
        s.add(new Site("redirect-http-first", Cert.VALID, port -> new Config()
                .route("http /", Response.redirect(302, "http://127.0.0.1:" + port + "/next"))
                .route("http /next", Response.redirect(301, "https://127.0.0.1:" + port + "/"))
                .route("https /", Response.html(PAGE, GOOD))));
        s.add(new Site("redirect-never-https", Cert.VALID, port -> new Config()
                .route("http /", Response.redirect(302, "http://127.0.0.1:" + port + "/home"))
                .route("http /home", Response.html(PAGE))
                .route("https /", Response.html(PAGE, GOOD))));
        s.add(new Site("redirect-off-host", Cert.VALID, port -> new Config()
                .route("http /", Response.redirect(301, "https://localhost:" + port + "/"))
                .route("https /", Response.html(PAGE, GOOD))));
        s.add(new Site("self-signed", Cert.SELF_SIGNED, port -> redirecting(port)
                .route("https /", Response.html(PAGE, GOOD))));
        s.add(new Site("expired", Cert.EXPIRED, port -> redirecting(port).route("https /", Response.html(PAGE, GOOD))));
        s.add(new Site("server-error", Cert.VALID, port -> redirecting(port).route("https /",
                Response.of(500, "Internal error", "Content-Type", "text/plain"))));
        s.add(new Site("forbidden", Cert.VALID, port -> redirecting(port).route("https /", Response.of(403,
                "<html><body>no</body></html>", with(new String[]{"Content-Type", "text/html"}, GOOD)))));
        s.add(new Site("gzip-page", Cert.VALID, port -> redirecting(port).route("https /",
                Response.html(PAGE, GOOD).gzipped())));
        s.add(site("everything-wrong", "Content-Security-Policy", "script-src *", "X-Frame-Options", "bogus",
                "Referrer-Policy", "unsafe-url", "Set-Cookie", "sessionid=1", "Strict-Transport-Security", "max-age=1"));
        return s;
    }

    public static SSLContext context(TestCa ca, Cert cert, Path dir) throws IOException {
        Path store = switch (cert) {
            case VALID -> dir.resolve("valid.p12").toFile().exists() ? dir.resolve("valid.p12")
                    : ca.issue("valid", "ip:127.0.0.1,dns:localhost", null, 90);
            case SELF_SIGNED -> dir.resolve("self.p12").toFile().exists() ? dir.resolve("self.p12")
                    : ca.selfSigned("self", "ip:127.0.0.1,dns:localhost");
            case EXPIRED -> dir.resolve("expired.p12").toFile().exists() ? dir.resolve("expired.p12")
                    : ca.issue("expired", "ip:127.0.0.1,dns:localhost", "-40d", 10);
        };
        return TestCa.serverContext(store);
    }

    /** Starts a site: the port is bound first, then the config is built knowing it. */
    public static LoopbackSite start(Site site, SSLContext tls) throws IOException {
        return LoopbackSite.startWith(site.config(), tls);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "bench/work").toAbsolutePath();
        Files.createDirectories(dir);
        TestCa ca = TestCa.create(dir.resolve("ca"));
        Files.copy(ca.caPem(), dir.resolve("ca.pem"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        List<LoopbackSite> running = new ArrayList<>();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(dir.resolve("sites.tsv"), StandardCharsets.UTF_8))) {
            for (Site s : all()) {
                LoopbackSite started = start(s, context(ca, s.cert(), dir.resolve("ca")));
                running.add(started);
                out.println(s.name() + "\t" + started.port());
            }
        }
        System.out.println("ready " + running.size());
        System.out.flush();
        if (args.length > 1) {
            try {
                Thread.sleep(Long.parseLong(args[1]) * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            while (System.in.read() != -1) {
                // serve until the bench closes our input
            }
        }
        running.forEach(LoopbackSite::close);
    }
}
