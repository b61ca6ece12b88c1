package dev.prodready.collect.secret;

import java.util.Locale;

/** Measures of a candidate value: how random it looks and whether it is a stand-in for a real one. */
final class ValueShape {

    private ValueShape() {
    }

    /** Shannon entropy in bits per character. */
    static double entropy(CharSequence s) {
        int n = s.length();
        if (n == 0) {
            return 0;
        }
        int[] counts = new int[128];
        java.util.Map<Character, Integer> wide = null;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 128) {
                counts[c]++;
            } else {
                if (wide == null) {
                    wide = new java.util.HashMap<>();
                }
                wide.merge(c, 1, Integer::sum);
            }
        }
        double h = 0;
        for (int count : counts) {
            if (count > 0) {
                double p = (double) count / n;
                h -= p * (Math.log(p) / Math.log(2));
            }
        }
        if (wide != null) {
            for (int count : wide.values()) {
                double p = (double) count / n;
                h -= p * (Math.log(p) / Math.log(2));
            }
        }
        return h;
    }

    /** How many of lower-case letters, upper-case letters, digits and other characters occur. */
    static int charClasses(CharSequence s) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    static boolean hasDigit(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The length of the longest run of one repeated character. */
    static int longestRun(CharSequence s) {
        int best = 0;
        int run = 0;
        char previous = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            run = i > 0 && c == previous ? run + 1 : 1;
            previous = c;
            best = Math.max(best, run);
        }
        return best;
    }

    static int distinct(CharSequence s) {
        boolean[] seen = new boolean[128];
        java.util.Set<Character> wide = null;
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                if (!seen[c]) {
                    seen[c] = true;
                    count++;
                }
            } else {
                if (wide == null) {
                    wide = new java.util.HashSet<>();
                }
                if (wide.add(c)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Values counting up or down through the alphabet or digits ("abcdefgh", "12345678") are stand-ins. */
    static boolean hasSequence(String lower, int length) {
        int up = 1;
        int down = 1;
        for (int i = 1; i < lower.length(); i++) {
            char a = lower.charAt(i - 1);
            char b = lower.charAt(i);
            boolean alnum = Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b);
            up = alnum && b == a + 1 ? up + 1 : 1;
            down = alnum && b == a - 1 ? down + 1 : 1;
            if (up >= length || down >= length) {
                return true;
            }
        }
        return false;
    }

    static boolean isUuid(String s) {
        if (s.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = Character.toLowerCase(s.charAt(i));
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    static boolean isHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
