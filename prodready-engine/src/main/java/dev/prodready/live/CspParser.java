package dev.prodready.live;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parses one or more Content-Security-Policy values into directive to source set, following MDN Observatory's
 * rules: directives are case-insensitive, a repeated directive makes the policy invalid (report-uri and
 * report-to excepted), an empty -src directive means 'none', and with several policies a source counts only
 * when every policy allows it.
 */
final class CspParser {

    /** Key under which repeated report-uri/report-to directives are recorded. */
    static final String DUPLICATES = "_observatory_duplicate_key_warnings";

    private static final int SHORTEST_POLICY = "img-src".length() - 1;
    private static final Set<String> ALLOWED_DUPLICATES = Set.of("report-uri", "report-to");
    private static final List<String> META_FORBIDDEN = List.of("frame-ancestors", "report-uri", "sandbox");

    /** Thrown when the policy cannot be parsed; Observatory calls that csp-header-invalid. */
    static final class InvalidPolicy extends Exception {
        InvalidPolicy(String message) {
            super(message);
        }
    }

    private static final class Source {
        final String value;
        final int index;
        boolean keep;

        Source(String value, int index, boolean keep) {
            this.value = value;
            this.index = index;
            this.keep = keep;
        }
    }

    private CspParser() {
    }

    /** Policies from meta tags: directives only allowed in headers are dropped. */
    static Map<String, Set<String>> parseMeta(List<String> policies) throws InvalidPolicy {
        Map<String, Set<String>> csp = parse(policies);
        META_FORBIDDEN.forEach(csp::remove);
        return csp;
    }

    static Map<String, Set<String>> parse(List<String> policies) throws InvalidPolicy {
        List<String> clean = new ArrayList<>();
        for (String p : policies) {
            clean.add(Js.trim(p.replace("\r", "").replace("\n", "")));
        }
        if (clean.isEmpty()) {
            return new LinkedHashMap<>();
        }
        for (String p : clean) {
            if (p.isEmpty() || p.length() < SHORTEST_POLICY) {
                throw new InvalidPolicy("policy too short: '" + p + "'");
            }
        }
        Map<String, List<Source>> csp = new LinkedHashMap<>();
        Set<String> duplicates = new LinkedHashSet<>();
        for (int index = 0; index < clean.size(); index++) {
            Set<String> seen = new HashSet<>();
            for (String entry : clean.get(index).split(";", -1)) {
                List<String> tokens = Js.splitWhitespace(Js.trim(entry));
                String first = tokens.get(0);
                if (first.isEmpty()) {
                    continue;
                }
                String directive = first.toLowerCase(Locale.ROOT);
                if (!seen.add(directive)) {
                    if (ALLOWED_DUPLICATES.contains(directive)) {
                        duplicates.add(directive);
                    } else {
                        throw new InvalidPolicy("directive " + directive + " repeated in policy " + index);
                    }
                }
                boolean keep = index == 0;
                List<Source> values = new ArrayList<>();
                if (tokens.size() > 1) {
                    for (String raw : tokens.subList(1, tokens.size())) {
                        values.add(new Source(Js.trim(raw).toLowerCase(Locale.ROOT), index, keep));
                    }
                } else if (directive.endsWith("-src")) {
                    values.add(new Source("'none'", index, keep));
                }
                List<Source> combined = new ArrayList<>();
                if (index != 0) {
                    combined.addAll(csp.getOrDefault(directive, List.of()));
                }
                combined.addAll(values);
                combined.sort(Comparator.comparing((Source s) -> s.value, CspParser::collate));
                for (int k = 1; k < combined.size(); k++) {
                    Source source = combined.get(k);
                    Source prev = combined.get(k - 1);
                    if (source.index == prev.index && source.value.startsWith(prev.value)) {
                        source.keep = false;
                    }
                    if (source.index != prev.index && pathPartMatch(prev.value, source.value)) {
                        source.keep = true;
                    }
                }
                List<Source> kept = combined.stream().filter(s -> s.keep).toList();
                csp.put(directive, new ArrayList<>(kept));
                if (index == 0 && policies.size() > 1) {
                    kept.forEach(s -> s.keep = false);
                }
            }
        }
        Map<String, Set<String>> result = new LinkedHashMap<>();
        csp.forEach((directive, sources) -> {
            Set<String> set = new LinkedHashSet<>();
            if (sources.isEmpty()) {
                set.add("'none'");
            } else {
                sources.forEach(s -> set.add(s.value));
            }
            result.put(directive, set);
        });
        if (!duplicates.isEmpty()) {
            result.put(DUPLICATES, duplicates);
        }
        return result;
    }

    private static boolean pathPartMatch(String a, String b) throws InvalidPolicy {
        if (a.isEmpty()) {
            return true;
        }
        if (a.equals("/") && b.isEmpty()) {
            return true;
        }
        boolean exact = !a.endsWith("/");
        List<String> partsA = new ArrayList<>(List.of(a.split("/", -1)));
        String[] partsB = b.split("/", -1);
        if (partsA.size() > partsB.length) {
            return false;
        }
        if (exact && partsA.size() != partsB.length) {
            return false;
        }
        if (!exact) {
            partsA.remove(partsA.size() - 1);
        }
        for (int k = 0; k < partsA.size(); k++) {
            if (!decode(partsA.get(k)).equals(decode(partsB[k]))) {
                return false;
            }
        }
        return true;
    }

    private static String decode(String s) throws InvalidPolicy {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidPolicy("malformed percent-encoding in " + s);
        }
    }

    private static final String ORDER = "_-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz";

    /** Approximates the "en" collation Observatory sorts sources with: punctuation, then digits, then letters. */
    static int collate(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int k = 0; k < n; k++) {
            int wa = weight(a.charAt(k));
            int wb = weight(b.charAt(k));
            if (wa != wb) {
                return Integer.compare(wa, wb);
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    private static int weight(char c) {
        char lower = Character.toLowerCase(c);
        int at = ORDER.indexOf(lower);
        return at >= 0 ? at : ORDER.length() + lower;
    }
}
