package dev.prodready.collect.secret;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.prodready.catalogue.Severity;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The secret rules, allowlist and finding messages of {@code secrets/rules.yml}, validated on load: a
 * broken rule file fails loudly with the rule id and field, never silently drops a rule.
 */
public record RuleBook(List<SecretRule> rules, Allowlist allowlist, Map<String, String> messages) {

    public static final String RESOURCE = "/secrets/rules.yml";

    private static final Set<String> RULE_FIELDS = Set.of("id", "provider", "title", "severity", "role", "kind",
            "keywords", "regex", "assign", "entropy", "minLength", "charClasses", "names", "priority", "window",
            "multiline", "anchor", "requires", "jwt", "decode", "clientItem", "skipInTests", "examples");
    private static final Set<String> MESSAGE_KEYS = Set.of("inCode", "clientEnv", "clientCode", "headOnly",
            "historyOnly", "public", "envFileCommitted", "envFileUnignored", "localOnly");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /**
     * Template for rules that know a provider's value by the name it is assigned to: NAME (at the start of
     * a segment of the identifier that holds the keyword), optional quote or bracket, an assignment
     * operator, an optional opening quote, then VALUE and a boundary. Matched from the identifier's start.
     */
    private static final String ASSIGN_TEMPLATE =
            "(?i)(?:[A-Za-z0-9]*+[_.-])*?(?:%s)s?[\"']?\\]?\\s*(?:=|:=|=>|:|\\?=)\\s*[\"'`]?(?-i:(?<secret>%s))(?![A-Za-z0-9_+/=-])";

    public RuleBook {
        rules = List.copyOf(rules);
        messages = Map.copyOf(messages);
    }

    private static volatile RuleBook builtIn;

    /** The rule file shipped with prodready, loaded once. */
    public static RuleBook builtIn() {
        RuleBook result = builtIn;
        if (result == null) {
            synchronized (RuleBook.class) {
                if (builtIn == null) {
                    try (InputStream in = RuleBook.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("missing resource " + RESOURCE);
                        }
                        builtIn = load(in, RESOURCE);
                    } catch (IOException e) {
                        throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
                    }
                }
                result = builtIn;
            }
        }
        return result;
    }

    public Optional<SecretRule> rule(String id) {
        String bare = id.startsWith("secret.") ? id.substring("secret.".length()) : id;
        return rules.stream().filter(r -> r.id().equals(bare)).findFirst();
    }

    /** A copy holding only the given rules (same allowlist and messages): used to test one rule alone. */
    public RuleBook only(List<SecretRule> subset) {
        return new RuleBook(subset, allowlist, messages);
    }

    public static RuleBook load(InputStream in, String source) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
        if (root == null || !root.isObject()) {
            throw new RuleFileException(source + ": expected a mapping at the top");
        }
        Map<String, String> messages = readMessages(source, root.path("messages"));
        Allowlist allowlist = readAllowlist(source, root.path("allowlist"));
        JsonNode list = root.path("rules");
        if (!list.isArray() || list.isEmpty()) {
            throw new RuleFileException(source + ": 'rules' must be a non-empty list");
        }
        List<SecretRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode node : list) {
            SecretRule rule = readRule(source, node);
            if (!ids.add(rule.id())) {
                throw new RuleFileException(source + ": duplicate rule id " + rule.id());
            }
            rules.add(rule);
        }
        return new RuleBook(rules, allowlist, messages);
    }

    private static Map<String, String> readMessages(String source, JsonNode node) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (String key : MESSAGE_KEYS) {
            JsonNode value = node.path(key);
            if (!value.isTextual() || value.asText().isBlank()) {
                throw new RuleFileException(source + ": messages." + key + " is missing");
            }
            messages.put(key, value.asText());
        }
        return messages;
    }

    private static Allowlist readAllowlist(String source, JsonNode node) {
        if (!node.isObject()) {
            throw new RuleFileException(source + ": 'allowlist' must be a mapping");
        }
        List<Pattern> skip = new ArrayList<>();
        for (String regex : strings(source, "allowlist", node, "genericSkipPaths")) {
            skip.add(compile(source, "allowlist.genericSkipPaths", regex));
        }
        return new Allowlist(lowered(strings(source, "allowlist", node, "placeholderWords")),
                lowered(strings(source, "allowlist", node, "genericPlaceholderWords")),
                strings(source, "allowlist", node, "referenceMarkers"),
                Set.copyOf(lowered(strings(source, "allowlist", node, "trivialPasswords"))),
                Set.copyOf(lowered(strings(source, "allowlist", node, "localHosts"))),
                skip,
                Set.copyOf(strings(source, "allowlist", node, "jwtIssuers")),
                Set.copyOf(lowered(strings(source, "allowlist", node, "nameStopwords"))),
                Set.copyOf(lowered(strings(source, "allowlist", node, "nameDenyLast"))),
                strings(source, "allowlist", node, "clientEnvPrefixes"),
                lowered(strings(source, "allowlist", node, "envFileExampleMarkers")),
                Set.copyOf(lowered(strings(source, "allowlist", node, "knownValueHashes"))));
    }

    private static SecretRule readRule(String source, JsonNode node) {
        if (!node.isObject()) {
            throw new RuleFileException(source + ": each rule must be a mapping");
        }
        String id = text(source, "?", node, "id", true);
        String where = source + ": rule " + id;
        if (!ID.matcher(id).matches()) {
            throw new RuleFileException(where + ": id must be lower-case kebab-case");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!RULE_FIELDS.contains(field)) {
                throw new RuleFileException(where + ": unknown field '" + field + "'");
            }
        }
        Severity severity;
        try {
            severity = Severity.fromId(text(source, id, node, "severity", true));
        } catch (IllegalArgumentException e) {
            throw new RuleFileException(where + ": severity must be critical, high, medium, low or info");
        }
        Role role = enumValue(where, "role", Role.class, text(source, id, node, "role", false), Role.SECRET);
        if ((role == Role.PUBLIC) != (severity == Severity.INFO)) {
            throw new RuleFileException(where + ": public rules have severity info, and only they do");
        }
        RuleKind kind = enumValue(where, "kind", RuleKind.class, text(source, id, node, "kind", false),
                RuleKind.TOKEN);
        List<String> keywords = strings(source, id, node, "keywords");
        if (keywords.isEmpty()) {
            throw new RuleFileException(where + ": needs at least one keyword");
        }
        for (String keyword : keywords) {
            if (!keyword.equals(keyword.toLowerCase(Locale.ROOT)) || !keyword.chars().allMatch(c -> c >= 32 && c < 127)) {
                throw new RuleFileException(where + ": keyword '" + keyword + "' must be lower-case printable ASCII");
            }
        }
        String regex = text(source, id, node, "regex", false);
        String anchorText = text(source, id, node, "anchor", false);
        boolean anchor = false;
        JsonNode assign = node.path("assign");
        if ((regex == null) == assign.isMissingNode()) {
            throw new RuleFileException(where + ": give exactly one of 'regex' and 'assign'");
        }
        if (regex == null) {
            String name = text(source, id, assign, "name", true);
            String value = text(source, id, assign, "value", true);
            regex = String.format(ASSIGN_TEMPLATE, name, value);
            if (kind == RuleKind.TOKEN) {
                kind = RuleKind.ASSIGNED;
            }
            anchorText = "identifier";
        }
        Pattern pattern = compile(where, "regex", regex);
        if (!regex.contains("(?<secret>") && pattern.matcher("").groupCount() < 1) {
            throw new RuleFileException(where + ": regex needs a capture group (or one named 'secret') for the secret");
        }
        if (anchorText != null) {
            if (!anchorText.equals("identifier")) {
                throw new RuleFileException(where + ": anchor must be 'identifier'");
            }
            anchor = true;
        }
        if (kind == RuleKind.GENERIC && !regex.contains("(?<name>")) {
            throw new RuleFileException(where + ": generic rules name the variable with a group 'name'");
        }
        OptionalDouble entropy = node.has("entropy") ? OptionalDouble.of(node.get("entropy").asDouble())
                : OptionalDouble.empty();
        boolean multiline = node.path("multiline").asBoolean(false);
        int before = node.path("window").path("before").asInt(multiline ? 64 : 256);
        int after = node.path("window").path("after").asInt(multiline ? 4096 : 1024);
        // Specific formats beat names; names beat the generic rules (see the rule file's header).
        int defaultPriority = switch (kind) {
            case TOKEN, PRIVATE_KEY -> 10;
            case URL -> 8;
            case ASSIGNED -> 5;
            case GENERIC -> -10;
        };
        Optional<Pattern> requires = Optional.ofNullable(text(source, id, node, "requires", false))
                .map(r -> compile(where, "requires", r));
        JsonNode jwtNode = node.path("jwt");
        boolean jwt = !jwtNode.isMissingNode();
        Map<String, String> claims = new LinkedHashMap<>();
        if (jwt && jwtNode.has("claims")) {
            jwtNode.get("claims").fields().forEachRemaining(e -> claims.put(e.getKey(), e.getValue().asText()));
        }
        JsonNode decode = node.path("decode");
        Optional<String> decodeGroup = Optional.empty();
        Optional<Pattern> decodedMatches = Optional.empty();
        if (!decode.isMissingNode()) {
            decodeGroup = Optional.of(text(source, id, decode, "group", true));
            decodedMatches = Optional.of(compile(where, "decode.matches", text(source, id, decode, "matches", true)));
        }
        JsonNode examples = node.path("examples");
        List<SecretRule.Example> match = examples(where, examples.path("match"));
        List<SecretRule.Example> noMatch = examples(where, examples.path("noMatch"));
        if (match.isEmpty() || noMatch.isEmpty()) {
            throw new RuleFileException(where + ": needs examples.match and examples.noMatch");
        }
        return new SecretRule(id, text(source, id, node, "provider", true), text(source, id, node, "title", true),
                severity, role, kind, keywords, pattern, entropy, node.path("minLength").asInt(0),
                node.path("charClasses").asInt(0), lowered(strings(source, id, node, "names")),
                node.path("priority").asInt(defaultPriority), before, after, multiline, anchor, requires, jwt,
                claims, decodeGroup, decodedMatches, Optional.ofNullable(text(source, id, node, "clientItem", false)),
                kind == RuleKind.GENERIC || node.path("skipInTests").asBoolean(false), match, noMatch);
    }

    private static List<SecretRule.Example> examples(String where, JsonNode node) {
        List<SecretRule.Example> result = new ArrayList<>();
        if (node.isMissingNode()) {
            return result;
        }
        if (!node.isArray()) {
            throw new RuleFileException(where + ": examples must be lists");
        }
        for (JsonNode example : node) {
            if (example.isTextual()) {
                result.add(new SecretRule.Example(example.asText(), "src/config.ts"));
            } else if (example.isObject() && example.path("text").isTextual()) {
                result.add(new SecretRule.Example(example.get("text").asText(),
                        example.path("path").asText("src/config.ts")));
            } else {
                throw new RuleFileException(where + ": an example is a string or {text, path}");
            }
        }
        return result;
    }

    private static <E extends Enum<E>> E enumValue(String where, String field, Class<E> type, String value, E dflt) {
        if (value == null) {
            return dflt;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new RuleFileException(where + ": unknown " + field + " '" + value + "'");
        }
    }

    private static Pattern compile(String where, String field, String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new RuleFileException(where + ": " + field + " does not compile: " + e.getDescription());
        }
    }

    private static String text(String source, String id, JsonNode node, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new RuleFileException(source + ": rule " + id + ": '" + field + "' is required");
            }
            return null;
        }
        if (!value.isValueNode()) {
            throw new RuleFileException(source + ": rule " + id + ": '" + field + "' must be a string");
        }
        return value.asText();
    }

    private static List<String> strings(String source, String id, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new RuleFileException(source + ": " + id + ": '" + field + "' must be a list");
        }
        List<String> result = new ArrayList<>();
        value.forEach(v -> result.add(v.asText()));
        return result;
    }

    private static List<String> lowered(List<String> values) {
        return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
    }
}
