package dev.prodready.check.security;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the session and token lifetimes written in configuration: "15m", "7d", 3600, 30 * 24 * 60 * 60. */
final class Durations {

    private static final Pattern WITH_UNIT = Pattern.compile("^(\\d+)\\s*(s|sec|m|min|h|hr|d|w|y)?$");
    private static final Pattern PRODUCT = Pattern.compile("^\\d[\\d_]*(\\s*\\*\\s*\\d[\\d_]*)*$");

    private Durations() {
    }

    /** Seconds in a literal (number, product of numbers, or a number with a unit), or empty when not a literal. */
    static OptionalLong seconds(String literal) {
        String s = literal.strip().replaceAll("^[\"'`]|[\"'`,]+$", "").strip().toLowerCase(Locale.ROOT);
        Matcher unit = WITH_UNIT.matcher(s.replace("_", ""));
        if (unit.matches() && unit.group(1).length() < 12) {
            long n = Long.parseLong(unit.group(1));
            String u = unit.group(2) == null ? "s" : unit.group(2);
            return OptionalLong.of(switch (u) {
                case "m", "min" -> n * 60;
                case "h", "hr" -> n * 3600;
                case "d" -> n * 86_400;
                case "w" -> n * 604_800;
                case "y" -> n * 31_536_000;
                default -> n;
            });
        }
        if (PRODUCT.matcher(s).matches()) {
            try {
                long product = 1;
                for (String part : s.split("\\*")) {
                    product = Math.multiplyExact(product, Long.parseLong(part.strip().replace("_", "")));
                }
                return OptionalLong.of(product);
            } catch (ArithmeticException | NumberFormatException e) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }

    static String describe(long seconds) {
        if (seconds % 86_400 == 0) {
            return seconds / 86_400 + (seconds == 86_400 ? " day" : " days");
        }
        if (seconds % 3600 == 0) {
            return seconds / 3600 + (seconds == 3600 ? " hour" : " hours");
        }
        if (seconds % 60 == 0) {
            return seconds / 60 + " minutes";
        }
        return seconds + " seconds";
    }
}
