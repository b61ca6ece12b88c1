package dev.prodready.collect.secret;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Finds secrets in one text in one pass: an Aho-Corasick automaton over every rule's keywords marks where
 * secrets can be, and each rule's regex runs only in a window around its keyword hits. Matches then pass
 * the false-positive controls, overlapping matches keep the most specific rule, and inline
 * {@code prodready-ignore} comments are honoured. Thread-safe: all per-text state is local.
 */
final class SecretEngine {

    /** What one text yielded: accepted matches in order, how many were suppressed, and notes. */
    record BlobResult(List<SecretMatch> matches, int suppressed, List<String> notes) {
        static final BlobResult EMPTY = new BlobResult(List.of(), 0, List.of());
    }

    private static final String IGNORE = "prodready-ignore:";
    private static final java.util.regex.Pattern HOSTNAME = java.util.regex.Pattern.compile(
            "[a-z0-9-]+(?:\\.[a-z0-9-]+)+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[a-z]{2,}");
    private static final java.util.regex.Pattern MODE_MARKER = java.util.regex.Pattern.compile(
            "(?:^|[_-])(?:test|live|prod|sandbox|sbox|dev)[_-]");

    private final RuleBook book;
    private final List<SecretRule> rules;
    private final Allowlist allowlist;
    private final KeywordAutomaton automaton;
    private final int[][] rulesByKeyword;
    private final int[] secretGroupIndex;
    private final boolean[] namedSecret;

    SecretEngine(RuleBook book) {
        this.book = book;
        this.rules = book.rules();
        this.allowlist = book.allowlist();
        Map<String, List<Integer>> byKeyword = new LinkedHashMap<>();
        for (int r = 0; r < rules.size(); r++) {
            for (String keyword : rules.get(r).keywords()) {
                List<Integer> owners = byKeyword.computeIfAbsent(keyword, k -> new ArrayList<>());
                if (!owners.contains(r)) {
                    owners.add(r);
                }
            }
        }
        List<String> keywords = new ArrayList<>(byKeyword.keySet());
        this.automaton = new KeywordAutomaton(keywords);
        this.rulesByKeyword = new int[keywords.size()][];
        for (int k = 0; k < keywords.size(); k++) {
            rulesByKeyword[k] = byKeyword.get(keywords.get(k)).stream().mapToInt(Integer::intValue).toArray();
        }
        this.secretGroupIndex = new int[rules.size()];
        this.namedSecret = new boolean[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            namedSecret[r] = rules.get(r).namedSecretGroup();
            secretGroupIndex[r] = 1;
        }
    }

    RuleBook book() {
        return book;
    }

    /** Scans decoded text (a working-tree file). */
    BlobResult scan(String path, String text, ClientExposure exposure) {
        Hits hits = new Hits();
        automaton.scan(text, hits::add);
        if (hits.size == 0) {
            return BlobResult.EMPTY;
        }
        return process(path, text, hits, exposure, false);
    }

    /** Scans raw bytes (a history blob) without decoding them unless a keyword occurs. */
    BlobResult scan(String path, byte[] data, int length, ClientExposure exposure) {
        Hits hits = new Hits();
        automaton.scan(data, length, hits::add);
        if (hits.size == 0) {
            return BlobResult.EMPTY;
        }
        // Latin-1 keeps one char per byte: offsets and line counts stay exact and decoding is a copy.
        String text = new String(data, 0, length, StandardCharsets.ISO_8859_1);
        return process(path, text, hits, exposure, true);
    }

    private BlobResult process(String path, String text, Hits hits, ClientExposure exposure, boolean latin1) {
        boolean skipGeneric = allowlist.genericSkipped(path);
        int n = text.length();
        int[] scannedTo = new int[rules.size()];
        byte[] requiresState = new byte[rules.size()];
        Set<Long> seen = new HashSet<>();
        List<Candidate> candidates = new ArrayList<>();
        for (int h = 0; h < hits.size; h++) {
            int keyword = hits.keyword[h];
            int start = hits.start[h];
            for (int r : rulesByKeyword[keyword]) {
                SecretRule rule = rules.get(r);
                if (skipGeneric && rule.skipInTests()) {
                    continue;
                }
                int kwEnd = start + automaton.keywordLength(keyword);
                int from;
                int to;
                if (rule.anchorIdentifier()) {
                    // One run per identifier, however many keywords it holds.
                    from = identifierStart(text, start);
                    if (from < scannedTo[r]) {
                        continue;
                    }
                    to = lineEnd(text, kwEnd, rule.after());
                    scannedTo[r] = identifierEnd(text, kwEnd);
                } else {
                    if (rule.multiline()) {
                        from = Math.max(0, start - rule.before());
                        to = (int) Math.min(n, (long) kwEnd + rule.after());
                    } else {
                        from = lineStart(text, start, rule.before());
                        to = lineEnd(text, kwEnd, rule.after());
                    }
                    // A later hit needs its own run only when its window reaches further than the last one.
                    if (to <= scannedTo[r]) {
                        continue;
                    }
                    scannedTo[r] = to;
                }
                Matcher m = rule.pattern().matcher(text);
                m.useTransparentBounds(true).useAnchoringBounds(false).region(from, to);
                if (rule.anchorIdentifier()) {
                    if (m.lookingAt()) {
                        consider(r, rule, m, text, path, seen, candidates, requiresState);
                    }
                } else {
                    while (m.find()) {
                        consider(r, rule, m, text, path, seen, candidates, requiresState);
                    }
                }
            }
        }
        if (candidates.isEmpty()) {
            return BlobResult.EMPTY;
        }
        List<Candidate> kept = resolveOverlaps(candidates);
        return finish(path, text, kept, exposure, latin1);
    }

    private void consider(int r, SecretRule rule, Matcher m, String text, String path, Set<Long> seen,
                          List<Candidate> out, byte[] requiresState) {
        int s = namedSecret[r] ? m.start("secret") : m.start(secretGroupIndex[r]);
        int e = namedSecret[r] ? m.end("secret") : m.end(secretGroupIndex[r]);
        if (s < 0 || e <= s || !seen.add(((long) r << 32) | s)) {
            return;
        }
        String secret = text.substring(s, e);
        Verdict verdict = judge(rule, m, secret, text);
        if (verdict == Verdict.REJECT) {
            return;
        }
        if (rule.requires().isPresent()) {
            if (requiresState[r] == 0) {
                requiresState[r] = (byte) (rule.requires().get().matcher(text).find() ? 1 : 2);
            }
            if (requiresState[r] == 2) {
                return;
            }
        }
        out.add(new Candidate(r, rule, s, e, secret, verdict == Verdict.LOCAL));
    }

    private enum Verdict { ACCEPT, LOCAL, REJECT }

    /** The false-positive controls: length, entropy, stand-in values, names, decoding. */
    private Verdict judge(SecretRule rule, Matcher m, String secret, String text) {
        if (secret.length() < rule.minLength()) {
            return Verdict.REJECT;
        }
        if (rule.entropy().isPresent() && ValueShape.entropy(secret) < rule.entropy().getAsDouble()) {
            return Verdict.REJECT;
        }
        if (rule.charClasses() > 0 && ValueShape.charClasses(secret) < rule.charClasses()) {
            return Verdict.REJECT;
        }
        if (!allowlist.knownValueHashes().isEmpty()
                && allowlist.knownValueHashes().contains(Redaction.sha256(secret))) {
            return Verdict.REJECT;
        }
        if (secret.startsWith("eyJ") && demoJwt(secret)) {
            return Verdict.REJECT;
        }
        String lower = secret.toLowerCase(Locale.ROOT);
        String body = stripKeyword(rule, secret, lower);
        if (rule.kind() != RuleKind.PRIVATE_KEY
                && (containsAny(secret, lower, allowlist.placeholderWords()) || looksFilled(body))) {
            return Verdict.REJECT;
        }
        switch (rule.kind()) {
            case ASSIGNED, GENERIC -> {
                // Mode markers (sk_test_, _live_) are part of real key formats, not stand-in words.
                String unmarked = MODE_MARKER.matcher(lower).replaceAll("_");
                if (containsAny(secret, unmarked, allowlist.genericPlaceholderWords()) || isReference(secret)
                        || looksLikeIdentifier(secret)) {
                    return Verdict.REJECT;
                }
                if (rule.kind() == RuleKind.GENERIC && !genericValue(rule, m, secret, lower, text)) {
                    return Verdict.REJECT;
                }
            }
            case URL -> {
                if (containsAny(secret, lower, allowlist.genericPlaceholderWords()) || isReference(secret)
                        || allowlist.trivialPasswords().contains(lower)) {
                    return Verdict.REJECT;
                }
                String host = group(m, "host");
                if (host != null && allowlist.localHosts().contains(host.toLowerCase(Locale.ROOT))) {
                    return Verdict.LOCAL;
                }
            }
            case PRIVATE_KEY -> {
                String compact = secret.replace("\\n", "").replace("\\r", "").replaceAll("[\\s\"',+]", "");
                if (compact.length() < 64 || compact.contains("...") || compact.contains("<")
                        || ValueShape.distinct(compact) < 20) {
                    return Verdict.REJECT;
                }
            }
            default -> {
            }
        }
        if (rule.jwt()) {
            Optional<JsonNode> payload = Jwt.payload(secret);
            if (payload.isEmpty()) {
                return Verdict.REJECT;
            }
            JsonNode iss = payload.get().get("iss");
            if (iss != null && allowlist.jwtIssuers().contains(iss.asText())) {
                return Verdict.REJECT;
            }
            if (!Jwt.hasClaims(payload.get(), rule.jwtClaims())) {
                return Verdict.REJECT;
            }
        }
        if (rule.decodeGroup().isPresent()) {
            String encoded = group(m, rule.decodeGroup().get());
            Optional<byte[]> decoded = encoded == null ? Optional.empty() : Jwt.base64(encoded);
            if (decoded.isEmpty() || !rule.decodedMatches().get()
                    .matcher(new String(decoded.get(), StandardCharsets.ISO_8859_1)).find()) {
                return Verdict.REJECT;
            }
        }
        return Verdict.ACCEPT;
    }

    /** A JWT issued by a published demo issuer (the local Supabase stack): public by construction. */
    private boolean demoJwt(String secret) {
        if (secret.indexOf('.') < 0) {
            return false;
        }
        Optional<JsonNode> payload = Jwt.payload(secret);
        JsonNode iss = payload.map(p -> p.get("iss")).orElse(null);
        return iss != null && allowlist.jwtIssuers().contains(iss.asText());
    }

    /** Generic rules: the variable name must end in a secret word, and the value must not be code. */
    private boolean genericValue(SecretRule rule, Matcher m, String secret, String lower, String text) {
        String name = group(m, "name");
        if (name == null || !secretName(rule, name)) {
            return false;
        }
        // ">" assigns only in markup: <password>value</password>.
        if (">".equals(group(m, "op")) && (m.start("name") == 0 || text.charAt(m.start("name") - 1) != '<'
                || !text.startsWith("</", m.end("secret")))) {
            return false;
        }
        if (HOSTNAME.matcher(secret).matches() || bareJson(secret)) {
            return false;
        }
        if (ValueShape.isUuid(secret) || lower.contains("://") || secret.startsWith("/") || secret.startsWith("./")
                || secret.startsWith("../") || secret.startsWith("~/") || lower.matches(".*\\.(?:js|ts|json|ya?ml|py|html|css|png|svg|txt|md|pem|key|crt)$")) {
            return false;
        }
        // Real keys almost always mix in digits; a long mixed-case run can stand in for them.
        return ValueShape.hasDigit(secret) || (secret.length() >= 20 && ValueShape.charClasses(secret) >= 3);
    }

    private boolean secretName(SecretRule rule, String name) {
        List<String> words = identifierWords(name);
        if (words.isEmpty()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (allowlist.nameStopwords().contains(word)) {
                return false;
            }
            // "public key" names the half of a key pair that is meant to be shared.
            if (word.equals("public") && i + 1 < words.size() && words.get(i + 1).equals("key")) {
                return false;
            }
        }
        String last = words.get(words.size() - 1);
        if (allowlist.nameDenyLast().contains(last)) {
            return false;
        }
        int from = Math.max(0, words.size() - 2);
        for (int i = from; i < words.size(); i++) {
            if (rule.names().contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** One base64url segment that decodes to a JSON object: a JWT header or payload, not a credential. */
    private static boolean bareJson(String value) {
        if (!value.startsWith("eyJ") || value.indexOf('.') >= 0) {
            return false;
        }
        return Jwt.base64(value).map(b -> new String(b, StandardCharsets.ISO_8859_1).strip())
                .filter(t -> t.startsWith("{") && t.endsWith("}")).isPresent();
    }

    /** Splits MY_apiKey.value into my, api, key, value. */
    static List<String> identifierWords(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char previous = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean separator = !Character.isLetterOrDigit(c);
            boolean camel = Character.isUpperCase(c) && Character.isLowerCase(previous);
            if (separator || camel) {
                if (current.length() > 0) {
                    words.add(current.toString().toLowerCase(Locale.ROOT));
                    current.setLength(0);
                }
            }
            if (!separator) {
                current.append(c);
            }
            previous = c;
        }
        if (current.length() > 0) {
            words.add(current.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** Constant names, dotted paths and camelCase words are code, not secrets. */
    private static boolean looksLikeIdentifier(String value) {
        String[] parts = value.split("[_.\\-]");
        if (parts.length < 2 && !value.matches("[a-z]+(?:[A-Z][a-z]+)+")) {
            return value.matches("[A-Za-z]+");
        }
        for (String part : parts) {
            if (!part.isEmpty() && !part.matches("[A-Za-z]+")) {
                return false;
            }
        }
        return true;
    }

    private boolean isReference(String value) {
        for (String marker : allowlist.referenceMarkers()) {
            if (value.startsWith(marker) || (marker.length() > 2 && value.contains(marker))) {
                return true;
            }
        }
        return false;
    }

    private static String stripKeyword(SecretRule rule, String secret, String lower) {
        int longest = 0;
        for (String keyword : rule.keywords()) {
            if (keyword.length() > longest && lower.startsWith(keyword)) {
                longest = keyword.length();
            }
        }
        return secret.substring(longest);
    }

    /** Runs of one character or counting sequences mark an example value filled in by hand. */
    private static boolean looksFilled(String body) {
        if (body.length() < 8) {
            return false;
        }
        return ValueShape.longestRun(body) >= 12 || ValueShape.distinct(body) <= 3
                || ValueShape.hasSequence(body.toLowerCase(Locale.ROOT), 8);
    }

    /** Stand-in words, compared ignoring case, except runs of x: a random value often holds "xXx". */
    private static boolean containsAny(String original, String lower, List<String> words) {
        for (String word : words) {
            if (word.chars().allMatch(c -> c == 'x')) {
                if (original.contains(word) || original.contains(word.toUpperCase(Locale.ROOT))) {
                    return true;
                }
            } else if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static String group(Matcher m, String name) {
        try {
            return !name.isEmpty() && Character.isDigit(name.charAt(0)) ? m.group(Integer.parseInt(name)) : m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private record Candidate(int index, SecretRule rule, int start, int end, String secret, boolean local) {
    }

    /** Overlapping matches keep the highest priority, then the longest, then the earliest rule in the file. */
    private static List<Candidate> resolveOverlaps(List<Candidate> candidates) {
        if (candidates.size() == 1) {
            return candidates;
        }
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingInt((Candidate c) -> -c.rule().priority())
                .thenComparingInt(c -> -(c.end() - c.start()))
                .thenComparingInt(Candidate::index));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : ranked) {
            boolean overlaps = false;
            for (Candidate k : kept) {
                if (c.start() < k.end() && k.start() < c.end()) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        return kept;
    }

    private BlobResult finish(String path, String text, List<Candidate> kept, ClientExposure exposure,
                              boolean latin1) {
        List<SecretMatch> matches = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int suppressed = 0;
        int line = 1;
        int pos = 0;
        Boolean clientFile = null;
        for (Candidate c : kept) {
            for (; pos < c.start(); pos++) {
                if (text.charAt(pos) == '\n') {
                    line++;
                }
            }
            int lineStart = text.lastIndexOf('\n', c.start() - 1) + 1;
            Optional<String> ignoreReason = ignored(text, lineStart, c.rule());
            if (ignoreReason.isPresent()) {
                suppressed++;
                if (ignoreReason.get().isEmpty()) {
                    notes.add("prodready-ignore for " + c.rule().ruleId() + " at line " + line
                            + " gives no reason; say why the value is safe to keep");
                }
                continue;
            }
            Optional<String> exposedName = Optional.empty();
            boolean client = false;
            if (c.rule().role() == Role.SECRET) {
                exposedName = exposure.exposedName(text.substring(Math.max(lineStart, c.start() - 300), c.start()));
                if (clientFile == null) {
                    clientFile = exposure.clientFile(path, text);
                }
                client = clientFile;
            }
            String secret = latin1 ? new String(c.secret().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)
                    : c.secret();
            matches.add(new SecretMatch(c.rule(), secret, c.start(), line, exposedName, client, c.local()));
        }
        return new BlobResult(List.copyOf(matches), suppressed, List.copyOf(notes));
    }

    /**
     * A {@code prodready-ignore: <rule> <reason>} comment on the line or the line above: empty when it
     * does not apply, an empty reason when it applies without saying why.
     */
    private static Optional<String> ignored(String text, int lineStart, SecretRule rule) {
        int lineEnd = text.indexOf('\n', lineStart);
        Optional<String> here = ignoreOn(text, lineStart, lineEnd < 0 ? text.length() : lineEnd, rule);
        if (here.isPresent() || lineStart == 0) {
            return here;
        }
        int previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
        return ignoreOn(text, previousStart, lineStart - 1, rule);
    }

    private static Optional<String> ignoreOn(String text, int from, int to, SecretRule rule) {
        int at = text.indexOf(IGNORE, from);
        if (at < 0 || at >= to) {
            return Optional.empty();
        }
        String rest = text.substring(at + IGNORE.length(), to).strip();
        int space = 0;
        while (space < rest.length() && !Character.isWhitespace(rest.charAt(space))) {
            space++;
        }
        String target = rest.substring(0, space);
        if (!(target.equals(rule.id()) || target.equals(rule.ruleId()) || target.equals("*")
                || target.equals("secret.*"))) {
            return Optional.empty();
        }
        String reason = rest.substring(space).replaceAll("(\\*/|-->|#\\}|%>)\\s*$", "").strip();
        return Optional.of(reason);
    }

    private static boolean identifierChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
                || c == '.';
    }

    private static int identifierStart(String text, int pos) {
        int limit = Math.max(0, pos - 128);
        int i = pos;
        while (i > limit && identifierChar(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int identifierEnd(String text, int pos) {
        int limit = Math.min(text.length(), pos + 128);
        int i = pos;
        while (i < limit && identifierChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int lineStart(String text, int pos, int limit) {
        int floor = Math.max(0, pos - limit);
        for (int i = pos - 1; i >= floor; i--) {
            if (text.charAt(i) == '\n') {
                return i + 1;
            }
        }
        return floor;
    }

    private static int lineEnd(String text, int pos, int limit) {
        int ceiling = (int) Math.min(text.length(), (long) pos + limit);
        for (int i = pos; i < ceiling; i++) {
            if (text.charAt(i) == '\n') {
                return i;
            }
        }
        return ceiling;
    }

    /** Keyword hits in text order, as parallel arrays to avoid boxing. */
    private static final class Hits {
        int[] keyword = new int[64];
        int[] start = new int[64];
        int size;

        void add(int k, int s) {
            if (size == keyword.length) {
                keyword = Arrays.copyOf(keyword, size * 2);
                start = Arrays.copyOf(start, size * 2);
            }
            keyword[size] = k;
            start[size] = Math.max(0, s);
            size++;
        }
    }
}
