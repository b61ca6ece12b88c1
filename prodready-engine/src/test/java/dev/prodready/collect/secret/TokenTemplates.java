package dev.prodready.collect.secret;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands {@code {{an:24}}}-style placeholders into deterministic fake values, so that rule examples and the
 * accuracy corpus hold token shapes rather than token-shaped strings. Never produces a real credential:
 * values are random characters from a seeded generator.
 */
final class TokenTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{\\{(?:(an|anl|anu|hex|HEX|b64|url|d|l|u|al|b32|b32l|bech):(\\d+)|(uuid)|jwt:([^}]*)|b64of:([^}]*))\\}\\}");
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String DIGITS = "0123456789";

    private TokenTemplates() {
    }

    static String expand(String template, long seed) {
        Random random = new Random(seed ^ template.hashCode());
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value;
            if (m.group(1) != null) {
                value = random(random, alphabet(m.group(1)), Integer.parseInt(m.group(2)));
            } else if (m.group(3) != null) {
                value = uuid(random);
            } else if (m.group(4) != null) {
                value = jwt(random, m.group(4));
            } else {
                value = Base64.getEncoder().encodeToString(m.group(5).getBytes(StandardCharsets.UTF_8));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    static boolean hasPlaceholder(String text) {
        return PLACEHOLDER.matcher(text).find();
    }

    private static String alphabet(String cls) {
        return switch (cls) {
            case "an" -> UPPER + LOWER + DIGITS;
            case "anl" -> LOWER + DIGITS;
            case "anu" -> UPPER + DIGITS;
            case "hex" -> "0123456789abcdef";
            case "HEX" -> "0123456789ABCDEF";
            case "b64" -> UPPER + LOWER + DIGITS + "+/";
            case "url" -> UPPER + LOWER + DIGITS + "_-";
            case "d" -> DIGITS;
            case "l" -> LOWER;
            case "u" -> UPPER;
            case "al" -> UPPER + LOWER;
            case "b32" -> UPPER + "234567";
            case "b32l" -> LOWER + "234567";
            case "bech" -> "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";
            default -> throw new IllegalArgumentException(cls);
        };
    }

    private static String random(Random random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static String uuid(Random random) {
        String h = random(random, "0123456789abcdef", 32);
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-4" + h.substring(13, 16) + "-a" + h.substring(17, 20)
                + "-" + h.substring(20);
    }

    private static String jwt(Random random, String claims) {
        StringBuilder payload = new StringBuilder("{");
        for (String pair : claims.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            payload.append('"').append(kv[0]).append("\":\"").append(kv.length > 1 ? kv[1] : "").append("\",");
        }
        payload.append("\"iat\":").append(1_600_000_000 + random.nextInt(100_000_000))
                .append(",\"exp\":").append(2_000_000_000 + random.nextInt(100_000_000)).append('}');
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String header = url.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String body = url.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
        return header + "." + body + "." + random(random, UPPER + LOWER + DIGITS + "_-", 43);
    }
}
