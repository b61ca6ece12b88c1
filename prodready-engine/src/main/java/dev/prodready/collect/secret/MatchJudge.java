package dev.prodready.collect.secret;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The false-positive controls: decides whether one regex match is a credential worth reporting. Depends only
 * on the match, its immediate surroundings and the allowlist, so the engine may remember its verdicts.
 */
final class MatchJudge {

    /** Words joined by _ . - where each part is letters, or a short tag such as s3, v2, oauth2. */
    private static final Pattern SEPARATED_WORDS = Pattern.compile(
            "(?:[A-Za-z]+|[A-Za-z]{1,5}[0-9]{1,2})(?:[_.-](?:[A-Za-z]+|[A-Za-z]{1,5}[0-9]{1,2}))+");
    /** Method calls on an object: self._lookup_credentials(), config.get(). */
    private static final Pattern CODE_REFERENCE = Pattern.compile(
            "^[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)+\\(");
    private static final Pattern PEM_HEADER = Pattern.compile(
            "(?:[A-Za-z][A-Za-z-]*: .*|Comment: .*|)");
    private static final Pattern FILE_NAME = Pattern.compile(
            "\\.(?:js|ts|json|ya?ml|py|html|css|png|svg|txt|md|pem|key|crt)$");
    private static final Pattern HOSTNAME = Pattern.compile(
            "[a-z0-9-]+(?:\\.[a-z0-9-]+)+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[a-z]{2,}");
    private static final Pattern MODE_MARKER = Pattern.compile(
            "(?:^|[_-])(?:test|live|prod|sandbox|sbox|dev)[_-]");

    private final Allowlist allowlist;

    MatchJudge(Allowlist allowlist) {
        this.allowlist = allowlist;
    }

    /** Keep the match, keep it as a local-only credential, or drop it. */
    enum Verdict { ACCEPT, LOCAL, REJECT }

    /** The false-positive controls: length, entropy, stand-in values, names, decoding. */
    Verdict judge(SecretRule rule, Matcher m, String secret, String text) {
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
}
