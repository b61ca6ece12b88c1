package dev.prodready.live;

import dev.prodready.catalogue.Severity;
import dev.prodready.collect.FactSink;
import dev.prodready.collect.secret.ServedSecrets;
import dev.prodready.fact.CookieFact;
import dev.prodready.fact.CspFact;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.ExposedFile;
import dev.prodready.fact.Fact;
import dev.prodready.fact.Finding;
import dev.prodready.fact.LatencyFact;
import dev.prodready.fact.LiveHeader;
import dev.prodready.fact.LiveResponse;
import dev.prodready.fact.LiveSignal;
import dev.prodready.fact.LiveSignalKind;
import dev.prodready.fact.PageWeight;
import dev.prodready.fact.ProtocolSupport;
import dev.prodready.fact.TlsFact;
import dev.prodready.workspace.live.Exchange;
import dev.prodready.workspace.live.HtmlTags;
import dev.prodready.workspace.live.LiveHeaders;
import dev.prodready.workspace.live.LiveProbe;
import dev.prodready.workspace.live.ProbeCapture;
import dev.prodready.workspace.live.ProbeOptions;
import dev.prodready.workspace.live.Session;
import dev.prodready.workspace.live.TlsReport;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns what the live probe captured into located facts: one per header, cookie, sensitive path and
 * measurement, signals for yes/no observations, findings for problems (each naming the catalogue item it
 * bears on), and the Observatory grade. Evidence is always the URL with the header or body detail.
 */
public final class LiveFacts {

    /** Headers reported on the landing page, present or not. */
    public static final List<String> HEADERS = List.of("strict-transport-security", "content-security-policy",
            "content-security-policy-report-only", "x-frame-options", "x-content-type-options", "referrer-policy",
            "permissions-policy", "cross-origin-opener-policy", "cross-origin-embedder-policy",
            "cross-origin-resource-policy", "server", "x-powered-by");

    static final long SIX_MONTHS = 15552000;
    static final long RED_FLAG_JS_BYTES = 5L * 1024 * 1024;
    static final long P95_TARGET_MILLIS = 200;
    static final int EXPIRY_WARNING_DAYS = 30;
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+|/\\d");
    private static final Pattern PRIVACY = Pattern.compile("privacy|datenschutz|confidentialit|privacidad|gdpr",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TERMS = Pattern.compile("terms|conditions|\\btos\\b|nutzungsbedingungen|\\bagb\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONSENT = Pattern.compile("cookiebot|onetrust|cookielaw|cookieyes|osano|termly|"
            + "iubenda|usercentrics|didomi|quantcast|klaro|cookieconsent|cookie-consent|tarteaucitron|consentmanager",
            Pattern.CASE_INSENSITIVE);

    /** The facts and the notes (things that could not be judged) of one probe. */
    public record Result(List<Fact> facts, List<String> notes) {
        public Result {
            facts = List.copyOf(facts);
            notes = List.copyOf(notes);
        }
    }

    private final ProbeCapture c;
    private final Clock clock;
    private final List<Fact> out = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private LiveFacts(ProbeCapture capture, Clock clock) {
        this.c = capture;
        this.clock = clock;
    }

    /** Probes {@code url} and adds the facts; a probe that cannot start becomes a note. */
    public static Optional<ProbeCapture> collect(URI url, ProbeOptions options, ObservatoryAlgorithm algorithm,
                                                 Clock clock, FactSink sink) {
        ProbeCapture capture;
        try {
            capture = LiveProbe.capture(url, options);
        } catch (java.io.IOException | IllegalArgumentException e) {
            sink.note(url.toString(), "live probe not run: " + e.getMessage());
            return Optional.empty();
        }
        Result result = of(capture, algorithm, clock);
        result.facts().forEach(sink::add);
        result.notes().forEach(n -> sink.note(url.toString(), n));
        sink.note(url.toString(), "live probe: " + capture.exchanges().size() + " HTTP requests (budget "
                + capture.requestBudget() + ") and " + capture.handshakes() + " TLS handshakes in "
                + capture.elapsed().toMillis() + " ms");
        return Optional.of(capture);
    }

    /** The scripts and source maps the probe fetched with a 200, as texts to scan for secrets. */
    public static List<ServedSecrets.Served> served(ProbeCapture capture) {
        List<ServedSecrets.Served> out = new ArrayList<>();
        for (Exchange s : capture.scripts()) {
            if (s.ok() && s.status() == 200 && !s.html()) {
                out.add(new ServedSecrets.Served(s.uri().toString(), s.text(), false));
            }
        }
        for (Exchange m : capture.sourceMaps()) {
            if (m.ok() && m.status() == 200 && !m.html()) {
                out.add(new ServedSecrets.Served(m.uri().toString(), m.text(), true));
            }
        }
        return out;
    }

    public static Result of(ProbeCapture capture, ObservatoryAlgorithm algorithm, Clock clock) {
        LiveFacts f = new LiveFacts(capture, clock);
        f.notes.addAll(capture.notes());
        f.responses();
        f.tls();
        f.transport();
        Optional<Exchange> page = capture.page();
        if (page.isPresent()) {
            f.headers(page.get());
            f.csp(page.get());
            f.cookies();
            f.cors();
            f.content(page.get());
            f.exposed();
            f.securityTxt();
            f.sourceMaps();
            f.servedSecrets();
            f.weight(page.get());
            f.errorPage();
            f.latency();
            f.burst();
        } else {
            f.notes.add("the landing page of " + capture.url() + " could not be read ("
                    + capture.landing().error().or(() -> capture.landing().leftOrigin().map(u -> "redirects to " + u))
                    .orElse("no response") + "); header, cookie and content checks were not run");
        }
        f.out.add(Observatory.grade(capture, algorithm));
        return new Result(f.out, f.notes);
    }

    // --- helpers --------------------------------------------------------------------------------------

    private static Evidence at(URI url, String note) {
        return Evidence.live(url.toString(), note);
    }

    private void signal(LiveSignalKind kind, String detail, URI url) {
        out.add(new LiveSignal(kind, detail, at(url, detail)));
    }

    private void finding(String rule, String item, Severity severity, String message, URI url, String note) {
        out.add(new Finding(rule, item, severity, message, null, rule + "@" + origin(url), at(url, note)));
    }

    private static String origin(URI url) {
        return url.getScheme() + "://" + url.getRawAuthority();
    }

    // --- what was asked -------------------------------------------------------------------------------

    private void responses() {
        for (Exchange e : c.exchanges()) {
            out.add(new LiveResponse(e.method(), e.uri().toString(), e.status(), e.transferBytes(),
                    e.elapsed().toMillis(), e.error(), at(e.uri(), e.method() + " -> "
                    + (e.ok() ? String.valueOf(e.status()) : e.error().orElse("failed")))));
        }
    }

    // --- TLS ------------------------------------------------------------------------------------------

    private void tls() {
        if (c.tls().isEmpty()) {
            return;
        }
        TlsReport r = c.tls().get();
        URI url = URI.create("https://" + (r.host().contains(":") ? "[" + r.host() + "]" : r.host()) + ":"
                + r.port() + "/");
        Optional<X509Certificate> leaf = r.leaf();
        Optional<Instant> notAfter = leaf.map(x -> x.getNotAfter().toInstant());
        Optional<Long> days = notAfter.map(n -> Math.floorDiv(Duration.between(clock.instant(), n).toSeconds(), 86400));
        Optional<String> issuer = leaf.map(x -> x.getIssuerX500Principal().getName());
        String note = r.negotiated().map(p -> p + ", " + r.cipherSuite().orElse("")).orElse(r.error().orElse("no TLS"));
        TlsFact fact = new TlsFact(r.host(), r.port(), r.negotiated(), support(r.tls13()), support(r.tls12()),
                support(r.tls11()), support(r.tls10()), r.chainProblem(), r.hostnameMatches(), notAfter, days, issuer,
                r.error(), at(url, note + notAfter.map(n -> "; certificate valid until " + n).orElse("")));
        out.add(fact);
        if (r.negotiated().isEmpty()) {
            return;
        }
        r.chainProblem().ifPresent(p -> {
            finding("live.tls-certificate-untrusted", "encryption.in-transit", Severity.HIGH,
                    "The TLS certificate is not trusted by a standard client: " + p, url, "certificate chain: " + p);
            signal(LiveSignalKind.CERTIFICATE_INVALID, p, url);
        });
        if (!r.hostnameMatches()) {
            finding("live.tls-hostname-mismatch", "encryption.in-transit", Severity.HIGH,
                    "The TLS certificate does not name " + r.host() + " in its subject alternative names.", url,
                    "certificate names do not cover " + r.host());
        }
        days.ifPresent(d -> {
            if (d < 0) {
                finding("live.tls-certificate-expired", "tls.auto-renew", Severity.CRITICAL,
                        "The TLS certificate expired " + (-d) + " days ago; renewal is not automated or failed.",
                        url, "notAfter " + notAfter.get());
            } else if (d < EXPIRY_WARNING_DAYS) {
                finding("live.tls-certificate-expiring", "tls.auto-renew", Severity.MEDIUM,
                        "The TLS certificate expires in " + d + " days; make sure renewal is automatic.", url,
                        "notAfter " + notAfter.get());
            }
        });
        List<String> legacy = new ArrayList<>();
        if (r.tls10().state() == TlsReport.Acceptance.State.ACCEPTED) {
            legacy.add("TLS 1.0");
        }
        if (r.tls11().state() == TlsReport.Acceptance.State.ACCEPTED) {
            legacy.add("TLS 1.1");
        }
        if (!legacy.isEmpty()) {
            finding("live.tls-legacy-protocol", "encryption.in-transit", Severity.MEDIUM,
                    "The server still accepts " + String.join(" and ", legacy) + ", which are deprecated (RFC 8996).",
                    url, String.join(", ", legacy) + " accepted");
        }
        if (r.tls13().state() == TlsReport.Acceptance.State.REFUSED) {
            finding("live.tls13-not-offered", "encryption.in-transit", Severity.LOW,
                    "TLS 1.3 is not offered; enable it at the load balancer or CDN.", url, r.tls13().detail());
        }
    }

    private static ProtocolSupport support(TlsReport.Acceptance a) {
        return switch (a.state()) {
            case ACCEPTED -> ProtocolSupport.ACCEPTED;
            case REFUSED -> ProtocolSupport.REFUSED;
            case UNKNOWN -> ProtocolSupport.UNKNOWN;
        };
    }

    // --- HTTPS and redirects ---------------------------------------------------------------------------

    private void transport() {
        Session https = c.https();
        Session http = c.http();
        if (https.connected()) {
            Exchange first = https.hops().get(0);
            signal(LiveSignalKind.HTTPS_SERVED, "HTTPS answered " + first.status(), first.uri());
            https.certificateProblem().ifPresent(p -> {
                if (out.stream().noneMatch(f -> f instanceof LiveSignal s && s.kind() == LiveSignalKind.CERTIFICATE_INVALID)) {
                    signal(LiveSignalKind.CERTIFICATE_INVALID, p, first.uri());
                }
            });
        } else {
            String why = https.error().orElse("no answer");
            signal(LiveSignalKind.HTTPS_UNAVAILABLE, why, https.start());
            finding("live.https-unavailable", "encryption.in-transit", Severity.CRITICAL,
                    "The site does not answer over HTTPS (" + why + ").", https.start(), why);
        }
        if (!http.connected()) {
            signal(LiveSignalKind.HTTP_UNAVAILABLE, http.error().orElse("no answer"), http.start());
        } else {
            Exchange first = http.hops().get(0);
            Optional<URI> next = http.hops().size() > 1 ? Optional.of(http.hops().get(1).uri()) : http.leftOrigin();
            if (!first.redirect() || next.isEmpty()) {
                signal(LiveSignalKind.HTTP_NOT_REDIRECTED, "HTTP answered " + first.status() + " without redirecting",
                        first.uri());
                if (https.connected() && first.status() < 400) {
                    finding("live.http-not-redirected", "encryption.in-transit", Severity.HIGH,
                            "Plain HTTP serves the page instead of redirecting to HTTPS.", first.uri(),
                            "HTTP " + first.status() + ", no Location to https");
                }
            } else if (next.get().getScheme().equalsIgnoreCase("https")
                    && next.get().getHost().equalsIgnoreCase(first.uri().getHost())) {
                signal(LiveSignalKind.HTTP_REDIRECTS_TO_HTTPS, first.status() + " -> " + next.get(), first.uri());
            } else {
                signal(LiveSignalKind.HTTP_REDIRECT_INDIRECT, first.status() + " -> " + next.get(), first.uri());
                finding("live.http-redirect-indirect", "encryption.in-transit", Severity.LOW,
                        "Plain HTTP first redirects to " + next.get() + " instead of HTTPS on the same host, so HSTS"
                                + " cannot take effect on the first visit.", first.uri(), "Location: " + next.get());
            }
        }
        c.landing().leftOrigin().ifPresent(u -> signal(LiveSignalKind.REDIRECTS_ELSEWHERE,
                "redirects to " + u + " (not probed)", c.landing().start()));
    }

    // --- headers --------------------------------------------------------------------------------------

    private void headers(Exchange page) {
        URI url = page.uri();
        LiveHeaders h = page.headers();
        for (String name : HEADERS) {
            Optional<String> value = h.combined(name);
            out.add(new LiveHeader(name, value, url.toString(), at(url, value.map(v -> name + ": " + v)
                    .orElse("no " + name + " header"))));
        }
        boolean secure = url.getScheme().equalsIgnoreCase("https");
        Optional<String> hsts = h.combined("strict-transport-security");
        if (secure && hsts.isEmpty()) {
            finding("live.hsts-missing", "appsec.security-headers", Severity.MEDIUM,
                    "No Strict-Transport-Security header: browsers may still try plain HTTP first.", url,
                    "no strict-transport-security header");
        } else if (secure) {
            Optional<Long> maxAge = hstsMaxAge(hsts.get());
            if (maxAge.isEmpty()) {
                finding("live.hsts-invalid", "appsec.security-headers", Severity.MEDIUM,
                        "The Strict-Transport-Security header has no valid max-age.", url,
                        "strict-transport-security: " + hsts.get());
            } else if (maxAge.get() < SIX_MONTHS) {
                finding("live.hsts-short", "appsec.security-headers", Severity.LOW,
                        "HSTS max-age is " + maxAge.get() + " s; six months (15552000) or more is expected.", url,
                        "strict-transport-security: " + hsts.get());
            }
        }
        boolean frameAncestors = h.all("content-security-policy").stream()
                .anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("frame-ancestors"));
        Optional<String> xfo = h.combined("x-frame-options");
        boolean xfoOk = xfo.map(v -> v.strip().equalsIgnoreCase("deny") || v.strip().equalsIgnoreCase("sameorigin"))
                .orElse(false);
        if (!frameAncestors && !xfoOk) {
            finding("live.clickjacking", "appsec.security-headers", Severity.MEDIUM,
                    "The page can be framed by any site: set CSP frame-ancestors or X-Frame-Options.", url,
                    xfo.map(v -> "x-frame-options: " + v).orElse("no x-frame-options, no frame-ancestors"));
        }
        Optional<String> xcto = h.combined("x-content-type-options");
        if (!xcto.map(v -> v.strip().equalsIgnoreCase("nosniff")).orElse(false)) {
            finding("live.xcto-missing", "appsec.security-headers", Severity.LOW,
                    "X-Content-Type-Options: nosniff is not set.", url,
                    xcto.map(v -> "x-content-type-options: " + v).orElse("no x-content-type-options header"));
        }
        Optional<String> referrer = h.combined("referrer-policy");
        if (referrer.isEmpty()) {
            finding("live.referrer-policy-missing", "appsec.security-headers", Severity.LOW,
                    "No Referrer-Policy header; browsers default to strict-origin-when-cross-origin, set it"
                            + " explicitly.", url, "no referrer-policy header");
        } else if (referrer.get().toLowerCase(Locale.ROOT).matches(".*\\b(unsafe-url|no-referrer-when-downgrade)\\b.*")
                && !referrer.get().toLowerCase(Locale.ROOT).matches(".*(strict-origin|no-referrer\\s*$|same-origin).*")) {
            finding("live.referrer-policy-unsafe", "appsec.security-headers", Severity.LOW,
                    "Referrer-Policy leaks full URLs to other sites.", url, "referrer-policy: " + referrer.get());
        }
        if (h.has("permissions-policy")) {
            signal(LiveSignalKind.PERMISSIONS_POLICY, "permissions-policy: " + h.combined("permissions-policy").get(),
                    url);
        } else {
            finding("live.permissions-policy-missing", "appsec.security-headers", Severity.INFO,
                    "No Permissions-Policy header to switch off browser features the app does not use.", url,
                    "no permissions-policy header");
        }
        if (!h.has("cross-origin-opener-policy")) {
            finding("live.coop-missing", "appsec.security-headers", Severity.INFO,
                    "No Cross-Origin-Opener-Policy header (same-origin isolates the page from pop-ups it opens).",
                    url, "no cross-origin-opener-policy header");
        }
        for (String disclosing : List.of("server", "x-powered-by")) {
            h.combined(disclosing).filter(v -> VERSION.matcher(v).find()).ifPresent(v -> {
                finding("live.version-disclosed", "appsec.security-headers", Severity.LOW,
                        "The " + disclosing + " header discloses a product version (" + v + ").", url,
                        disclosing + ": " + v);
                signal(LiveSignalKind.VERSION_DISCLOSED, disclosing + ": " + v, url);
            });
        }
        h.combined("content-encoding").filter(v -> !v.isBlank() && !v.equalsIgnoreCase("identity"))
                .ifPresent(v -> signal(LiveSignalKind.COMPRESSION, "content-encoding: " + v, url));
        CdnDetector.detect(h).ifPresent(cdn -> signal(LiveSignalKind.CDN, cdn, url));
    }

    static Optional<Long> hstsMaxAge(String value) {
        for (String part : value.split(";")) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            if (p.startsWith("max-age=")) {
                String n = p.substring(8).replace("\"", "").strip();
                try {
                    return Optional.of(Long.parseLong(n));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    // --- content security policy -------------------------------------------------------------------------

    private void csp(Exchange page) {
        URI url = page.uri();
        List<CspFact> policies = new ArrayList<>();
        for (String v : page.headers().all("content-security-policy")) {
            policies.add(new CspFact("header", parseCsp(v), url.toString(), at(url, "content-security-policy: " + v)));
        }
        for (String v : page.headers().all("content-security-policy-report-only")) {
            policies.add(new CspFact("report-only", parseCsp(v), url.toString(),
                    at(url, "content-security-policy-report-only: " + v)));
        }
        for (HtmlTags.Tag t : c.tags()) {
            if (t.name().equals("meta") && !t.inTemplate() && t.attribute("http-equiv")
                    .map(e -> e.strip().equalsIgnoreCase("content-security-policy")).orElse(false)) {
                String v = t.attribute("content").orElse("");
                policies.add(new CspFact("meta", parseCsp(v), url.toString(), new Evidence(null, 0, null,
                        url.toString(), "line " + t.line() + ": <meta http-equiv=\"Content-Security-Policy\" content=\""
                        + v + "\">")));
            }
        }
        out.addAll(policies);
        List<CspFact> enforced = policies.stream().filter(p -> !p.source().equals("report-only")).toList();
        if (enforced.isEmpty()) {
            if (policies.isEmpty()) {
                finding("live.csp-missing", "appsec.security-headers", Severity.MEDIUM,
                        "No Content-Security-Policy: injected scripts would run unrestricted.", url,
                        "no content-security-policy header or meta tag");
            } else {
                finding("live.csp-report-only", "appsec.security-headers", Severity.LOW,
                        "The Content-Security-Policy is report-only, so nothing is blocked yet.", url,
                        "only content-security-policy-report-only is sent");
            }
            return;
        }
        // Several enforced policies all apply: a risk is real only when every policy allows it.
        if (enforced.stream().allMatch(CspFact::allowsInlineScripts)) {
            CspFact p = enforced.get(0);
            finding("live.csp-unsafe-inline", "appsec.security-headers", Severity.MEDIUM,
                    "The CSP lets inline scripts run ('unsafe-inline' or no script-src/default-src), which defeats"
                            + " its XSS protection; use nonces or hashes.", url, p.evidence().note());
        }
        if (enforced.stream().allMatch(CspFact::allowsEval)) {
            finding("live.csp-unsafe-eval", "appsec.security-headers", Severity.LOW,
                    "The CSP allows 'unsafe-eval' for scripts.", url, enforced.get(0).evidence().note());
        }
        if (enforced.stream().noneMatch(CspFact::restrictsObjects)) {
            finding("live.csp-object-src", "appsec.security-headers", Severity.LOW,
                    "The CSP does not set object-src 'none' (directly or through default-src 'none').", url,
                    enforced.get(0).evidence().note());
        }
    }

    static Map<String, List<String>> parseCsp(String value) {
        Map<String, List<String>> d = new LinkedHashMap<>();
        for (String part : value.split("[;,]")) {
            String[] tokens = part.strip().split("\\s+");
            if (tokens.length == 0 || tokens[0].isEmpty()) {
                continue;
            }
            List<String> sources = new ArrayList<>();
            for (int i = 1; i < tokens.length; i++) {
                sources.add(tokens[i].toLowerCase(Locale.ROOT));
            }
            d.putIfAbsent(tokens[0].toLowerCase(Locale.ROOT), sources);
        }
        return d;
    }

    // --- cookies --------------------------------------------------------------------------------------

    private void cookies() {
        boolean hstsOn = c.page().map(p -> p.uri().getScheme().equalsIgnoreCase("https")
                && p.headers().has("strict-transport-security")).orElse(false);
        for (Exchange hop : c.landing().hops()) {
            for (String raw : hop.headers().all("set-cookie")) {
                Optional<CookieJar.Cookie> parsed = CookieJar.parse(raw, hop.uri());
                String name = raw.contains("=") ? raw.substring(0, raw.indexOf('=')).strip() : raw.strip();
                String lower = name.toLowerCase(Locale.ROOT);
                boolean csrf = lower.contains("csrf") || lower.contains("xsrf");
                boolean session = !csrf && (lower.contains("sess") || lower.contains("login") || lower.contains("auth")
                        || lower.contains("token") || lower.equals("sid") || lower.endsWith(".sid")
                        || lower.startsWith("sb-") || lower.contains("jwt"));
                Evidence ev = at(hop.uri(), "set-cookie: " + redactCookie(raw));
                if (parsed.isEmpty()) {
                    boolean prefix = name.startsWith("__Host-") || name.startsWith("__Secure-");
                    out.add(new CookieFact(name, raw.toLowerCase(Locale.ROOT).contains("secure"),
                            raw.toLowerCase(Locale.ROOT).contains("httponly"), Optional.empty(), session, csrf, prefix,
                            hop.uri().toString(), ev));
                    if (prefix) {
                        finding("live.cookie-prefix-broken", "auth.session-management", Severity.LOW,
                                "Browsers drop cookie " + name + ": its __Host-/__Secure- prefix requires Secure (and"
                                        + " for __Host-, Path=/ and no Domain).", hop.uri(), ev.note());
                    }
                    continue;
                }
                CookieJar.Cookie k = parsed.get();
                out.add(new CookieFact(k.name(), k.secure(), k.httpOnly(), k.sameSite(), session, csrf, false,
                        hop.uri().toString(), ev));
                if (session && !k.secure()) {
                    finding("live.session-cookie-not-secure", "auth.session-management",
                            hstsOn ? Severity.MEDIUM : Severity.HIGH,
                            "Session cookie " + k.name() + " lacks the Secure flag and can travel over plain HTTP.",
                            hop.uri(), ev.note());
                }
                if (session && !k.httpOnly()) {
                    finding("live.session-cookie-not-httponly", "auth.session-management", Severity.HIGH,
                            "Session cookie " + k.name() + " lacks HttpOnly, so any injected script can read it.",
                            hop.uri(), ev.note());
                }
                if (session && k.sameSite().isEmpty()) {
                    finding("live.session-cookie-no-samesite", "auth.session-management", Severity.MEDIUM,
                            "Session cookie " + k.name() + " has no SameSite attribute.", hop.uri(), ev.note());
                }
                if (csrf && k.sameSite().isEmpty()) {
                    finding("live.csrf-cookie-no-samesite", "appsec.csrf-protection", Severity.LOW,
                            "Anti-CSRF cookie " + k.name() + " has no SameSite attribute.", hop.uri(), ev.note());
                }
                if (k.sameSite().filter("none"::equals).isPresent() && !k.secure()) {
                    finding("live.cookie-samesite-none-insecure", "auth.session-management", Severity.MEDIUM,
                            "Cookie " + k.name() + " is SameSite=None without Secure; browsers reject it.", hop.uri(),
                            ev.note());
                }
                if (!session && !k.secure() && hop.uri().getScheme().equalsIgnoreCase("https")) {
                    finding("live.cookie-not-secure", "auth.session-management", Severity.LOW,
                            "Cookie " + k.name() + " is set over HTTPS without the Secure flag.", hop.uri(), ev.note());
                }
            }
        }
    }

    /** The cookie line with its value hidden: values may be session tokens. */
    static String redactCookie(String raw) {
        int eq = raw.indexOf('=');
        if (eq < 0) {
            return raw;
        }
        int semi = raw.indexOf(';', eq);
        String value = semi < 0 ? raw.substring(eq + 1) : raw.substring(eq + 1, semi);
        String shown = value.isEmpty() ? "" : "****";
        return raw.substring(0, eq + 1) + shown + (semi < 0 ? "" : raw.substring(semi));
    }

    // --- CORS -----------------------------------------------------------------------------------------

    private void cors() {
        List<Exchange> asked = new ArrayList<>();
        c.corsPreflight().filter(Exchange::ok).ifPresent(asked::add);
        c.corsGet().filter(Exchange::ok).ifPresent(asked::add);
        if (asked.isEmpty()) {
            return;
        }
        Optional<Exchange> reflecting = asked.stream().filter(e -> e.headers().combined("access-control-allow-origin")
                .map(v -> v.strip().equals(c.corsOrigin())).orElse(false)).findFirst();
        Optional<Exchange> wildcard = asked.stream().filter(e -> e.headers().combined("access-control-allow-origin")
                .map(v -> v.strip().equals("*")).orElse(false)).findFirst();
        Optional<Exchange> any = asked.stream().filter(e -> e.headers().has("access-control-allow-origin")).findFirst();
        if (reflecting.isPresent()) {
            Exchange e = reflecting.get();
            boolean credentials = credentials(e);
            String note = e.method() + " with Origin: " + c.corsOrigin() + " -> access-control-allow-origin: "
                    + c.corsOrigin() + (credentials ? ", access-control-allow-credentials: true" : "");
            if (credentials) {
                signal(LiveSignalKind.CORS_REFLECTS_ORIGIN_WITH_CREDENTIALS, note, e.uri());
                finding("live.cors-reflects-origin-with-credentials", "appsec.cors-restricted", Severity.CRITICAL,
                        "Any website can make credentialed requests and read the answers: the server echoes a"
                                + " foreign Origin and allows credentials.", e.uri(), note);
            } else {
                signal(LiveSignalKind.CORS_REFLECTS_ORIGIN, note, e.uri());
                finding("live.cors-reflects-origin", "appsec.cors-restricted", Severity.MEDIUM,
                        "The server echoes any Origin in Access-Control-Allow-Origin instead of checking an"
                                + " allow-list.", e.uri(), note);
            }
        } else if (wildcard.isPresent()) {
            Exchange e = wildcard.get();
            boolean credentials = credentials(e);
            String note = e.method() + " -> access-control-allow-origin: *" + (credentials
                    ? ", access-control-allow-credentials: true" : "");
            signal(credentials ? LiveSignalKind.CORS_WILDCARD_WITH_CREDENTIALS : LiveSignalKind.CORS_WILDCARD, note,
                    e.uri());
            finding(credentials ? "live.cors-wildcard-with-credentials" : "live.cors-wildcard",
                    "appsec.cors-restricted", credentials ? Severity.HIGH : Severity.MEDIUM,
                    credentials ? "CORS allows any origin and claims credentials (browsers refuse the pair; the"
                            + " intent is unsafe)." : "CORS allows any origin (Access-Control-Allow-Origin: *).",
                    e.uri(), note);
        } else if (any.isPresent()) {
            signal(LiveSignalKind.CORS_RESTRICTED, "access-control-allow-origin: "
                    + any.get().headers().combined("access-control-allow-origin").orElse(""), any.get().uri());
        } else {
            signal(LiveSignalKind.CORS_NONE, "no access-control-allow-origin for Origin " + c.corsOrigin(),
                    asked.get(0).uri());
        }
    }

    private static boolean credentials(Exchange e) {
        return e.headers().combined("access-control-allow-credentials").map(v -> v.strip().equalsIgnoreCase("true"))
                .orElse(false);
    }

    // --- page content: SRI, mixed content, links -----------------------------------------------------------

    private void content(Exchange page) {
        URI url = page.uri();
        boolean secure = url.getScheme().equalsIgnoreCase("https");
        Optional<String> site = RegistrableDomain.of(url.getHost());
        List<String> withoutIntegrity = new ArrayList<>();
        int thirdParty = 0;
        for (HtmlTags.Tag t : c.tags()) {
            if (t.inTemplate()) {
                continue;
            }
            if (t.name().equals("script") && t.attribute("src").filter(s -> !s.isBlank()).isPresent()) {
                Optional<URI> src = resolve(url, t.attribute("src").get());
                if (src.isPresent() && thirdParty(src.get(), url, site)) {
                    thirdParty++;
                    if (t.attribute("integrity").filter(s -> !s.isBlank()).isEmpty()) {
                        withoutIntegrity.add(src.get() + " (line " + t.line() + ")");
                    }
                }
            }
            if (secure) {
                mixed(t, url);
            }
            if (t.name().equals("a")) {
                String href = t.attribute("href").orElse("");
                String text = t.text();
                if (PRIVACY.matcher(href).find() || PRIVACY.matcher(text).find()) {
                    out.add(new LiveSignal(LiveSignalKind.PRIVACY_LINK, "link \"" + text + "\" -> " + href,
                            new Evidence(null, 0, null, url.toString(), "line " + t.line() + ": <a href=\"" + href
                                    + "\">" + text + "</a>")));
                }
                if (TERMS.matcher(href).find() || TERMS.matcher(text).find()) {
                    out.add(new LiveSignal(LiveSignalKind.TERMS_LINK, "link \"" + text + "\" -> " + href,
                            new Evidence(null, 0, null, url.toString(), "line " + t.line() + ": <a href=\"" + href
                                    + "\">" + text + "</a>")));
                }
            }
            if (t.name().equals("script") && t.attribute("src").map(s -> CONSENT.matcher(s).find()).orElse(false)) {
                signal(LiveSignalKind.COOKIE_CONSENT, "consent script " + t.attribute("src").get(), url);
            }
        }
        if (!withoutIntegrity.isEmpty()) {
            signal(LiveSignalKind.SRI_MISSING, String.join(", ", withoutIntegrity), url);
            finding("live.sri-missing", "appsec.security-headers", Severity.LOW,
                    withoutIntegrity.size() + " third-party script(s) load without Subresource Integrity, so a"
                            + " compromised CDN could run code on the page.", url, String.join(", ", withoutIntegrity));
        } else if (thirdParty > 0) {
            signal(LiveSignalKind.SRI_PRESENT, thirdParty + " third-party script(s), all with integrity", url);
        }
        if (page.html() && out.stream().noneMatch(f -> f instanceof LiveSignal s && s.kind() == LiveSignalKind.PRIVACY_LINK)) {
            notes.add("no privacy policy link found on the landing page " + url);
        }
    }

    private void mixed(HtmlTags.Tag t, URI page) {
        String attr = switch (t.name()) {
            case "script", "img", "iframe", "source", "video", "audio", "embed" -> "src";
            case "link" -> "href";
            case "object" -> "data";
            case "form" -> "action";
            default -> null;
        };
        if (attr == null) {
            return;
        }
        Optional<String> value = t.attribute(attr).map(String::strip);
        if (value.isEmpty() || !value.get().toLowerCase(Locale.ROOT).startsWith("http://")) {
            return;
        }
        if (t.name().equals("link") && !t.attribute("rel").map(r -> r.toLowerCase(Locale.ROOT)
                .matches(".*(stylesheet|icon|preload|modulepreload|manifest).*")).orElse(false)) {
            return;
        }
        boolean active = List.of("script", "iframe", "link", "object", "embed", "form").contains(t.name());
        String note = "line " + t.line() + ": <" + t.name() + " " + attr + "=\"" + value.get() + "\">";
        out.add(new LiveSignal(LiveSignalKind.MIXED_CONTENT, note, new Evidence(null, 0, null, page.toString(), note)));
        finding("live.mixed-content", "encryption.in-transit", active ? Severity.HIGH : Severity.LOW,
                "The HTTPS page loads " + (active ? "active" : "passive") + " content over plain HTTP: "
                        + value.get(), page, note);
    }

    private static boolean thirdParty(URI src, URI page, Optional<String> site) {
        if (src.getHost() == null || src.getHost().equalsIgnoreCase(page.getHost())) {
            return false;
        }
        return site.isEmpty() || !RegistrableDomain.of(src.getHost()).equals(site);
    }

    private static Optional<URI> resolve(URI base, String ref) {
        try {
            URI r = base.resolve(ref.strip().replace(" ", "%20"));
            return r.getScheme() != null && r.getHost() != null ? Optional.of(r) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    // --- exposed files, security.txt, source maps -----------------------------------------------------------

    private void exposed() {
        for (Exchange e : c.exposed()) {
            String path = e.uri().getPath();
            if (!e.ok()) {
                notes.add(path + " could not be checked: " + e.error().orElse("no answer"));
                continue;
            }
            boolean catchAll = LiveProbeFacts.sameBody(e, c.control());
            Optional<String> verdict = catchAll ? Optional.empty() : ExposedFileJudge.judge(path, e.status(), e.body());
            String detail = verdict.orElse(e.status() + (catchAll ? ", same body as a missing page"
                    : e.status() >= 200 && e.status() < 300 ? ", but the body is not that kind of file" : ""));
            out.add(new ExposedFile(path, e.uri().toString(), e.status(), verdict.isPresent(), detail,
                    at(e.uri(), "GET " + path + " -> " + detail)));
            if (verdict.isPresent()) {
                String rule;
                String item;
                Severity severity;
                if (path.startsWith("/.env")) {
                    rule = "live.exposed-env-file";
                    item = "secrets.no-keys-in-code";
                    severity = Severity.CRITICAL;
                } else if (path.startsWith("/.git")) {
                    rule = "live.exposed-git-metadata";
                    item = "appsec.no-debug-in-production";
                    severity = Severity.HIGH;
                } else if (path.equals("/.DS_Store")) {
                    rule = "live.exposed-ds-store";
                    item = "appsec.no-debug-in-production";
                    severity = Severity.LOW;
                } else {
                    rule = "live.exposed-backup";
                    item = "pii.protected";
                    severity = Severity.CRITICAL;
                }
                finding(rule, item, severity, "The deployed site serves " + path + ": " + verdict.get() + ".", e.uri(),
                        "GET " + path + " -> " + e.status() + ", " + verdict.get());
            }
        }
    }

    private void securityTxt() {
        Optional<Exchange> found = c.securityTxt().stream().filter(e -> e.ok() && e.status() == 200
                && e.text().toLowerCase(Locale.ROOT).contains("contact:")
                && !e.text().toLowerCase(Locale.ROOT).contains("<html")).findFirst();
        if (found.isPresent()) {
            String contact = found.get().text().lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith("contact:"))
                    .findFirst().orElse("contact:");
            signal(LiveSignalKind.SECURITY_TXT, contact.strip(), found.get().uri());
        } else if (!c.securityTxt().isEmpty()) {
            Exchange first = c.securityTxt().get(0);
            signal(LiveSignalKind.SECURITY_TXT_MISSING, "no security.txt with a Contact: line (" + first.status()
                    + ")", first.uri());
        }
    }

    private void sourceMaps() {
        for (Exchange m : c.sourceMaps()) {
            String text = m.ok() ? m.text() : "";
            if (m.status() == 200 && text.stripLeading().startsWith("{") && text.contains("\"mappings\"")) {
                String note = "GET " + m.uri().getPath() + " -> 200, a source map";
                signal(LiveSignalKind.SOURCE_MAP_PUBLIC, note, m.uri());
                finding("live.source-map-public", "errors.source-maps", Severity.LOW,
                        "A source map of the production bundle is public, exposing the original source; upload it"
                                + " to the error tracker and do not serve it.", m.uri(), note);
            }
        }
    }

    private void servedSecrets() {
        ServedSecrets.Result result = ServedSecrets.scan(served(c));
        out.addAll(result.findings());
        notes.addAll(result.notes());
    }

    // --- weight, error page, latency, burst ---------------------------------------------------------------

    private void weight(Exchange page) {
        URI url = page.uri();
        int scripts = 0;
        int images = 0;
        int modern = 0;
        int lazy = 0;
        for (HtmlTags.Tag t : c.tags()) {
            if (t.inTemplate()) {
                continue;
            }
            if (t.name().equals("script") && t.attribute("src").filter(s -> !s.isBlank()).isPresent()) {
                scripts++;
            }
            if (t.name().equals("img")) {
                images++;
                String src = t.attribute("src").orElse("").toLowerCase(Locale.ROOT);
                if (src.matches(".*\\.(webp|avif)(\\?.*)?$") || src.contains("/_next/image")
                        || src.contains("format=webp") || src.contains("format=avif")) {
                    modern++;
                }
                if (t.attribute("loading").map(l -> l.equalsIgnoreCase("lazy")).orElse(false)) {
                    lazy++;
                }
            }
            if (t.name().equals("source") && t.attribute("type").map(s -> s.matches("(?i)image/(webp|avif)"))
                    .orElse(false)) {
                modern++;
            }
        }
        long transfer = 0;
        long decoded = 0;
        int measured = 0;
        for (Exchange s : c.scripts()) {
            if (s.ok() && s.status() == 200) {
                measured++;
                transfer += s.transferBytes();
                decoded += s.body().length;
            }
        }
        String note = measured + " of " + scripts + " scripts measured: " + transfer + " bytes transferred, "
                + decoded + " bytes uncompressed";
        out.add(new PageWeight(url.toString(), scripts, measured, transfer, decoded, images, Math.min(modern, images),
                lazy, at(url, note)));
        if (scripts > measured) {
            notes.add((scripts - measured) + " script(s) of " + url + " are on other origins or beyond the first "
                    + LiveProbe.MAX_SCRIPTS + " and were not measured");
        }
        if (decoded > RED_FLAG_JS_BYTES) {
            finding("live.js-weight", "perf.bundle-size", Severity.HIGH,
                    "The landing page loads " + (decoded / 1024) + " KB of JavaScript (uncompressed), over the 5 MB"
                            + " red flag.", url, note);
        }
    }

    private void errorPage() {
        List<Exchange> candidates = new ArrayList<>();
        c.control().filter(Exchange::ok).ifPresent(candidates::add);
        c.exposed().stream().filter(e -> e.ok() && e.status() >= 500).forEach(candidates::add);
        for (Exchange e : candidates) {
            Optional<String> leak = ErrorPageLeak.find(e.text());
            if (leak.isPresent()) {
                String note = "GET " + e.uri().getPath() + " -> " + e.status() + " showing " + leak.get();
                signal(LiveSignalKind.ERROR_PAGE_LEAK, note, e.uri());
                finding("live.error-page-leak", "appsec.no-debug-in-production", Severity.HIGH,
                        "An error page shows " + leak.get() + ": debug output is on in production.", e.uri(), note);
                return;
            }
        }
        c.control().filter(Exchange::ok).ifPresent(e -> signal(LiveSignalKind.ERROR_PAGE_CLEAN,
                "GET " + e.uri().getPath() + " -> " + e.status() + ", no stack trace or debug output", e.uri()));
    }

    private void latency() {
        measure("landing", c.latencyLanding());
        measure("health", c.latencyHealth());
        c.health().ifPresent(h -> signal(LiveSignalKind.HEALTH_ENDPOINT, "GET " + h.uri().getPath() + " -> "
                + h.status(), h.uri()));
    }

    private void measure(String target, List<Exchange> samples) {
        if (samples.isEmpty()) {
            return;
        }
        List<Long> ok = samples.stream().filter(e -> e.ok() && e.status() < 500).map(e -> e.elapsed().toMillis())
                .sorted().toList();
        int failures = samples.size() - ok.size();
        URI url = samples.get(0).uri();
        if (ok.isEmpty()) {
            notes.add("no successful " + target + " request to measure latency on " + url);
            return;
        }
        long p50 = percentile(ok, 50);
        long p95 = percentile(ok, 95);
        long max = ok.get(ok.size() - 1);
        String note = samples.size() + " sequential GETs: p50 " + p50 + " ms, p95 " + p95 + " ms, max " + max + " ms"
                + (failures > 0 ? ", " + failures + " failed" : "");
        out.add(new LatencyFact(target, url.toString(), samples.size(), failures, p50, p95, max, at(url, note)));
        if (p95 > P95_TARGET_MILLIS) {
            finding("live.latency-p95", "perf.api-latency", Severity.MEDIUM,
                    "p95 response time of the " + target + " URL is " + p95 + " ms, above the 200 ms target"
                            + " (measured from this machine, network included).", url, note);
        }
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private void burst() {
        if (c.burst().isEmpty()) {
            return;
        }
        URI url = c.burst().get(0).uri();
        long limited = c.burst().stream().filter(e -> e.status() == 429).count();
        int firstLimited = 0;
        for (int i = 0; i < c.burst().size(); i++) {
            if (c.burst().get(i).status() == 429) {
                firstLimited = i + 1;
                break;
            }
        }
        if (limited > 0) {
            signal(LiveSignalKind.RATE_LIMITED, "429 from request " + firstLimited + " of a burst of "
                    + c.burst().size(), url);
        } else {
            String note = "no 429 in a burst of " + c.burst().size() + " requests";
            signal(LiveSignalKind.NOT_RATE_LIMITED, note, url);
            finding("live.no-rate-limit", "appsec.rate-limiting", Severity.LOW,
                    "A burst of " + c.burst().size() + " requests was never answered 429; the limit, if any, is"
                            + " above that.", url, note);
        }
    }
}
