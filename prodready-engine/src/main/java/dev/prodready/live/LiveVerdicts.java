package dev.prodready.live;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.CookieFact;
import dev.prodready.fact.CspFact;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.ExposedFile;
import dev.prodready.fact.Facts;
import dev.prodready.fact.LatencyFact;
import dev.prodready.fact.LiveHeader;
import dev.prodready.fact.LiveSignal;
import dev.prodready.fact.LiveSignalKind;
import dev.prodready.fact.PageWeight;
import dev.prodready.fact.ProtocolSupport;
import dev.prodready.fact.TlsFact;
import dev.prodready.stack.StackProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What the live evidence alone says about catalogue items that a deployed site can show. Each verdict cites
 * the URL and header or body it rests on; empty means the live probe has nothing to say about that item.
 * Area checks combine these with repository evidence through {@link #combine}.
 */
public final class LiveVerdicts {

    private static final Map<String, Function<Facts, Optional<Outcome>>> BY_ITEM = Map.ofEntries(
            Map.entry("appsec.security-headers", LiveVerdicts::securityHeaders),
            Map.entry("encryption.in-transit", LiveVerdicts::encryptionInTransit),
            Map.entry("tls.auto-renew", LiveVerdicts::certificateRenewal),
            Map.entry("auth.session-management", LiveVerdicts::sessionCookies),
            Map.entry("appsec.cors-restricted", LiveVerdicts::cors),
            Map.entry("appsec.rate-limiting", LiveVerdicts::rateLimiting),
            Map.entry("scale.rate-limiting", LiveVerdicts::rateLimiting),
            Map.entry("edge.cdn", LiveVerdicts::cdn),
            Map.entry("perf.bundle-size", LiveVerdicts::bundleSize),
            Map.entry("perf.api-latency", LiveVerdicts::latency),
            Map.entry("perf.images", LiveVerdicts::images),
            Map.entry("privacy.policy", f -> link(f, LiveSignalKind.PRIVACY_LINK, "privacy policy")),
            Map.entry("privacy.terms", f -> link(f, LiveSignalKind.TERMS_LINK, "terms of service")),
            Map.entry("privacy.cookie-consent", LiveVerdicts::cookieConsent),
            Map.entry("errors.source-maps", LiveVerdicts::sourceMaps),
            Map.entry("appsec.no-debug-in-production", LiveVerdicts::debugOutput),
            Map.entry("secrets.no-keys-in-code", LiveVerdicts::exposedEnv),
            Map.entry("uptime.health-endpoint", LiveVerdicts::healthEndpoint),
            Map.entry("dns.production-domain", LiveVerdicts::productionDomain));

    /** Issuers whose certificates are normally renewed automatically (ACME or a cloud-managed CA). */
    private static final List<String> MANAGED_ISSUERS = List.of("let's encrypt", "zerossl", "google trust services",
            "amazon", "cloudflare", "sectigo", "digicert", "buypass", "ssl.com", "microsoft azure");

    private LiveVerdicts() {
    }

    /** Item ids the live probe can speak to. */
    public static Set<String> items() {
        return BY_ITEM.keySet();
    }

    public static Optional<Outcome> judge(String itemId, Facts facts) {
        Function<Facts, Optional<Outcome>> f = BY_ITEM.get(itemId);
        return f == null ? Optional.empty() : f.apply(facts);
    }

    /** As {@link #judge(String, Facts)}, with fixes placed for the stack where the verdict has one. */
    public static Optional<Outcome> judge(String itemId, Facts facts, StackProfile stack) {
        if (itemId.equals("appsec.security-headers")) {
            return securityHeaders(facts, Optional.of(stack));
        }
        return judge(itemId, facts);
    }

    /** How repository and live verdicts combine. */
    public enum Combination {
        /** What the deployed site does decides; the repository says where to fix it. */
        LIVE_DECIDES,
        /** Both must hold; the worse verdict wins. */
        BOTH_REQUIRED,
        /**
         * Either source can show the item in place (a page in the code, or a link on the live site); when the live
         * site contradicts a repository pass, the item is only partly in place.
         */
        EITHER_SHOWS
    }

    /**
     * Repository and live verdicts side by side: evidence of both, both messages, and the status the
     * combination rule gives. An undecided live verdict never hides a decided repository one.
     */
    public static Outcome combine(Outcome repo, Optional<Outcome> live, Combination rule) {
        if (live.isEmpty()) {
            return repo;
        }
        Outcome l = live.get();
        Status status;
        if (!l.status().decidedByEvidence()) {
            status = repo.status();
        } else if (!repo.status().decidedByEvidence() || rule == Combination.LIVE_DECIDES) {
            status = l.status();
        } else if (rule == Combination.EITHER_SHOWS) {
            status = l.status() == Status.PASS ? Status.PASS
                    : repo.status() == Status.PASS ? Status.PARTIAL : worse(l.status(), repo.status());
        } else {
            status = worse(l.status(), repo.status());
        }
        List<Evidence> evidence = new ArrayList<>(repo.evidence());
        evidence.addAll(l.evidence());
        String repoText = repo.message().endsWith(".") ? repo.message() : repo.message() + ".";
        String message;
        if (repo.status().decidedByEvidence() || !l.status().decidedByEvidence()) {
            message = "Repository: " + repoText + " Live: " + l.message();
        } else if (repo.evidence().isEmpty()) {
            // The repository had nothing to say (its message only asks for a live probe, which this is).
            message = "Live: " + l.message();
        } else {
            message = "Live: " + l.message() + " Repository: " + repoText;
        }
        if (status == Status.UNKNOWN) {
            return Outcome.unknown(message, evidence);
        }
        return new Outcome(status, message, evidence);
    }

    private static Status worse(Status a, Status b) {
        return rank(a) < rank(b) ? a : b;
    }

    private static int rank(Status s) {
        return switch (s) {
            case FAIL -> 0;
            case PARTIAL -> 1;
            default -> 2;
        };
    }

    // --- verdicts -------------------------------------------------------------------------------------

    private static Optional<LiveHeader> header(Facts f, String name) {
        return f.first(LiveHeader.class, h -> h.name().equals(name));
    }

    private static boolean signal(Facts f, LiveSignalKind kind) {
        return f.any(LiveSignal.class, s -> s.kind() == kind);
    }

    private static List<Evidence> evidenceOf(Facts f, LiveSignalKind... kinds) {
        List<Evidence> out = new ArrayList<>();
        for (LiveSignalKind k : kinds) {
            f.all(LiveSignal.class, s -> s.kind() == k).forEach(s -> out.add(s.evidence()));
        }
        return out;
    }

    public static Optional<Outcome> securityHeaders(Facts f) {
        return securityHeaders(f, Optional.empty());
    }

    private static Optional<Outcome> securityHeaders(Facts f, Optional<StackProfile> stack) {
        List<LiveHeader> headers = f.all(LiveHeader.class);
        if (headers.isEmpty()) {
            return Optional.empty();
        }
        boolean https = headers.get(0).url().startsWith("https:");
        List<String> missing = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        Optional<LiveHeader> hsts = header(f, "strict-transport-security");
        boolean hstsOk = hsts.flatMap(LiveHeader::value).flatMap(LiveFacts::hstsMaxAge)
                .map(a -> a >= LiveFacts.SIX_MONTHS).orElse(false);
        if (!hstsOk) {
            missing.add(https ? "HSTS (max-age of six months or more)" : "HSTS (the page is not served over HTTPS)");
        }
        hsts.ifPresent(h -> evidence.add(h.evidence()));
        List<CspFact> enforced = f.all(CspFact.class, c -> !c.source().equals("report-only"));
        boolean cspOk = !enforced.isEmpty() && !enforced.stream().allMatch(CspFact::allowsInlineScripts);
        if (!cspOk) {
            missing.add(enforced.isEmpty() ? "Content-Security-Policy" : "a CSP that blocks inline scripts");
        }
        enforced.stream().findFirst().ifPresentOrElse(c -> evidence.add(c.evidence()),
                () -> header(f, "content-security-policy").ifPresent(h -> evidence.add(h.evidence())));
        boolean framing = enforced.stream().anyMatch(c -> c.has("frame-ancestors")) || header(f, "x-frame-options")
                .flatMap(LiveHeader::value).map(v -> v.strip().toLowerCase(Locale.ROOT))
                .map(v -> v.equals("deny") || v.equals("sameorigin")).orElse(false);
        if (!framing) {
            missing.add("framing protection (frame-ancestors or X-Frame-Options)");
        }
        header(f, "x-frame-options").ifPresent(h -> evidence.add(h.evidence()));
        boolean nosniff = header(f, "x-content-type-options").flatMap(LiveHeader::value)
                .map(v -> v.strip().equalsIgnoreCase("nosniff")).orElse(false);
        if (!nosniff) {
            missing.add("X-Content-Type-Options: nosniff");
        }
        header(f, "x-content-type-options").ifPresent(h -> evidence.add(h.evidence()));
        List<String> toAdd = new ArrayList<>();
        if (!hstsOk && https) {
            toAdd.add("Strict-Transport-Security");
        }
        if (enforced.isEmpty()) {
            toAdd.add("Content-Security-Policy");
        }
        if (!framing) {
            toAdd.add("X-Frame-Options");
        }
        if (!nosniff) {
            toAdd.add("X-Content-Type-Options");
        }
        for (String extra : List.of("Referrer-Policy", "Permissions-Policy")) {
            if (header(f, extra.toLowerCase(Locale.ROOT)).map(h -> !h.present()).orElse(false)) {
                toAdd.add(extra);
            }
        }
        String fix = "";
        if (stack.isPresent() && !toAdd.isEmpty()) {
            Optional<HeaderFixes.Fix> placed = HeaderFixes.of(toAdd, stack.get(), f);
            if (placed.isPresent()) {
                fix = " To fix, " + placed.get().text();
                placed.get().file().ifPresent(evidence::add);
            }
        }
        if (missing.isEmpty()) {
            String extras = toAdd.isEmpty() ? "" : " Also missing: " + String.join(", ", toAdd) + "." + fix;
            return Optional.of(Outcome.pass("The deployed page sends HSTS, an enforced CSP, framing protection and"
                    + " nosniff." + extras, evidence));
        }
        String message = "The deployed page lacks " + String.join(", ", missing) + "." + fix;
        return Optional.of(missing.size() <= 2 ? Outcome.partial(message, evidence) : Outcome.fail(message, evidence));
    }

    public static Optional<Outcome> encryptionInTransit(Facts f) {
        Optional<TlsFact> tls = f.first(TlsFact.class, t -> true);
        if (signal(f, LiveSignalKind.HTTPS_UNAVAILABLE)) {
            return Optional.of(Outcome.fail("The site does not answer over HTTPS.",
                    evidenceOf(f, LiveSignalKind.HTTPS_UNAVAILABLE)));
        }
        if (!signal(f, LiveSignalKind.HTTPS_SERVED)) {
            return Optional.empty();
        }
        List<String> problems = new ArrayList<>();
        List<String> weaknesses = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>(evidenceOf(f, LiveSignalKind.HTTPS_SERVED,
                LiveSignalKind.HTTP_REDIRECTS_TO_HTTPS, LiveSignalKind.HTTP_NOT_REDIRECTED,
                LiveSignalKind.HTTP_REDIRECT_INDIRECT, LiveSignalKind.CERTIFICATE_INVALID, LiveSignalKind.MIXED_CONTENT));
        tls.ifPresent(t -> evidence.add(0, t.evidence()));
        if (signal(f, LiveSignalKind.HTTP_NOT_REDIRECTED)) {
            problems.add("plain HTTP is served without a redirect");
        }
        if (signal(f, LiveSignalKind.CERTIFICATE_INVALID)) {
            problems.add("the certificate does not verify");
        }
        if (tls.isPresent()) {
            TlsFact t = tls.get();
            if (t.tls10() == ProtocolSupport.ACCEPTED || t.tls11() == ProtocolSupport.ACCEPTED) {
                problems.add("TLS 1.0/1.1 are still accepted");
            }
            if (t.tls13() == ProtocolSupport.REFUSED) {
                weaknesses.add("TLS 1.3 is not offered");
            }
        }
        if (f.any(LiveSignal.class, s -> s.kind() == LiveSignalKind.MIXED_CONTENT
                && s.detail().matches("line \\d+: <(script|iframe|link|object|embed|form) .*"))) {
            problems.add("active mixed content is loaded over HTTP");
        } else if (signal(f, LiveSignalKind.MIXED_CONTENT)) {
            weaknesses.add("images or media load over HTTP");
        }
        if (signal(f, LiveSignalKind.HTTP_REDIRECT_INDIRECT)) {
            weaknesses.add("HTTP does not redirect to HTTPS on the same host first");
        }
        if (!problems.isEmpty()) {
            return Optional.of(Outcome.fail("HTTPS is served, but " + String.join("; ", problems) + ".", evidence));
        }
        if (!weaknesses.isEmpty()) {
            return Optional.of(Outcome.partial("HTTPS is served, but " + String.join("; ", weaknesses) + ".",
                    evidence));
        }
        String version = tls.flatMap(TlsFact::protocol).orElse("TLS");
        return Optional.of(Outcome.pass("HTTPS with " + version + " and a valid certificate; HTTP redirects to it;"
                + " legacy TLS is refused.", evidence));
    }

    public static Optional<Outcome> certificateRenewal(Facts f) {
        Optional<TlsFact> tls = f.first(TlsFact.class, t -> t.protocol().isPresent());
        if (tls.isEmpty() || tls.get().daysToExpiry().isEmpty()) {
            return Optional.empty();
        }
        TlsFact t = tls.get();
        long days = t.daysToExpiry().get();
        List<Evidence> evidence = List.of(t.evidence());
        if (days < 0) {
            return Optional.of(Outcome.fail("The certificate expired " + (-days) + " days ago.", evidence));
        }
        if (days < LiveFacts.EXPIRY_WARNING_DAYS) {
            return Optional.of(Outcome.partial("The certificate expires in " + days + " days; renewal has not"
                    + " happened yet.", evidence));
        }
        String issuer = t.issuer().orElse("").toLowerCase(Locale.ROOT);
        if (MANAGED_ISSUERS.stream().anyMatch(issuer::contains)) {
            return Optional.of(Outcome.pass("The certificate is valid for " + days + " more days and comes from a CA"
                    + " that is normally renewed automatically (" + t.issuer().orElse("") + ").", evidence));
        }
        return Optional.of(Outcome.unknown("The certificate is valid for " + days + " more days; whether its renewal"
                + " is automated cannot be seen from outside.", evidence));
    }

    public static Optional<Outcome> sessionCookies(Facts f) {
        List<CookieFact> sessions = f.all(CookieFact.class, CookieFact::session);
        if (sessions.isEmpty()) {
            return Optional.empty();
        }
        List<Evidence> evidence = sessions.stream().map(CookieFact::evidence).toList();
        List<String> broken = new ArrayList<>();
        List<String> weak = new ArrayList<>();
        for (CookieFact c : sessions) {
            if (!c.secure()) {
                broken.add(c.name() + " without Secure");
            }
            if (!c.httpOnly()) {
                broken.add(c.name() + " without HttpOnly");
            }
            if (c.sameSite().isEmpty() || c.sameSite().get().equals("none")) {
                weak.add(c.name() + " without SameSite Lax/Strict");
            }
        }
        if (!broken.isEmpty()) {
            return Optional.of(Outcome.fail("Session cookies are exposed: " + String.join(", ", broken) + ".",
                    evidence));
        }
        if (!weak.isEmpty()) {
            return Optional.of(Outcome.partial("Session cookies are Secure and HttpOnly, but " + String.join(", ", weak)
                    + ".", evidence));
        }
        return Optional.of(Outcome.pass("Session cookies are Secure, HttpOnly and SameSite.", evidence));
    }

    public static Optional<Outcome> cors(Facts f) {
        if (signal(f, LiveSignalKind.CORS_REFLECTS_ORIGIN_WITH_CREDENTIALS)) {
            return Optional.of(Outcome.fail("The site echoes any Origin and allows credentials.",
                    evidenceOf(f, LiveSignalKind.CORS_REFLECTS_ORIGIN_WITH_CREDENTIALS)));
        }
        if (signal(f, LiveSignalKind.CORS_REFLECTS_ORIGIN) || signal(f, LiveSignalKind.CORS_WILDCARD_WITH_CREDENTIALS)) {
            return Optional.of(Outcome.fail("The site accepts any origin for cross-origin reads.",
                    evidenceOf(f, LiveSignalKind.CORS_REFLECTS_ORIGIN, LiveSignalKind.CORS_WILDCARD_WITH_CREDENTIALS)));
        }
        if (signal(f, LiveSignalKind.CORS_WILDCARD)) {
            return Optional.of(Outcome.partial("The landing page allows any origin (*); acceptable for public,"
                    + " credential-free content only.", evidenceOf(f, LiveSignalKind.CORS_WILDCARD)));
        }
        if (signal(f, LiveSignalKind.CORS_RESTRICTED) || signal(f, LiveSignalKind.CORS_NONE)) {
            return Optional.of(Outcome.pass("A foreign Origin is not granted access.",
                    evidenceOf(f, LiveSignalKind.CORS_RESTRICTED, LiveSignalKind.CORS_NONE)));
        }
        return Optional.empty();
    }

    public static Optional<Outcome> rateLimiting(Facts f) {
        if (signal(f, LiveSignalKind.RATE_LIMITED)) {
            return Optional.of(Outcome.pass("A burst of requests was answered 429 Too Many Requests.",
                    evidenceOf(f, LiveSignalKind.RATE_LIMITED)));
        }
        if (signal(f, LiveSignalKind.NOT_RATE_LIMITED)) {
            return Optional.of(Outcome.fail("A burst of requests was never limited.",
                    evidenceOf(f, LiveSignalKind.NOT_RATE_LIMITED)));
        }
        return Optional.empty();
    }

    public static Optional<Outcome> cdn(Facts f) {
        if (signal(f, LiveSignalKind.CDN)) {
            return Optional.of(Outcome.pass("Responses come through a CDN.", evidenceOf(f, LiveSignalKind.CDN)));
        }
        List<LiveHeader> headers = f.all(LiveHeader.class);
        if (headers.isEmpty()) {
            return Optional.empty();
        }
        // Not every CDN announces itself, so an unrecognised one is not a failure.
        return Optional.of(Outcome.unknown("No CDN was recognised in the landing page's response headers.",
                List.of(Evidence.live(headers.get(0).url(), "response headers checked for cf-ray, x-amz-cf-id,"
                        + " x-vercel-id, x-nf-request-id, Akamai, Fastly, Azure Front Door, x-cache"))));
    }

    public static Optional<Outcome> bundleSize(Facts f) {
        return f.first(PageWeight.class, w -> true).map(w -> {
            List<Evidence> evidence = List.of(w.evidence());
            if (w.jsDecodedBytes() > LiveFacts.RED_FLAG_JS_BYTES) {
                return Outcome.fail("The landing page loads " + kb(w.jsDecodedBytes()) + " of JavaScript"
                        + " (uncompressed), over the 5 MB red flag.", evidence);
            }
            String unmeasured = w.scripts() > w.measuredScripts() ? " (" + (w.scripts() - w.measuredScripts())
                    + " third-party script(s) not measured)" : "";
            return Outcome.pass("The landing page loads " + kb(w.jsDecodedBytes()) + " of its own JavaScript ("
                    + kb(w.jsTransferBytes()) + " transferred)" + unmeasured + ".", evidence);
        });
    }

    private static String kb(long bytes) {
        return (bytes + 1023) / 1024 + " KB";
    }

    public static Optional<Outcome> latency(Facts f) {
        List<LatencyFact> all = f.all(LatencyFact.class);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        List<Evidence> evidence = all.stream().map(LatencyFact::evidence).toList();
        long worst = all.stream().mapToLong(LatencyFact::p95Millis).max().orElse(0);
        if (worst > LiveFacts.P95_TARGET_MILLIS) {
            return Optional.of(Outcome.fail("p95 response time is " + worst + " ms, above 200 ms (measured from the"
                    + " probing machine).", evidence));
        }
        return Optional.of(Outcome.pass("p95 response time is " + worst + " ms (measured from the probing machine).",
                evidence));
    }

    public static Optional<Outcome> images(Facts f) {
        return f.first(PageWeight.class, w -> w.images() > 0).map(w -> {
            List<Evidence> evidence = List.of(w.evidence().withNote(w.images() + " images, " + w.modernImages()
                    + " WebP/AVIF, " + w.lazyImages() + " lazy-loaded"));
            boolean modern = w.modernImages() * 2 >= w.images();
            boolean lazy = w.lazyImages() > 0 || w.images() <= 2;
            if (modern && lazy) {
                return Outcome.pass("Landing page images use modern formats and lazy loading.", evidence);
            }
            if (modern || lazy) {
                return Outcome.partial("Landing page images use " + (modern ? "modern formats but no lazy loading"
                        : "lazy loading but mostly JPEG/PNG") + ".", evidence);
            }
            return Outcome.fail("Landing page images are neither WebP/AVIF nor lazy-loaded.", evidence);
        });
    }

    private static Optional<Outcome> link(Facts f, LiveSignalKind kind, String what) {
        List<Evidence> found = evidenceOf(f, kind);
        if (!found.isEmpty()) {
            return Optional.of(Outcome.pass("The landing page links to its " + what + ".", found));
        }
        return f.first(PageWeight.class, w -> true).map(w -> Outcome.fail("No link to the " + what
                + " was found on the landing page.", List.of(Evidence.live(w.url(), "anchors searched for " + what
                + " words in their address or text"))));
    }

    public static Optional<Outcome> cookieConsent(Facts f) {
        List<Evidence> found = evidenceOf(f, LiveSignalKind.COOKIE_CONSENT);
        return found.isEmpty() ? Optional.empty()
                : Optional.of(Outcome.pass("The landing page loads a consent manager.", found));
    }

    public static Optional<Outcome> sourceMaps(Facts f) {
        List<Evidence> found = evidenceOf(f, LiveSignalKind.SOURCE_MAP_PUBLIC);
        return found.isEmpty() ? Optional.empty()
                : Optional.of(Outcome.partial("Production source maps are publicly downloadable; upload them to the"
                + " error tracker and stop serving them.", found));
    }

    public static Optional<Outcome> debugOutput(Facts f) {
        List<Evidence> leaks = evidenceOf(f, LiveSignalKind.ERROR_PAGE_LEAK);
        f.all(ExposedFile.class, e -> e.exposed() && (e.path().startsWith("/.git") || e.path().equals("/.DS_Store")))
                .forEach(e -> leaks.add(e.evidence()));
        if (!leaks.isEmpty()) {
            return Optional.of(Outcome.fail("The deployed site exposes debug output or development files.", leaks));
        }
        List<Evidence> clean = evidenceOf(f, LiveSignalKind.ERROR_PAGE_CLEAN);
        return clean.isEmpty() ? Optional.empty() : Optional.of(Outcome.pass("The error page for a missing path"
                + " shows no stack trace, and no development files are served.", clean));
    }

    public static Optional<Outcome> exposedEnv(Facts f) {
        List<Evidence> env = f.all(ExposedFile.class, e -> e.exposed() && e.path().startsWith("/.env")).stream()
                .map(ExposedFile::evidence).toList();
        return env.isEmpty() ? Optional.empty()
                : Optional.of(Outcome.fail("The deployed site serves an environment file.", env));
    }

    public static Optional<Outcome> healthEndpoint(Facts f) {
        List<Evidence> found = evidenceOf(f, LiveSignalKind.HEALTH_ENDPOINT);
        return found.isEmpty() ? Optional.empty()
                : Optional.of(Outcome.pass("A health endpoint answers.", found));
    }

    public static Optional<Outcome> productionDomain(Facts f) {
        return f.first(TlsFact.class, TlsFact::certificateValid).filter(t -> !t.host().matches("[\\d.:]+")
                && !t.host().equals("localhost") && t.host().contains(".")).map(t -> Outcome.pass(
                "The site is served on " + t.host() + " with a valid certificate for that name.",
                List.of(t.evidence())));
    }
}
