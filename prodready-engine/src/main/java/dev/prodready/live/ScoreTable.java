package dev.prodready.live;

import java.util.HashMap;
import java.util.Map;

/** Score modifiers of every Observatory result id, and the letter grade of a score. */
final class ScoreTable {

    private static final Map<String, Integer> V4 = new HashMap<>();

    static {
        put("csp-implemented-with-no-unsafe-default-src-none", 10);
        put("csp-implemented-with-no-unsafe", 5);
        put("csp-implemented-with-unsafe-inline-in-style-src-only", 0);
        put("csp-implemented-with-insecure-scheme-in-passive-content-only", -10);
        put("csp-implemented-with-unsafe-eval", -10);
        put("csp-implemented-with-unsafe-inline", -20);
        put("csp-implemented-with-insecure-scheme", -20);
        put("csp-header-invalid", -25);
        put("csp-not-implemented", -25);
        put("csp-not-implemented-but-reporting-enabled", -25);
        put("csp-implemented-but-duplicate-directives", 0);
        put("cookies-secure-with-httponly-sessions-and-samesite", 5);
        put("cookies-secure-with-httponly-sessions", 0);
        put("cookies-not-found", 0);
        put("cookies-without-secure-flag-but-protected-by-hsts", -5);
        put("cookies-session-without-secure-flag-but-protected-by-hsts", -10);
        put("cookies-without-secure-flag", -20);
        put("cookies-samesite-flag-invalid", -20);
        put("cookies-anticsrf-without-samesite-flag", -20);
        put("cookies-session-without-httponly-flag", -30);
        put("cookies-session-without-secure-flag", -40);
        put("cross-origin-resource-sharing-not-implemented", 0);
        put("cross-origin-resource-sharing-implemented-with-public-access", 0);
        put("cross-origin-resource-sharing-implemented-with-restricted-access", 0);
        put("cross-origin-resource-sharing-implemented-with-universal-access", -50);
        put("redirection-all-redirects-preloaded", 0);
        put("redirection-to-https", 0);
        put("redirection-not-needed-no-http", 0);
        put("redirection-off-host-from-http", -5);
        put("redirection-not-to-https-on-initial-redirection", -10);
        put("redirection-not-to-https", -20);
        put("redirection-missing", -20);
        put("redirection-invalid-cert", -20);
        put("referrer-policy-private", 5);
        put("referrer-policy-not-implemented", 0);
        put("referrer-policy-unsafe", -5);
        put("referrer-policy-header-invalid", -5);
        put("hsts-preloaded", 5);
        put("hsts-implemented-max-age-at-least-six-months", 0);
        put("hsts-implemented-max-age-less-than-six-months", -10);
        put("hsts-not-implemented", -20);
        put("hsts-header-invalid", -20);
        put("hsts-not-implemented-no-https", -20);
        put("hsts-invalid-cert", -20);
        put("sri-implemented-and-all-scripts-loaded-securely", 5);
        put("sri-implemented-and-external-scripts-loaded-securely", 5);
        put("sri-not-implemented-response-not-html", 0);
        put("sri-not-implemented-but-no-scripts-loaded", 0);
        put("sri-not-implemented-but-all-scripts-loaded-from-secure-origin", 0);
        put("sri-not-implemented-but-external-scripts-loaded-securely", -5);
        put("sri-implemented-but-external-scripts-not-loaded-securely", -20);
        put("sri-not-implemented-and-external-scripts-not-loaded-securely", -50);
        put("x-content-type-options-nosniff", 0);
        put("x-content-type-options-not-implemented", -5);
        put("x-content-type-options-header-invalid", -5);
        put("x-frame-options-implemented-via-csp", 5);
        put("x-frame-options-sameorigin-or-deny", 0);
        put("x-frame-options-allow-from-origin", 0);
        put("x-frame-options-not-implemented", -20);
        put("x-frame-options-header-invalid", -20);
        put("corp-header-invalid", -5);
        put("corp-implemented-with-cross-origin", 0);
        put("corp-implemented-with-same-origin", 10);
        put("corp-implemented-with-same-site", 10);
        put("corp-not-implemented", 0);
        put("html-not-parseable", -20);
    }

    private static final Map<String, Integer> V6 = new HashMap<>(V4);

    static {
        V6.put("x-frame-options-sameorigin-or-deny", 5);
        V6.put("coep-not-implemented", 0);
        V6.put("coep-implemented-with-require-corp", 10);
        V6.put("coep-implemented-with-credentialless", 10);
        V6.put("coep-implemented-with-unsafe-none", 0);
        V6.put("coep-header-invalid", -5);
        V6.put("coop-not-implemented", 0);
        V6.put("coop-implemented-with-same-origin", 10);
        V6.put("coop-implemented-with-same-origin-allow-popups", 10);
        V6.put("coop-implemented-with-noopener-allow-popups", 10);
        V6.put("coop-implemented-with-unsafe-none", 0);
        V6.put("coop-header-invalid", -5);
    }

    /** Bonuses count only when the score without them is an A or better. */
    static final int MINIMUM_SCORE_FOR_EXTRA_CREDIT = 90;

    private ScoreTable() {
    }

    private static void put(String result, int modifier) {
        V4.put(result, modifier);
    }

    static int modifier(ObservatoryAlgorithm algorithm, String result) {
        return (algorithm == ObservatoryAlgorithm.V4 ? V4 : V6).getOrDefault(result, 0);
    }

    static String grade(int score) {
        int s = Math.max(score, 0);
        int key = Math.min(s - s % 5, 100);
        if (key >= 100) {
            return "A+";
        }
        if (key >= 90) {
            return "A";
        }
        if (key >= 85) {
            return "A-";
        }
        if (key >= 80) {
            return "B+";
        }
        if (key >= 70) {
            return "B";
        }
        if (key >= 65) {
            return "B-";
        }
        if (key >= 60) {
            return "C+";
        }
        if (key >= 50) {
            return "C";
        }
        if (key >= 45) {
            return "C-";
        }
        if (key >= 40) {
            return "D+";
        }
        if (key >= 30) {
            return "D";
        }
        if (key >= 25) {
            return "D-";
        }
        return "F";
    }
}
