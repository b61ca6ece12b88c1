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
import java.util.regex.Pattern;

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
    /** Words joined by _ . - where each part is letters, or a short tag such as s3, v2, oauth2. */
    private static final Pattern SEPARATED_WORDS = Pattern.compile(
            "(?:[A-Za-z]+|[A-Za-z]{1,5}[0-9]{1,2})(?:[_.-](?:[A-Za-z]+|[A-Za-z]{1,5}[0-9]{1,2}))+");
    /** Method calls on an object: self._lookup_credentials(), config.get(). */
    private static final Pattern CODE_REFERENCE = Pattern.compile(
            "^[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)+\\(");
    private static final Pattern PEM_HEADER = Pattern.compile(
            "(?:[A-Za-z][A-Za-z-]*: .*|Comment: .*|)");
    private static final int CACHE_MASK = (1 << 16) - 1;
    private static final int[] NONE = new int[0];
    private static final Pattern FILE_NAME = Pattern.compile(
            "\\.(?:js|ts|json|ya?ml|py|html|css|png|svg|txt|md|pem|key|crt)$");
    private static final Pattern HOSTNAME = Pattern.compile(
            "[a-z0-9-]+(?:\\.[a-z0-9-]+)+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[a-z]{2,}");
    private static final Pattern MODE_MARKER = Pattern.compile(
            "(?:^|[_-])(?:test|live|prod|sandbox|sbox|dev)[_-]");

    private final RuleBook book;
    private final List<SecretRule> rules;
    private final Allowlist allowlist;
    private final KeywordAutomaton automaton;
    private final int[][] rulesByKeyword;
    private final int[] secretGroupIndex;
    private final boolean[] namedSecret;
    /** Direct-mapped memo of region results, shared by threads: entries are immutable and carry their key. */
    private final RegionResult[] cache = new RegionResult[CACHE_MASK + 1];

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
        Matcher[] matchers = new Matcher[rules.size()];
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
                    int end = identifierEnd(text, kwEnd);
                    scannedTo[r] = end;
                    if (!assignmentFollows(text, end, to)) {
                        continue;
                    }
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
                int[] found = rule.multiline() ? null : cachedRegion(r, text, from, to);
                if (found == null) {
                    Matcher m = matchers[r];
                    if (m == null) {
                        m = matchers[r] = rule.pattern().matcher(text).useTransparentBounds(true)
                                .useAnchoringBounds(false);
                    }
                    found = runRegion(r, rule, m, text, from, to);
                }
                for (int i = 0; i < found.length; i += 3) {
                    int s = from + found[i];
                    if (!seen.add(((long) r << 32) | s)) {
                        continue;
                    }
                    if (rule.requires().isPresent()) {
                        if (requiresState[r] == 0) {
                            requiresState[r] = (byte) (rule.requires().get().matcher(text).find() ? 1 : 2);
                        }
                        if (requiresState[r] == 2) {
                            continue;
                        }
                    }
                    int e = from + found[i + 1];
                    candidates.add(new Candidate(r, rule, s, e, text.substring(s, e), found[i + 2] == 1));
                }
            }
        }
        if (candidates.isEmpty()) {
            return BlobResult.EMPTY;
        }
        List<Candidate> kept = resolveOverlaps(candidates);
        return finish(path, text, kept, exposure, latin1);
    }

    /**
     * Runs one rule over one region: the accepted matches as (start, end, local) triples relative to
     * {@code from}. Judging depends only on the region text and its immediate surroundings, so results are
     * remembered by a hash of that text: history repeats most lines in version after version.
     */
    private int[] runRegion(int r, SecretRule rule, Matcher m, String text, int from, int to) {
        m.region(from, to);
        int[] found = NONE;
        boolean anchored = rule.anchorIdentifier();
        while (anchored ? found == NONE && m.lookingAt() : m.find()) {
            int s = namedSecret[r] ? m.start("secret") : m.start(secretGroupIndex[r]);
            int e = namedSecret[r] ? m.end("secret") : m.end(secretGroupIndex[r]);
            if (s >= 0 && e > s) {
                Verdict verdict = judge(rule, m, text.substring(s, e), text);
                if (verdict != Verdict.REJECT) {
                    found = Arrays.copyOf(found, found.length + 3);
                    found[found.length - 3] = s - from;
                    found[found.length - 2] = e - from;
                    found[found.length - 1] = verdict == Verdict.LOCAL ? 1 : 0;
                }
            }
            if (anchored) {
                break;
            }
        }
        if (!rule.multiline()) {
            long key = regionKey(r, text, from, to);
            cache[(int) (key & CACHE_MASK)] = new RegionResult(key, found);
        }
        return found;
    }

    private int[] cachedRegion(int r, String text, int from, int to) {
        long key = regionKey(r, text, from, to);
        RegionResult hit = cache[(int) (key & CACHE_MASK)];
        return hit != null && hit.key() == key ? hit.found() : null;
    }

    /** FNV-1a over the rule, the region and one character either side (judging looks at both). */
    private static long regionKey(int r, String text, int from, int to) {
        long h = 0xcbf29ce484222325L ^ r;
        int end = Math.min(text.length(), to + 2);
        for (int i = Math.max(0, from - 1); i < end; i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h ^ ((long) (to - from) << 48);
    }

    private record RegionResult(long key, int[] found) {
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
                if (continuesAsTemplate(m, rule, text)) {
                    return Verdict.REJECT;
                }
                // Mode markers (sk_test_, _live_) are part of real key formats, not stand-in words.
                String unmarked = MODE_MARKER.matcher(lower).replaceAll("_");
                if (containsAny(secret, unmarked, allowlist.genericPlaceholderWords())
                        || containsLongWord(deLeet(unmarked), allowlist.genericPlaceholderWords())
                        || isReference(secret) || looksLikeIdentifier(secret) || CODE_REFERENCE.matcher(secret).find()) {
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
                if (!pemBody(secret)) {
                    return Verdict.REJECT;
                }
                // Long stand-in words ("EXAMPLE" in vendor docs) cannot occur by chance in a key body.
                for (String word : allowlist.placeholderWords()) {
                    if (word.length() >= 6 && lower.contains(word)) {
                        return Verdict.REJECT;
                    }
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

    /**
     * The body of a PEM-style block must be base64 after header lines ("Proc-Type: ..."), line breaks
     * (real or escaped as \\n inside a string) and string concatenation are taken out: prose, code and
     * templates between a BEGIN and an END marker are not a key.
     */
    static boolean pemBody(String body) {
        StringBuilder compact = new StringBuilder(body.length());
        for (String line : body.replace("\\r", "\n").replace("\\n", "\n").split("\n")) {
            String t = line.strip();
            if (PEM_HEADER.matcher(t).matches()) {
                continue;
            }
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '"' || c == '\'' || c == '+' && (i == t.length() - 1 || i == 0) || c == ',' || c == ' ') {
                    continue;
                }
                compact.append(c);
            }
        }
        if (compact.length() < 64) {
            return false;
        }
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
                    || c == '=')) {
                return false;
            }
        }
        return ValueShape.distinct(compact) >= 20;
    }

    /** A value running straight into template or expression syntax ({{, ${, <%) is a fragment, not a secret. */
    private boolean continuesAsTemplate(Matcher m, SecretRule rule, String text) {
        int end = namedSecretEnd(m, rule);
        if (end < 0 || end >= text.length()) {
            return false;
        }
        char next = text.charAt(end);
        return next == '{' || next == '$' || next == '%' || next == '[' || next == '(';
    }

    private int namedSecretEnd(Matcher m, SecretRule rule) {
        try {
            return rule.namedSecretGroup() ? m.end("secret") : m.end(1);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return -1;
        }
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
        int nameStart = m.start("name");
        // A name inside an ARN, URL or C++/CloudFormation type path (a:b:secret) is not a variable.
        if (nameStart > 0 && (text.charAt(nameStart - 1) == ':' || text.charAt(nameStart - 1) == '/')) {
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
                || secret.startsWith("../") || secret.startsWith("~/") || FILE_NAME.matcher(lower).find()) {
            return false;
        }
        if (wordyPath(secret) || wordyName(secret)) {
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

    /**
     * Constant names, dotted paths and camelCase words are code, not secrets: letters only, either in words
     * joined by _ . -, or one word that is all one case or camelCase (each capital starts a lower-case run).
     */
    static boolean looksLikeIdentifier(String value) {
        if (SEPARATED_WORDS.matcher(value).matches()) {
            return true;
        }
        boolean separator = false;
        boolean lower = false;
        boolean upper = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '_' || c == '.' || c == '-') {
                separator = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else {
                return false;
            }
        }
        if (separator || !lower || !upper) {
            return true;
        }
        int n = value.length();
        for (int i = 0; i < n; i++) {
            if (Character.isUpperCase(value.charAt(i))
                    && !(i + 2 < n && Character.isLowerCase(value.charAt(i + 1)) && Character.isLowerCase(value.charAt(i + 2)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A dotted path whose parts read as words (win32api.RegOpenKeyEx, fs.s3.enableServerSideEncryption):
     * split at case changes and digits, word-like parts average three characters a run; random text about two.
     */
    static boolean wordyPath(String value) {
        String[] parts = value.split("\\.", -1);
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || !Character.isLetter(part.charAt(0))) {
                return false;
            }
            int runs = 0;
            int letters = 0;
            int kind = -1;
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                int k = Character.isDigit(c) ? 0 : Character.isUpperCase(c) ? 1 : Character.isLowerCase(c) ? 2 : 3;
                if (k == 3) {
                    if (c != '_') {
                        return false;
                    }
                    kind = -1;
                    continue;
                }
                letters++;
                // A run starts at a digit/letter change, at a capital after lower case, and at the capital that
                // begins a word after an acronym (MLKEMPrivate: MLKEM, Private).
                boolean starts = kind == -1 || (k == 0) != (kind == 0) || (k == 1 && kind == 2)
                        || (k == 2 && kind == 1 && i >= 2 && Character.isUpperCase(part.charAt(i - 2)));
                if (starts) {
                    runs++;
                }
                kind = k;
            }
            if (runs == 0 || (double) letters / runs < 2.5) {
                return false;
            }
        }
        return true;
    }

    /**
     * One CamelCase name with digits (Ipv6CidrAssociations, PKCS12PrivateKeyTypes): letters and digits only,
     * both cases, and runs averaging four characters; random text of that alphabet averages about two.
     */
    static boolean wordyName(String value) {
        boolean lower = false;
        boolean upper = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isLetterOrDigit(c) || c > 127) {
                return false;
            }
            lower |= Character.isLowerCase(c);
            upper |= Character.isUpperCase(c);
        }
        return lower && upper && averageRun(value) >= 4.0;
    }

    private static double averageRun(String part) {
        int runs = 0;
        int letters = 0;
        int kind = -1;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            int k = Character.isDigit(c) ? 0 : Character.isUpperCase(c) ? 1 : 2;
            letters++;
            boolean starts = kind == -1 || (k == 0) != (kind == 0) || (k == 1 && kind == 2)
                    || (k == 2 && kind == 1 && i >= 2 && Character.isUpperCase(part.charAt(i - 2)));
            if (starts) {
                runs++;
            }
            kind = k;
        }
        return runs == 0 ? 0 : (double) letters / runs;
    }

    /** Only words of six letters or more: short ones would turn up in random values once symbols are undone. */
    private static boolean containsLongWord(String text, List<String> words) {
        for (String word : words) {
            if (word.length() >= 6 && text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Undoes common letter-for-symbol swaps (p@55w0rd) so stand-in words are still recognised. */
    private static String deLeet(String lower) {
        StringBuilder sb = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            sb.append(switch (c) {
                case '@', '4' -> 'a';
                case '5', '$' -> 's';
                case '0' -> 'o';
                case '3' -> 'e';
                case '1', '!' -> 'i';
                case '7' -> 't';
                default -> c;
            });
        }
        return sb.toString();
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
            if (word.charAt(0) == 'x' && isXRun(word)) {
                if (original.contains(word) || original.contains(word.toUpperCase(Locale.ROOT))) {
                    return true;
                }
            } else if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isXRun(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (word.charAt(i) != 'x') {
                return false;
            }
        }
        return true;
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
            for (int nl = text.indexOf('\n', pos); nl >= 0 && nl < c.start(); nl = text.indexOf('\n', pos)) {
                line++;
                pos = nl + 1;
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
        int at = -1;
        for (int i = from; i + IGNORE.length() <= to; i++) {
            if (text.charAt(i) == 'p' && text.startsWith(IGNORE, i)) {
                at = i;
                break;
            }
        }
        if (at < 0) {
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

    /** After an identifier: optional quote, bracket and spaces, then an assignment operator. */
    private static boolean assignmentFollows(String text, int pos, int limit) {
        int i = pos;
        while (i < limit) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'' || c == ']' || c == ' ' || c == '\t') {
                i++;
            } else {
                return c == '=' || c == ':' || c == '>' || c == '?';
            }
        }
        return false;
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
