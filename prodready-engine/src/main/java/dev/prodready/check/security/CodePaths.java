package dev.prodready.check.security;

import dev.prodready.fact.Facts;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Path heuristics the text patterns need until the code analysis knows better: test code, code that runs in the
 * browser versus on a server, and routes that are public by design (health checks, webhooks, sign-in).
 */
final class CodePaths {

    private static final Pattern TEST = Pattern.compile(
            "(^|/)(test|tests|__tests__|spec|specs|e2e|cypress|fixtures|__fixtures__|__mocks__|mocks|testdata|stories)/"
                    + "|\\.(test|spec|stories|e2e|cy)\\.[a-z]+$|(^|/)test_[^/]*\\.py$|_test\\.(py|go)$|(^|/)src/test/");
    private static final Set<String> SCRIPT = Set.of("js", "mjs", "cjs", "ts");
    private static final Set<String> COMPONENT = Set.of("jsx", "tsx", "vue", "svelte", "astro");
    private static final Set<String> HTML = Set.of("html", "htm");
    private static final Pattern SERVER_MARK = Pattern.compile(
            "(^|/)(api|server|servers|functions|backend|lambda|lambdas|controllers|handlers|middlewares?|trpc)/"
                    + "|(^|/)(middleware|route|actions|server)\\.[a-z]+$|(^|/)\\+(server|page\\.server|layout\\.server)\\."
                    + "|\\.server\\.[a-z]+$|(^|/)actions/");
    private static final Pattern CLIENT_DIR = Pattern.compile(
            "(^|/)(components|hooks|pages|views|screens|stores?|contexts?|composables|integrations|public|static|"
                    + "assets|client|frontend|ui|widgets)/");
    /** Next.js app-router files that are server components unless marked 'use client'. */
    private static final Pattern NEXT_SERVER_COMPONENT = Pattern.compile(
            "(^|/)app/(.*/)?(page|layout|template|default|not-found)\\.(tsx|jsx|ts|js)$");
    private static final Set<String> PUBLIC_SEGMENTS = Set.of("health", "healthz", "healthcheck", "readyz", "livez",
            "ping", "webhook", "webhooks", "auth", "nextauth", "login", "logout", "signin", "sign-in", "signup", "sign-up",
            "register", "callback", "callbacks", "oauth", "sitemap", "robots", "og", "opengraph-image", "public");

    private CodePaths() {
    }

    static boolean isTest(String path) {
        return TEST.matcher(path.toLowerCase(Locale.ROOT)).find();
    }

    /** Paths of JS/TS modules marked 'use client'. */
    static Set<String> clientModules(Facts facts) {
        return Matches.paths(Matches.of(facts, SecurityPatterns.NEXTJS_USE_CLIENT));
    }

    /**
     * Whether code at {@code path} runs on a server (or in the database) rather than in the browser. Non-JS code is
     * server code; JS components are browser code unless they sit in a server folder or are Next.js server components.
     */
    static boolean isServer(String path, Set<String> clientModules) {
        String lower = path.toLowerCase(Locale.ROOT);
        String ext = extension(lower);
        if (clientModules.contains(path) || HTML.contains(ext)) {
            return false;
        }
        if (SCRIPT.contains(ext)) {
            return SERVER_MARK.matcher(lower).find() || !CLIENT_DIR.matcher(lower).find();
        }
        if (COMPONENT.contains(ext)) {
            return SERVER_MARK.matcher(lower).find() || NEXT_SERVER_COMPONENT.matcher(lower).find();
        }
        return true;
    }

    /** Routes meant to be reached without a session: health checks, webhooks (signed), sign-in and OAuth callbacks. */
    static boolean publicByDesign(String path) {
        String[] segments = path.toLowerCase(Locale.ROOT).split("/");
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (i == segments.length - 1) {
                int dot = s.indexOf('.');
                s = dot > 0 ? s.substring(0, dot) : s;
            }
            s = s.replace("[", "").replace("]", "").replace("...", "").replace("(", "").replace(")", "");
            if (PUBLIC_SEGMENTS.contains(s) || s.startsWith("webhook") || s.endsWith("-webhook")
                    || s.endsWith("-webhooks") || s.endsWith("_webhook")) {
                return true;
            }
        }
        return false;
    }

    /** Health, liveness and readiness endpoints. */
    static boolean isHealthCheck(String path) {
        return path.toLowerCase(Locale.ROOT).matches(".*(^|/)(health|healthz|healthcheck|readyz|livez|ping)(/|\\.|$).*");
    }

    static String extension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash ? path.substring(dot + 1) : "";
    }
}
