package dev.prodready.live;

import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.SignalKind;
import dev.prodready.stack.StackProfile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a header the deployed site lacks should be set for the detected stack, with the lines to add: the file
 * that already sets other security headers when there is one, else the hosting config (vercel.json,
 * netlify.toml or _headers, firebase.json), else the framework's place (next.config.js headers(), helmet in
 * Express, Django settings, Flask-Talisman, Spring Security), else the proxy or CDN in front of the app.
 */
public final class HeaderFixes {

    /** Recommended values, in the order they are suggested. */
    static final Map<String, String> RECOMMENDED = new LinkedHashMap<>();

    static {
        RECOMMENDED.put("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
        RECOMMENDED.put("Content-Security-Policy",
                "default-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'");
        RECOMMENDED.put("X-Frame-Options", "DENY");
        RECOMMENDED.put("X-Content-Type-Options", "nosniff");
        RECOMMENDED.put("Referrer-Policy", "strict-origin-when-cross-origin");
        RECOMMENDED.put("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }

    /** Where to add the headers and what to add; {@code file} cites the file when the repository has it. */
    public record Fix(String where, Optional<Evidence> file, String snippet) {
        public String text() {
            return "add them in " + where + ": " + snippet;
        }
    }

    private HeaderFixes() {
    }

    /** @param missing header names as in {@link #RECOMMENDED}; empty gives no fix */
    public static Optional<Fix> of(List<String> missing, StackProfile stack, Facts facts) {
        Map<String, String> headers = new LinkedHashMap<>();
        RECOMMENDED.forEach((name, value) -> {
            if (missing.contains(name)) {
                headers.put(name, value);
            }
        });
        if (headers.isEmpty()) {
            return Optional.empty();
        }
        Optional<ContentMatch> existing = facts.all(ContentMatch.class, m -> m.pattern().startsWith("headers.")
                && m.evidence().path() != null && !m.evidence().path().matches("(?i).*(test|spec|fixture).*"))
                .stream().findFirst();
        if (existing.isPresent()) {
            String path = existing.get().evidence().path();
            Evidence at = Evidence.at(path, existing.get().evidence().line(), "security headers are set here; add the"
                    + " missing ones beside them");
            return Optional.of(new Fix(path, Optional.of(at), snippetFor(path, stack, headers)));
        }
        for (SignalKind platform : List.of(SignalKind.PLATFORM_VERCEL, SignalKind.PLATFORM_NETLIFY,
                SignalKind.PLATFORM_FIREBASE)) {
            if (platform == SignalKind.PLATFORM_VERCEL && stack.frameworks().contains("nextjs")) {
                continue;
            }
            Optional<FileSignal> s = facts.first(FileSignal.class, f -> f.kind() == platform
                    && f.evidence().path() != null);
            if (s.isPresent()) {
                String path = s.get().evidence().path();
                return Optional.of(new Fix(path, Optional.of(Evidence.file(path, "hosting config that can set"
                        + " response headers")), snippetFor(path, stack, headers)));
            }
        }
        List<String> frameworks = stack.frameworks();
        if (frameworks.contains("nextjs")) {
            return Optional.of(new Fix("next.config.js (headers())", Optional.empty(), next(headers)));
        }
        if (frameworks.stream().anyMatch(f -> List.of("express", "fastify", "nestjs", "koa", "hono").contains(f))) {
            Optional<Evidence> server = facts.first(ContentMatch.class, m -> m.pattern().equals("stack.server-listen"))
                    .map(m -> m.evidence().withNote("the server starts here; register helmet before the routes"));
            return Optional.of(new Fix(server.map(Evidence::location).orElse("the server entry point"), server,
                    helmet(headers)));
        }
        if (frameworks.contains("django")) {
            return Optional.of(new Fix("settings.py", Optional.empty(), django(headers)));
        }
        if (frameworks.contains("flask")) {
            return Optional.of(new Fix("the Flask app factory", Optional.empty(), talisman(headers)));
        }
        if (frameworks.contains("spring")) {
            return Optional.of(new Fix("the SecurityFilterChain bean", Optional.empty(), spring(headers)));
        }
        return Optional.of(new Fix("the reverse proxy or CDN in front of the app", Optional.empty(), nginx(headers)));
    }

    private static String snippetFor(String path, StackProfile stack, Map<String, String> headers) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.startsWith("next.config")) {
            return next(headers);
        }
        if (name.equals("vercel.json")) {
            return "\"headers\": [{ \"source\": \"/(.*)\", \"headers\": [" + headers.entrySet().stream()
                    .map(e -> "{ \"key\": \"" + e.getKey() + "\", \"value\": \"" + e.getValue() + "\" }")
                    .collect(Collectors.joining(", ")) + "] }]";
        }
        if (name.equals("netlify.toml")) {
            return "[[headers]] for = \"/*\" [headers.values] " + headers.entrySet().stream()
                    .map(e -> e.getKey() + " = \"" + e.getValue() + "\"").collect(Collectors.joining(" "));
        }
        if (name.equals("_headers")) {
            return "/* " + headers.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining(" "));
        }
        if (name.equals("firebase.json")) {
            return "\"hosting\": { \"headers\": [{ \"source\": \"**\", \"headers\": [" + headers.entrySet().stream()
                    .map(e -> "{ \"key\": \"" + e.getKey() + "\", \"value\": \"" + e.getValue() + "\" }")
                    .collect(Collectors.joining(", ")) + "] }] }";
        }
        if (name.endsWith(".py")) {
            return stack.frameworks().contains("flask") ? talisman(headers) : django(headers);
        }
        if (name.endsWith(".java") || name.endsWith(".kt")) {
            return spring(headers);
        }
        if (name.matches(".*\\.(js|ts|mjs|cjs)$")) {
            return stack.frameworks().contains("nextjs") ? next(headers) : helmet(headers);
        }
        return nginx(headers);
    }

    private static String next(Map<String, String> headers) {
        return "async headers() { return [{ source: '/(.*)', headers: [" + headers.entrySet().stream()
                .map(e -> "{ key: '" + e.getKey() + "', value: \"" + e.getValue() + "\" }")
                .collect(Collectors.joining(", ")) + "] }]; }";
    }

    private static String helmet(Map<String, String> headers) {
        String base = "app.use(helmet()); // sets CSP, HSTS, X-Frame-Options, nosniff and Referrer-Policy";
        return headers.containsKey("Permissions-Policy") ? base + "; app.use((req, res, next) => {"
                + " res.setHeader('Permissions-Policy', '" + headers.get("Permissions-Policy") + "'); next(); });"
                : base;
    }

    private static String django(Map<String, String> headers) {
        StringBuilder sb = new StringBuilder();
        headers.keySet().forEach(h -> sb.append(switch (h) {
            case "Strict-Transport-Security" -> "SECURE_HSTS_SECONDS = 63072000; SECURE_HSTS_INCLUDE_SUBDOMAINS = True; ";
            case "Content-Security-Policy" -> "CSP_DEFAULT_SRC = (\"'self'\",); CSP_OBJECT_SRC = (\"'none'\",)"
                    + " (django-csp, with csp.middleware.CSPMiddleware); ";
            case "X-Frame-Options" -> "X_FRAME_OPTIONS = \"DENY\"; ";
            case "X-Content-Type-Options" -> "SECURE_CONTENT_TYPE_NOSNIFF = True; ";
            case "Referrer-Policy" -> "SECURE_REFERRER_POLICY = \"strict-origin-when-cross-origin\"; ";
            default -> "PERMISSIONS_POLICY = {\"camera\": [], \"microphone\": [], \"geolocation\": []}"
                    + " (django-permissions-policy); ";
        }));
        return sb.append("with django.middleware.security.SecurityMiddleware in MIDDLEWARE").toString();
    }

    private static String talisman(Map<String, String> headers) {
        return "Talisman(app, force_https=True, strict_transport_security_max_age=63072000,"
                + " frame_options='DENY', content_security_policy={'default-src': \"'self'\","
                + " 'object-src': \"'none'\"}, referrer_policy='strict-origin-when-cross-origin')"
                + (headers.containsKey("Permissions-Policy") ? " plus permissions_policy={'camera': '()',"
                + " 'microphone': '()', 'geolocation': '()'}" : "");
    }

    private static String spring(Map<String, String> headers) {
        return "http.headers(h -> h.httpStrictTransportSecurity(s -> s.includeSubDomains(true).maxAgeInSeconds(63072000))"
                + ".contentSecurityPolicy(c -> c.policyDirectives(\"" + RECOMMENDED.get("Content-Security-Policy")
                + "\")).frameOptions(f -> f.deny()).referrerPolicy(r -> r.policy("
                + "ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))";
    }

    private static String nginx(Map<String, String> headers) {
        return headers.entrySet().stream().map(e -> "add_header " + e.getKey() + " \"" + e.getValue() + "\" always;")
                .collect(Collectors.joining(" "));
    }
}
