package dev.prodready.collect.secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** The only views of a secret that leave the engine: a redacted form and one-way fingerprints. */
final class Redaction {

    private static final String MASK = "****";

    private Redaction() {
    }

    /**
     * A known literal prefix (sk_live_) or a few leading characters, the mask, and a few trailing ones: at
     * most four each, fewer for short values (none under 12 characters), so most of the secret stays hidden.
     */
    static String redact(SecretRule rule, String secret) {
        if (rule.kind() == RuleKind.PRIVATE_KEY) {
            // The block's type is in the rule title; show only the end of the base64 body.
            String compact = secret.replaceAll("\\\\[nr]|[^A-Za-z0-9+/=]", "");
            return MASK + compact.substring(Math.max(0, compact.length() - 4));
        }
        int n = secret.length();
        String prefix = "";
        String lower = secret.toLowerCase(Locale.ROOT);
        for (String keyword : rule.keywords()) {
            if (lower.startsWith(keyword) && keyword.length() > prefix.length() && keyword.length() <= 16
                    && n - keyword.length() >= 12) {
                prefix = secret.substring(0, keyword.length());
            }
        }
        int rest = n - prefix.length();
        int shown = rest < 12 ? 0 : rest < 20 ? 2 : 4;
        if (prefix.isEmpty()) {
            prefix = secret.substring(0, shown);
        }
        return prefix + MASK + secret.substring(n - shown);
    }

    /** A stable id for one secret at one path under one rule: hex prefix of sha256(rule, path, secret). */
    static String fingerprint(String ruleId, String path, String secret) {
        return sha256(ruleId + '\u0000' + path + '\u0000' + secret).substring(0, 24);
    }

    /** The same secret under the same rule anywhere (used to match history against the working tree). */
    static String secretKey(String ruleId, String secret) {
        return sha256(ruleId + '\u0000' + secret);
    }

    /**
     * The same secret value under any rule and at any path: used to tell that a repository secret is also
     * served by the deployed site (the two scans may pick different rules for one value).
     */
    static String valueKey(String secret) {
        return sha256("value" + '\u0000' + secret);
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
