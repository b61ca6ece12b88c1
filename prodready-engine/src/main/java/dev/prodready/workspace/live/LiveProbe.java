package dev.prodready.workspace.live;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the bounded live probe of one URL: TLS handshakes, the landing page over HTTPS and HTTP, CORS with a
 * foreign Origin, a fixed list of sensitive paths, security.txt, the page's own scripts and source maps, a
 * health endpoint, sequential latency samples and, only with {@code --active}, a short burst. Every request
 * goes through {@link LiveClient}, which refuses anything outside the two origins or the budget.
 */
public final class LiveProbe {

    public static final int MAX_HOPS = 5;
    public static final int MAX_SCRIPTS = 12;
    public static final int MAX_MAPS = 3;
    public static final List<String> EXPOSED_PATHS = List.of("/.env", "/.env.production", "/.git/config",
            "/.git/HEAD", "/.DS_Store", "/backup.sql", "/dump.sql", "/database.sql", "/backup.zip",
            "/backup.tar.gz");
    public static final int EXPOSED_COUNT = 10;
    public static final String CORS_ORIGIN = "https://probe.prodready.invalid";
    static final String ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final int PAGE_CAP = 5 << 20;
    private static final int SCRIPT_CAP = 10 << 20;
    private static final int SMALL_CAP = 64 << 10;
    private static final Pattern SOURCE_MAP = Pattern.compile("//[#@]\\s*sourceMappingURL=(\\S+)\\s*$",
            Pattern.MULTILINE);

    private LiveProbe() {
    }

    /** @throws IOException when the extra CA cannot be read */
    public static ProbeCapture capture(URI url, ProbeOptions options) throws IOException {
        Instant started = Instant.now();
        Origins origins = Origins.of(url);
        Trust trust = Trust.create(options.caCert());
        ProbeBudget budget = new ProbeBudget(options.requestBudget(), TlsProbe.HANDSHAKES);
        Duration limit = options.requestTimeout().multipliedBy(12).plus(Duration.ofSeconds(30));
        LiveClient client = new LiveClient(origins, options, budget, trust, limit);
        List<String> notes = new ArrayList<>();
        String path = Origins.pathAndQuery(url);

        URI httpsStart = origins.https().resolve(path);
        URI httpStart = origins.http().resolve(path);
        Optional<TlsReport> tls = Optional.of(new TlsProbe(trust, budget, options.connectTimeout())
                .inspect(httpsStart.getHost(), Origins.port(httpsStart)));
        Map<String, String> accept = Map.of("Accept", ACCEPT_HTML);
        Session https = TlsProbe.nothingListens(tls.get())
                ? new Session(httpsStart, List.of(Exchange.failed("GET", httpsStart, accept, Duration.ZERO, true,
                "not sent: " + tls.get().error().orElse("no TLS server answered"))), Optional.empty(), true,
                Optional.empty())
                : client.session(httpsStart, accept, MAX_HOPS, PAGE_CAP);
        Session http = client.session(httpStart, accept, MAX_HOPS, PAGE_CAP);
        Session landing = https.complete() ? https : http;
        https.leftOrigin().ifPresent(u -> notes.add("HTTPS redirects to " + u + ", which is not probed"));
        http.leftOrigin().ifPresent(u -> notes.add("HTTP redirects to " + u + ", which is not probed"));

        Builder b = new Builder();
        Optional<Exchange> page = landing.complete() && landing.leftOrigin().isEmpty() ? landing.last()
                : Optional.empty();
        if (page.isPresent()) {
            boolean verify = landing.verified();
            URI pageUri = page.get().uri();
            if (page.get().html()) {
                b.tags = HtmlTags.parse(page.get().text());
            }
            Map<String, String> cors = Map.of("Origin", CORS_ORIGIN, "Access-Control-Request-Method", "GET");
            b.corsPreflight = Optional.of(client.send("OPTIONS", pageUri, cors, SMALL_CAP, verify));
            b.corsGet = Optional.of(client.send("GET", pageUri, Map.of("Origin", CORS_ORIGIN), SMALL_CAP, verify));
            URI base = origin(pageUri);
            for (String p : EXPOSED_PATHS) {
                b.exposed.add(client.send("GET", base.resolve(p), Map.of(), SMALL_CAP, verify));
            }
            b.control = Optional.of(client.send("GET", base.resolve("/prodready-" + UUID.randomUUID() + "-missing"),
                    Map.of("Accept", ACCEPT_HTML), SMALL_CAP, verify));
            Exchange wellKnown = client.send("GET", base.resolve("/.well-known/security.txt"), Map.of(), SMALL_CAP,
                    verify);
            b.securityTxt.add(wellKnown);
            if (wellKnown.status() != 200) {
                b.securityTxt.add(client.send("GET", base.resolve("/security.txt"), Map.of(), SMALL_CAP, verify));
            }
            for (URI script : sameOriginScripts(b.tags, pageUri, origins)) {
                b.scripts.add(client.send("GET", script, Map.of("Accept", "*/*"), SCRIPT_CAP, verify));
            }
            for (URI map : sourceMaps(b.scripts, origins)) {
                b.sourceMaps.add(client.send("GET", map, Map.of("Accept", "*/*"), SMALL_CAP * 4, verify));
            }
            for (String candidate : options.healthPaths()) {
                Exchange e = client.send("GET", base.resolve(candidate), Map.of("Accept", "application/json, */*"),
                        SMALL_CAP / 4, verify);
                if (e.status() >= 200 && e.status() < 300 && !sameBody(e, b.control)) {
                    b.health = Optional.of(e);
                    break;
                }
            }
            for (int i = 0; i < options.latencySamples() && !client.pastDeadline(); i++) {
                b.latencyLanding.add(client.send("GET", pageUri, accept, PAGE_CAP, verify));
            }
            if (b.health.isPresent()) {
                URI h = b.health.get().uri();
                for (int i = 0; i < options.latencySamples() && !client.pastDeadline(); i++) {
                    b.latencyHealth.add(client.send("GET", h, Map.of("Accept", "application/json, */*"),
                            SMALL_CAP / 4, verify));
                }
            }
            if (options.active()) {
                URI target = base.resolve(options.burstPath().orElse(Origins.pathAndQuery(pageUri)));
                for (int i = 0; i < options.burstSize() && !client.pastDeadline(); i++) {
                    b.burst.add(client.send("GET", target, Map.of("Accept", "*/*"), SMALL_CAP / 4, verify));
                }
            }
            if (client.pastDeadline()) {
                notes.add("the probe stopped early at its time limit of " + limit.toSeconds() + " s");
            }
        }
        return new ProbeCapture(url, origins, tls, https, http, landing, b.tags, CORS_ORIGIN, b.corsPreflight,
                b.corsGet, b.exposed, b.control, b.securityTxt, b.scripts, b.sourceMaps, b.health, b.latencyLanding,
                b.latencyHealth, b.burst, client.log(), budget.maxRequests(), budget.handshakesMade(),
                Duration.between(started, Instant.now()), notes);
    }

    private static final class Builder {
        List<HtmlTags.Tag> tags = List.of();
        Optional<Exchange> corsPreflight = Optional.empty();
        Optional<Exchange> corsGet = Optional.empty();
        final List<Exchange> exposed = new ArrayList<>();
        Optional<Exchange> control = Optional.empty();
        final List<Exchange> securityTxt = new ArrayList<>();
        final List<Exchange> scripts = new ArrayList<>();
        final List<Exchange> sourceMaps = new ArrayList<>();
        Optional<Exchange> health = Optional.empty();
        final List<Exchange> latencyLanding = new ArrayList<>();
        final List<Exchange> latencyHealth = new ArrayList<>();
        final List<Exchange> burst = new ArrayList<>();
    }

    static URI origin(URI uri) {
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + "/");
    }

    static boolean sameBody(Exchange e, Optional<Exchange> control) {
        return control.isPresent() && control.get().ok() && control.get().status() == e.status()
                && java.util.Arrays.equals(control.get().body(), e.body());
    }

    /** Script URLs of the page that live on the probed origins, first {@value #MAX_SCRIPTS}, no duplicates. */
    static List<URI> sameOriginScripts(List<HtmlTags.Tag> tags, URI page, Origins origins) {
        Set<URI> out = new LinkedHashSet<>();
        for (HtmlTags.Tag t : tags) {
            if (!t.name().equals("script") || t.inTemplate()) {
                continue;
            }
            Optional<URI> src = t.attribute("src").map(String::strip).filter(s -> !s.isEmpty())
                    .flatMap(s -> resolve(page, s));
            src.filter(origins::allows).ifPresent(out::add);
            if (out.size() == MAX_SCRIPTS) {
                break;
            }
        }
        return List.copyOf(out);
    }

    static Optional<URI> resolve(URI base, String ref) {
        try {
            URI r = base.resolve(ref.replace(" ", "%20"));
            String scheme = r.getScheme() == null ? "" : r.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? Optional.of(r) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<URI> sourceMaps(List<Exchange> scripts, Origins origins) {
        Set<URI> out = new LinkedHashSet<>();
        for (Exchange s : scripts) {
            if (!s.ok() || s.status() != 200) {
                continue;
            }
            Optional<String> ref = s.headers().first("sourcemap").or(() -> s.headers().first("x-sourcemap"));
            if (ref.isEmpty()) {
                String text = new String(s.body(), StandardCharsets.UTF_8);
                Matcher m = SOURCE_MAP.matcher(text.length() > 4096 ? text.substring(text.length() - 4096) : text);
                String last = null;
                while (m.find()) {
                    last = m.group(1);
                }
                ref = Optional.ofNullable(last);
            }
            ref.filter(r -> !r.startsWith("data:")).flatMap(r -> resolve(s.uri(), r)).filter(origins::allows)
                    .ifPresent(out::add);
            if (out.size() == MAX_MAPS) {
                break;
            }
        }
        return List.copyOf(out);
    }
}
