package dev.prodready.live;

import dev.prodready.fact.Evidence;
import dev.prodready.fact.ObservatoryResult;
import dev.prodready.fact.ObservatoryTestResult;
import dev.prodready.workspace.live.Exchange;
import dev.prodready.workspace.live.HtmlTags;
import dev.prodready.workspace.live.ProbeCapture;
import dev.prodready.workspace.live.Session;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * MDN HTTP Observatory's twelve tests and its score, reproduced from what the probe captured, so that a user
 * of Observatory sees the same result ids, modifiers and grade. Our own judgement of the same headers lives
 * elsewhere; this class only mirrors Observatory, including its quirks:
 * <ul>
 * <li>the page judged is the HTTPS one when HTTPS answers, else the HTTP one;</li>
 * <li>a foreign Origin reflected with credentials grades as restricted access, because Observatory reads the
 *     Origin it sent from a place where its HTTP library does not keep it;</li>
 * <li>no HSTS preload list is shipped, so hsts-preloaded and redirection-all-redirects-preloaded never occur.</li>
 * </ul>
 */
public final class Observatory {

    public static final List<String> TESTS = List.of("content-security-policy", "cookies",
            "cross-origin-resource-sharing", "cross-origin-embedder-policy", "cross-origin-opener-policy",
            "cross-origin-resource-policy", "redirection", "referrer-policy", "strict-transport-security",
            "subresource-integrity", "x-content-type-options", "x-frame-options");

    private static final Set<String> DANGEROUSLY_BROAD = Set.of("ftp:", "http:", "https:", "*", "http://*",
            "http://*.*", "https://*", "https://*.*");
    private static final Set<String> UNSAFE_INLINE = Set.of("'unsafe-inline'", "data:");
    private static final Set<String> BROAD_OR_INLINE;
    private static final Set<String> PASSIVE = Set.of("img-src", "media-src");
    private static final List<String> NONCES_HASHES = List.of("'sha256-", "'sha384-", "'sha512-", "'nonce-");
    private static final int SIX_MONTHS = 15552000;
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    static {
        Set<String> s = new HashSet<>(DANGEROUSLY_BROAD);
        s.addAll(UNSAFE_INLINE);
        BROAD_OR_INLINE = Set.copyOf(s);
    }

    private record Verdict(String result, boolean pass) {
    }

    private record CspOutcome(Verdict verdict, Optional<Map<String, Set<String>>> data) {
    }

    /** What Observatory's retriever would have had in hand. */
    private record View(ObservatoryAlgorithm algorithm, Exchange auto, URI sessionUrl, Session autoSession,
                        boolean httpResponded, boolean httpVerified, List<URI> httpRoute,
                        Optional<Exchange> https, boolean httpsVerified, Optional<Exchange> cors,
                        List<String> metaCsp, List<String> metaReferrer, List<HtmlTags.Tag> scripts, boolean html,
                        String hostname) {
    }

    private Observatory() {
    }

    public static ObservatoryResult grade(ProbeCapture capture, ObservatoryAlgorithm algorithm) {
        Evidence evidence = Evidence.live(capture.url().toString(), "graded as MDN HTTP Observatory algorithm "
                + algorithm.version() + " would grade it");
        Session https = capture.https();
        Session http = capture.http();
        Session autoSession = https.complete() ? https : http;
        if (!autoSession.complete()) {
            return error(algorithm, "The site seems to be down.", evidence);
        }
        if (autoSession.leftOrigin().isPresent()) {
            return error(algorithm, "the site redirects to " + autoSession.leftOrigin().get()
                    + ", outside the probed origin; probe that URL to grade the page it serves", evidence);
        }
        Exchange auto = autoSession.last().orElseThrow();
        int status = auto.status();
        if (status < 200 || (status >= 400 && status != 401 && status != 403)) {
            return error(algorithm, "Site did respond with an unexpected HTTP status code " + status + ".",
                    evidence);
        }
        String mediaType = auto.headers().combined("content-type").map(v -> v.split(";", -1)[0]).orElse("");
        boolean html = mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
        List<HtmlTags.Tag> tags = html && auto.body().length > 0 ? HtmlTags.parse(auto.text()) : List.of();
        List<String> metaCsp = new ArrayList<>();
        List<String> metaReferrer = new ArrayList<>();
        for (HtmlTags.Tag t : tags) {
            if (!t.name().equals("meta") || t.inTemplate()) {
                continue;
            }
            if (t.has("http-equiv") && t.has("content")) {
                String equiv = Js.trim(t.attribute("http-equiv").orElse("").toLowerCase(Locale.ROOT));
                String content = t.attribute("content").orElse("");
                if (!content.isEmpty() && equiv.equals("content-security-policy")) {
                    metaCsp.add(content);
                }
            } else if (t.attribute("name").map(n -> Js.trim(n.toLowerCase(Locale.ROOT)).equals("referrer"))
                    .orElse(false)) {
                String content = t.attribute("content").orElse("");
                if (!content.isEmpty()) {
                    metaReferrer.clear();
                    metaReferrer.add(content);
                }
            }
        }
        List<URI> route = new ArrayList<>(http.hops().stream().map(Exchange::uri).toList());
        http.leftOrigin().ifPresent(route::add);
        Optional<Exchange> httpsFinal = https.complete() && https.leftOrigin().isEmpty() ? https.last()
                : Optional.empty();
        Optional<Exchange> cors = capture.corsPreflight().filter(e -> e.ok() && e.status() >= 200 && e.status() < 300);
        List<HtmlTags.Tag> scripts = tags.stream().filter(t -> t.name().equals("script") && !t.inTemplate()).toList();
        View v = new View(algorithm, auto, autoSession.start(), autoSession, http.complete(), http.verified(), route,
                httpsFinal, https.verified(), cors, metaCsp, metaReferrer, scripts, html, capture.url().getHost());

        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        verdicts.put("content-security-policy", csp(v).verdict());
        verdicts.put("cookies", cookies(v));
        verdicts.put("cross-origin-resource-sharing", cors(v));
        if (algorithm == ObservatoryAlgorithm.V6) {
            verdicts.put("cross-origin-embedder-policy", policyToken(v, "cross-origin-embedder-policy", "coep",
                    Map.of("require-corp", "coep-implemented-with-require-corp",
                            "credentialless", "coep-implemented-with-credentialless",
                            "unsafe-none", "coep-implemented-with-unsafe-none")));
            verdicts.put("cross-origin-opener-policy", policyToken(v, "cross-origin-opener-policy", "coop",
                    Map.of("same-origin", "coop-implemented-with-same-origin",
                            "same-origin-allow-popups", "coop-implemented-with-same-origin-allow-popups",
                            "noopener-allow-popups", "coop-implemented-with-noopener-allow-popups",
                            "unsafe-none", "coop-implemented-with-unsafe-none")));
        }
        verdicts.put("cross-origin-resource-policy", corp(v));
        verdicts.put("redirection", redirection(v));
        verdicts.put("referrer-policy", referrer(v));
        verdicts.put("strict-transport-security", hsts(v));
        verdicts.put("subresource-integrity", sri(v));
        verdicts.put("x-content-type-options", xcto(v));
        verdicts.put("x-frame-options", xfo(v));

        int withExtraCredit = 100;
        int uncurved = 100;
        Map<String, ObservatoryTestResult> tests = new LinkedHashMap<>();
        for (Map.Entry<String, Verdict> e : verdicts.entrySet()) {
            int modifier = ScoreTable.modifier(algorithm, e.getValue().result());
            withExtraCredit += modifier;
            if (modifier < 0) {
                uncurved += modifier;
            }
            tests.put(e.getKey(), new ObservatoryTestResult(e.getValue().result(), modifier, e.getValue().pass()));
        }
        int score = Math.max(0, uncurved >= ScoreTable.MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : uncurved);
        return new ObservatoryResult(algorithm.version(), Optional.of(score), Optional.of(ScoreTable.grade(score)),
                tests, Optional.empty(), evidence);
    }

    private static ObservatoryResult error(ObservatoryAlgorithm algorithm, String message, Evidence evidence) {
        return new ObservatoryResult(algorithm.version(), Optional.empty(), Optional.empty(), Map.of(),
                Optional.of(message), evidence);
    }

    // --- content-security-policy -------------------------------------------------------------------------

    private static List<String> policies(View v, List<String> raw) {
        if (v.algorithm() != ObservatoryAlgorithm.V6) {
            return raw;
        }
        List<String> out = new ArrayList<>();
        for (String r : raw) {
            for (String part : r.split(",", -1)) {
                out.add(Js.trim(part));
            }
        }
        return out;
    }

    private static CspOutcome csp(View v) {
        List<String> http = policies(v, v.auto().headers().observatoryValues("content-security-policy"));
        List<String> equiv = policies(v, v.metaCsp());
        Map<String, Set<String>> csp;
        List<String> both = new ArrayList<>(http);
        both.addAll(equiv);
        try {
            csp = CspParser.parse(both);
        } catch (CspParser.InvalidPolicy e) {
            return new CspOutcome(new Verdict("csp-header-invalid", false), Optional.empty());
        }
        Map<String, Set<String>> headerOnly;
        try {
            headerOnly = CspParser.parse(http);
        } catch (CspParser.InvalidPolicy e) {
            headerOnly = Map.of();
        }
        Map<String, Set<String>> meta;
        try {
            meta = CspParser.parseMeta(equiv);
        } catch (CspParser.InvalidPolicy e) {
            meta = Map.of();
        }
        if (headerOnly.size() + meta.size() == 0) {
            boolean reporting = v.auto().headers().combined("content-security-policy-report-only")
                    .filter(s -> !s.isEmpty()).isPresent();
            return new CspOutcome(new Verdict(reporting ? "csp-not-implemented-but-reporting-enabled"
                    : "csp-not-implemented", false), Optional.empty());
        }
        String result = null;
        Set<String> objectSrc = firstOf(csp, "object-src", "default-src");
        Set<String> scriptSrc = firstOf(csp, "script-src", "default-src");
        Set<String> styleSrc = firstOf(csp, "style-src", "default-src");
        for (Set<String> list : List.of(scriptSrc, styleSrc)) {
            if (noncesOrHashes(list) && list.contains("'unsafe-inline'")) {
                list.remove("'unsafe-inline'");
            }
        }
        if (noncesOrHashes(scriptSrc) && scriptSrc.contains("'strict-dynamic'")) {
            scriptSrc.removeIf(s -> DANGEROUSLY_BROAD.stream().anyMatch(s::startsWith) || s.equals("'self'")
                    || s.equals("'unsafe-inline'"));
        } else if (scriptSrc.contains("'strict-dynamic'")) {
            result = "csp-header-invalid";
        }
        List<String> active = new ArrayList<>();
        csp.forEach((directive, sources) -> {
            if (!PASSIVE.contains(directive) && !directive.equals("script-src")) {
                active.addAll(sources);
            }
        });
        active.addAll(scriptSrc);
        List<String> passive = new ArrayList<>();
        for (String directive : List.of("img-src", "media-src")) {
            Set<String> s = csp.containsKey(directive) ? csp.get(directive) : csp.get("default-src");
            if (s != null) {
                passive.addAll(s);
            }
        }
        boolean secureSite = v.sessionUrl().getScheme().equalsIgnoreCase("https");
        if (scriptSrc.stream().anyMatch(BROAD_OR_INLINE::contains)
                || objectSrc.stream().anyMatch(DANGEROUSLY_BROAD::contains)) {
            result = result == null ? "csp-implemented-with-unsafe-inline" : result;
        }
        if (secureSite && active.stream().anyMatch(s -> s.startsWith("http:") || s.startsWith("ftp:"))) {
            result = result == null ? "csp-implemented-with-insecure-scheme" : result;
        }
        if (scriptSrc.contains("'unsafe-eval'") || styleSrc.contains("'unsafe-eval'")) {
            result = result == null ? "csp-implemented-with-unsafe-eval" : result;
        }
        if (secureSite && passive.stream().anyMatch(s -> s.startsWith("http:") || s.startsWith("ftp:"))) {
            result = result == null ? "csp-implemented-with-insecure-scheme-in-passive-content-only" : result;
        }
        if (styleSrc.stream().anyMatch(BROAD_OR_INLINE::contains)) {
            result = result == null ? "csp-implemented-with-unsafe-inline-in-style-src-only" : result;
        }
        Set<String> defaultSrc = csp.get("default-src");
        if (defaultSrc != null && defaultSrc.contains("'none'") && defaultSrc.size() == 1) {
            result = result == null ? "csp-implemented-with-no-unsafe-default-src-none" : result;
        } else {
            result = result == null ? "csp-implemented-with-no-unsafe" : result;
        }
        boolean pass = false;
        if (Set.of("csp-implemented-with-no-unsafe", "csp-implemented-with-no-unsafe-default-src-none",
                "csp-implemented-with-unsafe-inline-in-style-src-only",
                "csp-implemented-with-insecure-scheme-in-passive-content-only").contains(result)) {
            pass = true;
            if (csp.containsKey(CspParser.DUPLICATES)) {
                result = "csp-implemented-but-duplicate-directives";
            }
        }
        Map<String, Set<String>> data = new LinkedHashMap<>(csp);
        data.remove(CspParser.DUPLICATES);
        return new CspOutcome(new Verdict(result, pass), Optional.of(data));
    }

    private static Set<String> firstOf(Map<String, Set<String>> csp, String directive, String fallback) {
        if (csp.containsKey(directive)) {
            return csp.get(directive);
        }
        if (csp.containsKey(fallback)) {
            return csp.get(fallback);
        }
        return new LinkedHashSet<>(Set.of("*"));
    }

    private static boolean noncesOrHashes(Set<String> sources) {
        return sources.stream().anyMatch(s -> NONCES_HASHES.stream().anyMatch(s::startsWith));
    }

    // --- cookies ---------------------------------------------------------------------------------------

    private static final List<String> COOKIE_BADNESS = List.of(
            "cookies-without-secure-flag-but-protected-by-hsts",
            "cookies-without-secure-flag",
            "cookies-session-without-secure-flag-but-protected-by-hsts",
            "cookies-samesite-flag-invalid",
            "cookies-anticsrf-without-samesite-flag",
            "cookies-session-without-httponly-flag",
            "cookies-session-without-secure-flag");

    private static String worse(String candidate, String current, List<String> order) {
        if (current == null) {
            return candidate;
        }
        return order.indexOf(candidate) > order.indexOf(current) ? candidate : current;
    }

    private static Verdict cookies(View v) {
        boolean hsts = hsts(v).pass();
        String result = null;
        for (String raw : v.auto().headers().observatoryValues("set-cookie")) {
            if (invalidSameSite(raw)) {
                result = worse("cookies-samesite-flag-invalid", result, COOKIE_BADNESS);
            }
        }
        CookieJar jar = new CookieJar();
        for (Exchange hop : v.autoSession().hops()) {
            for (String raw : hop.headers().all("set-cookie")) {
                jar.set(raw, hop.uri());
            }
        }
        List<CookieJar.Cookie> all = jar.all().stream().filter(c -> !c.name().equals("heroku-session-affinity"))
                .toList();
        if (all.isEmpty()) {
            return new Verdict("cookies-not-found", true);
        }
        boolean missingSameSite = false;
        for (CookieJar.Cookie c : all) {
            String key = c.name().toLowerCase(Locale.ROOT);
            boolean session = key.contains("login") || key.contains("sess");
            boolean csrf = key.contains("csrf");
            if (!c.secure() && c.sameSite().filter(s -> s.equals("none")).isPresent()) {
                result = worse("cookies-samesite-flag-invalid", result, COOKIE_BADNESS);
            }
            if (!c.secure() && hsts) {
                result = worse("cookies-without-secure-flag-but-protected-by-hsts", result, COOKIE_BADNESS);
            } else if (!c.secure()) {
                result = worse("cookies-without-secure-flag", result, COOKIE_BADNESS);
            }
            if (csrf && c.sameSite().isEmpty()) {
                result = worse("cookies-anticsrf-without-samesite-flag", result, COOKIE_BADNESS);
            }
            if (session && !c.secure() && hsts) {
                result = worse("cookies-session-without-secure-flag-but-protected-by-hsts", result, COOKIE_BADNESS);
            } else if (session && !c.secure()) {
                result = worse("cookies-session-without-secure-flag", result, COOKIE_BADNESS);
            }
            if (session && !c.httpOnly()) {
                result = worse("cookies-session-without-httponly-flag", result, COOKIE_BADNESS);
            }
            if (c.sameSite().isEmpty()) {
                missingSameSite = true;
            }
        }
        if (result == null) {
            result = missingSameSite ? "cookies-secure-with-httponly-sessions"
                    : "cookies-secure-with-httponly-sessions-and-samesite";
        }
        return new Verdict(result, result.equals("cookies-not-found")
                || result.equals("cookies-secure-with-httponly-sessions-and-samesite")
                || result.equals("cookies-secure-with-httponly-sessions"));
    }

    private static boolean invalidSameSite(String raw) {
        for (String part : Js.trim(raw).split(";", -1)) {
            String p = Js.trim(part);
            int eq = p.indexOf('=');
            String key = eq < 0 ? p : p.substring(0, eq);
            if (Js.trim(key).toLowerCase(Locale.ROOT).equals("samesite")) {
                String value = Js.secondPart(p, '=');
                if (value == null || value.isEmpty()) {
                    return true;
                }
                String val = Js.trim(value).toLowerCase(Locale.ROOT);
                if (!val.equals("lax") && !val.equals("strict") && !val.equals("none")) {
                    return true;
                }
            }
        }
        return false;
    }

    // --- cross-origin-resource-sharing -------------------------------------------------------------------

    private static Verdict cors(View v) {
        String result = "cross-origin-resource-sharing-not-implemented";
        if (v.cors().isPresent()) {
            Optional<String> acao = v.cors().get().headers().observatoryValues("access-control-allow-origin").stream()
                    .findFirst().filter(s -> !s.isEmpty());
            if (acao.isPresent()) {
                String data = Js.trim(acao.get().substring(0, Math.min(256, acao.get().length())))
                        .toLowerCase(Locale.ROOT);
                // Observatory cannot read back the Origin it sent, so a reflected origin grades as restricted.
                Optional<String> originSent = Optional.empty();
                boolean credentials = v.cors().get().headers().observatoryValues("access-control-allow-credentials")
                        .stream().findFirst().map(c -> Js.trim(c.toLowerCase(Locale.ROOT)).equals("true"))
                        .orElse(false);
                if (data.equals("*")) {
                    result = "cross-origin-resource-sharing-implemented-with-public-access";
                } else if (originSent.filter(o -> o.equals(acao.get())).isPresent() && credentials) {
                    result = "cross-origin-resource-sharing-implemented-with-universal-access";
                } else {
                    result = "cross-origin-resource-sharing-implemented-with-restricted-access";
                }
            }
        }
        return new Verdict(result, !result.equals("cross-origin-resource-sharing-implemented-with-universal-access"));
    }

    // --- cross-origin-embedder-policy / cross-origin-opener-policy ----------------------------------------

    private static Verdict policyToken(View v, String header, String prefix, Map<String, String> results) {
        List<String> values = v.auto().headers().observatoryValues(header);
        String result = prefix + "-not-implemented";
        if (values.size() > 1) {
            result = prefix + "-header-invalid";
        } else if (!values.isEmpty() && !values.get(0).isEmpty()) {
            String value = Js.trim(values.get(0).substring(0, Math.min(1024, values.get(0).length())));
            result = StructuredFieldToken.of(value).map(results::get).orElse(prefix + "-header-invalid");
        }
        return new Verdict(result, !result.endsWith("-header-invalid"));
    }

    // --- cross-origin-resource-policy --------------------------------------------------------------------

    private static Verdict corp(View v) {
        String result = "corp-not-implemented";
        Optional<String> header = v.auto().headers().observatoryValues("cross-origin-resource-policy").stream()
                .findFirst().filter(s -> !s.isEmpty());
        if (header.isPresent()) {
            String value = Js.trim(header.get().substring(0, Math.min(256, header.get().length())))
                    .toLowerCase(Locale.ROOT);
            if (!value.isEmpty()) {
                result = switch (value) {
                    case "same-site" -> "corp-implemented-with-same-site";
                    case "same-origin" -> "corp-implemented-with-same-origin";
                    case "cross-origin" -> "corp-implemented-with-cross-origin";
                    default -> "corp-header-invalid";
                };
            }
        }
        return new Verdict(result, !result.equals("corp-header-invalid"));
    }

    // --- redirection -------------------------------------------------------------------------------------

    private static Verdict redirection(View v) {
        String result;
        if (!v.httpResponded()) {
            result = "redirection-not-needed-no-http";
        } else if (!v.httpVerified()) {
            result = "redirection-invalid-cert";
        } else {
            List<URI> route = v.httpRoute();
            if (route.size() == 1) {
                result = "redirection-missing";
            } else if (!route.get(route.size() - 1).getScheme().equalsIgnoreCase("https")) {
                result = "redirection-not-to-https";
            } else if (route.get(1).getScheme().equalsIgnoreCase("http")) {
                result = "redirection-not-to-https-on-initial-redirection";
            } else if (route.get(0).getScheme().equalsIgnoreCase("http")
                    && route.get(1).getScheme().equalsIgnoreCase("https")
                    && !route.get(0).getHost().equalsIgnoreCase(route.get(1).getHost())) {
                result = "redirection-off-host-from-http";
            } else {
                result = "redirection-to-https";
            }
        }
        return new Verdict(result, result.equals("redirection-not-needed-no-http")
                || result.equals("redirection-to-https"));
    }

    // --- referrer-policy ---------------------------------------------------------------------------------

    private static final List<String> REFERRER_GOOD = List.of("no-referrer", "same-origin", "strict-origin",
            "strict-origin-when-cross-origin");
    private static final List<String> REFERRER_BAD = List.of("origin", "origin-when-cross-origin", "unsafe-url",
            "no-referrer-when-downgrade");

    private static Verdict referrer(View v) {
        List<String> http = v.auto().headers().observatoryValues("referrer-policy");
        if (http.isEmpty() && v.metaReferrer().isEmpty()) {
            return new Verdict("referrer-policy-not-implemented", true);
        }
        List<String> all = new ArrayList<>(http);
        all.addAll(v.metaReferrer());
        String data = String.join(", ", all);
        String policy = "";
        for (String p : data.split(",", -1)) {
            String t = Js.trim(p.toLowerCase(Locale.ROOT));
            if (REFERRER_GOOD.contains(t) || REFERRER_BAD.contains(t)) {
                policy = t;
            }
        }
        String result = REFERRER_GOOD.contains(policy) ? "referrer-policy-private"
                : REFERRER_BAD.contains(policy) ? "referrer-policy-unsafe" : "referrer-policy-header-invalid";
        return new Verdict(result, result.equals("referrer-policy-private"));
    }

    // --- strict-transport-security -----------------------------------------------------------------------

    private static Verdict hsts(View v) {
        String result = "hsts-not-implemented";
        if (v.https().isEmpty()) {
            result = "hsts-not-implemented-no-https";
        } else if (!v.httpsVerified()) {
            result = "hsts-invalid-cert";
        } else {
            List<String> headers = v.https().get().headers().observatoryValues("strict-transport-security");
            if (!headers.isEmpty()) {
                String data = headers.get(0).substring(0, Math.min(1024, headers.get(0).length()));
                result = hstsValue(data);
            }
        }
        return new Verdict(result, result.equals("hsts-implemented-max-age-at-least-six-months")
                || result.equals("hsts-preloaded"));
    }

    private static String hstsValue(String data) {
        if (data.contains(",")) {
            return "hsts-header-invalid";
        }
        OptionalLong maxAge = OptionalLong.empty();
        boolean sawMaxAge = false;
        for (String p : data.split(";", -1)) {
            String parameter = Js.trim(p).toLowerCase(Locale.ROOT);
            if (parameter.startsWith("max-age=")) {
                sawMaxAge = true;
                maxAge = Js.parseInt(parameter.substring(8, Math.min(128, parameter.length())));
            }
        }
        if (!sawMaxAge) {
            return "hsts-header-invalid";
        }
        // JavaScript's NaN < N is false, so an unparseable max-age counts as long enough, as there.
        if (maxAge.isPresent() && maxAge.getAsLong() < SIX_MONTHS) {
            return "hsts-implemented-max-age-less-than-six-months";
        }
        return "hsts-implemented-max-age-at-least-six-months";
    }

    // --- subresource-integrity ---------------------------------------------------------------------------

    private static final List<String> SRI_BADNESS = List.of(
            "sri-implemented-and-all-scripts-loaded-securely",
            "sri-implemented-and-external-scripts-loaded-securely",
            "sri-implemented-but-external-scripts-not-loaded-securely",
            "sri-not-implemented-but-external-scripts-loaded-securely",
            "sri-not-implemented-and-external-scripts-not-loaded-securely",
            "sri-not-implemented-response-not-html");

    private static Verdict sri(View v) {
        String result = null;
        String mediaType = v.auto().headers().observatoryValues("content-type").stream().findFirst().orElse("")
                .split(";", -1)[0];
        if (!mediaType.equals("text/html") && !mediaType.equals("application/xhtml+xml")) {
            result = "sri-not-implemented-response-not-html";
        } else {
            List<HtmlTags.Tag> scripts = v.auto().body().length > 0 ? v.scripts() : List.of();
            Optional<String> siteDomain = RegistrableDomain.of(v.hostname());
            boolean secureSession = v.sessionUrl().getScheme().equalsIgnoreCase("https");
            boolean foreign = false;
            for (HtmlTags.Tag script : scripts) {
                String src = reflectedSrc(script.attribute("src").orElse(""));
                if (src.isEmpty()) {
                    continue;
                }
                String integrity = script.attribute("integrity").orElse(null);
                boolean hasIntegrity = integrity != null && !integrity.isEmpty();
                boolean relativeOrigin = false;
                boolean relativeProtocol = false;
                boolean sameSecondLevel;
                if (src.matches("^//[^/][\\s\\S]*")) {
                    relativeProtocol = true;
                    sameSecondLevel = true;
                } else if (src.startsWith("http://") || src.startsWith("https://")) {
                    sameSecondLevel = RegistrableDomain.of(hostOf(src)).equals(siteDomain);
                } else {
                    relativeOrigin = true;
                    sameSecondLevel = true;
                }
                boolean secureOrigin = relativeOrigin || (sameSecondLevel && !relativeProtocol);
                if (!secureOrigin) {
                    foreign = true;
                }
                String scheme = null;
                if (!relativeProtocol && !relativeOrigin) {
                    scheme = src.substring(0, src.indexOf(':') + 1);
                }
                boolean secureScheme = "https:".equals(scheme) || (relativeOrigin && secureSession);
                if (!secureOrigin) {
                    if (hasIntegrity && !secureScheme) {
                        result = worse("sri-implemented-but-external-scripts-not-loaded-securely", result,
                                SRI_BADNESS);
                    } else if (!hasIntegrity && secureScheme) {
                        result = worse("sri-not-implemented-but-external-scripts-loaded-securely", result,
                                SRI_BADNESS);
                    } else if (!hasIntegrity) {
                        result = worse("sri-not-implemented-and-external-scripts-not-loaded-securely", result,
                                SRI_BADNESS);
                    }
                } else if (hasIntegrity && secureScheme && result == null) {
                    result = "sri-implemented-and-all-scripts-loaded-securely";
                }
            }
            if (scripts.isEmpty()) {
                result = "sri-not-implemented-but-no-scripts-loaded";
            } else if (result == null) {
                result = foreign ? "sri-implemented-and-external-scripts-loaded-securely"
                        : "sri-not-implemented-but-all-scripts-loaded-from-secure-origin";
            }
        }
        return new Verdict(result, Set.of("sri-implemented-and-all-scripts-loaded-securely",
                "sri-implemented-and-external-scripts-loaded-securely", "sri-not-implemented-response-not-html",
                "sri-not-implemented-but-all-scripts-loaded-from-secure-origin",
                "sri-not-implemented-but-no-scripts-loaded").contains(result));
    }

    /** What a DOM's script.src gives without a base URL: absolute URLs normalised, others as written. */
    static String reflectedSrc(String attribute) {
        String s = attribute.strip();
        if (s.isEmpty()) {
            return "";
        }
        if (!SCHEME.matcher(s).find()) {
            return s;
        }
        int colon = s.indexOf(':');
        String scheme = s.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = s.substring(colon + 1);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return scheme + ":" + rest;
        }
        rest = rest.replaceFirst("^[/\\\\]*", "");
        int end = 0;
        while (end < rest.length() && "/?#\\".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String authority = rest.substring(0, end).toLowerCase(Locale.ROOT);
        String tail = rest.substring(end);
        return scheme + "://" + authority + (tail.isEmpty() ? "/" : tail);
    }

    private static String hostOf(String url) {
        String rest = url.substring(url.indexOf("//") + 2);
        int end = 0;
        while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String authority = rest.substring(0, end);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        if (authority.startsWith("[")) {
            return authority;
        }
        int colon = authority.indexOf(':');
        return colon >= 0 ? authority.substring(0, colon) : authority;
    }

    // --- x-content-type-options / x-frame-options ----------------------------------------------------------

    private static Verdict xcto(View v) {
        Optional<String> header = v.auto().headers().observatoryValues("x-content-type-options").stream().findFirst()
                .filter(s -> !s.isEmpty());
        String result = header.map(h -> Js.trim(h.substring(0, Math.min(256, h.length()))).toLowerCase(Locale.ROOT)
                        .equals("nosniff") ? "x-content-type-options-nosniff" : "x-content-type-options-header-invalid")
                .orElse("x-content-type-options-not-implemented");
        return new Verdict(result, result.equals("x-content-type-options-nosniff"));
    }

    private static Verdict xfo(View v) {
        Optional<String> header = v.auto().headers().observatoryValues("x-frame-options").stream().findFirst()
                .filter(s -> !s.isEmpty());
        String result = "x-frame-options-not-implemented";
        if (header.isPresent()) {
            String xfo = Js.trim(header.get().substring(0, Math.min(1024, header.get().length())))
                    .toLowerCase(Locale.ROOT);
            if (xfo.equals("deny") || xfo.equals("sameorigin")) {
                result = "x-frame-options-sameorigin-or-deny";
            } else if (xfo.startsWith("allow-from")) {
                result = "x-frame-options-allow-from-origin";
            } else {
                result = "x-frame-options-header-invalid";
            }
        }
        if (csp(v).data().filter(d -> d.containsKey("frame-ancestors")).isPresent()) {
            result = "x-frame-options-implemented-via-csp";
        }
        return new Verdict(result, Set.of("x-frame-options-allow-from-origin", "x-frame-options-sameorigin-or-deny",
                "x-frame-options-implemented-via-csp").contains(result));
    }
}
