package dev.prodready.check.security;

import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables and row-level-security statements of the Supabase migrations, as the line patterns see them: which public
 * tables are created, which get RLS enabled, and which policies always allow.
 */
final class RlsModel {

    /** A table created in an API-exposed schema. {@code name} is schema-qualified and lower case. */
    record Table(String name, ContentMatch created) {
    }

    /** A policy whose USING or WITH CHECK is the constant true. */
    record PermissivePolicy(String name, String command, Set<String> roles, ContentMatch created, ContentMatch always) {

        boolean writes() {
            return !command.equals("select");
        }
    }

    private static final String NAME = "((?:\"?\\w+\"?\\s*\\.\\s*)?\"?\\w+\"?)";
    private static final Pattern CREATE = Pattern.compile(
            "(?i)^\\s*create\\s+(?:unlogged\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?" + NAME);
    private static final Pattern ALTER = Pattern.compile(
            "(?i)alter\\s+table\\s+(?:if\\s+exists\\s+)?(?:only\\s+)?" + NAME);
    private static final Pattern DROP = Pattern.compile("(?i)^\\s*drop\\s+table\\s+(?:if\\s+exists\\s+)?" + NAME);
    private static final Pattern POLICY_NAME = Pattern.compile("(?i)create\\s+policy\\s+(\"[^\"]*\"|\\w+)");
    private static final Pattern COMMAND = Pattern.compile("(?i)\\bfor\\s+(select|insert|update|delete|all)\\b");
    private static final Pattern ROLES = Pattern.compile("(?i)\\bto\\s+(\\w+(?:\\s*,\\s*\\w+)*)");
    private static final Set<String> EXPOSED_SCHEMAS = Set.of("public");
    private static final Set<String> PRIVILEGED_ROLES = Set.of("service_role", "postgres", "supabase_admin");

    private final List<Table> tables;
    private final Map<String, ContentMatch> enabled;
    private final List<ContentMatch> disabled;
    private final List<ContentMatch> policies;
    private final boolean createsTruncated;
    private final boolean enablesTruncated;

    private RlsModel(List<Table> tables, Map<String, ContentMatch> enabled, List<ContentMatch> disabled,
                     List<ContentMatch> policies, boolean createsTruncated, boolean enablesTruncated) {
        this.tables = tables;
        this.enabled = enabled;
        this.disabled = disabled;
        this.policies = policies;
        this.createsTruncated = createsTruncated;
        this.enablesTruncated = enablesTruncated;
    }

    static RlsModel of(Facts facts) {
        List<ContentMatch> creates = Matches.of(facts, SecurityPatterns.RLS_CREATE_TABLE);
        List<ContentMatch> enables = Matches.of(facts, SecurityPatterns.RLS_ENABLE);
        List<ContentMatch> alterLines = Matches.of(facts, SecurityPatterns.RLS_ALTER_TABLE_LINE);
        Set<String> dropped = new HashSet<>();
        for (ContentMatch d : Matches.of(facts, SecurityPatterns.RLS_DROP_TABLE)) {
            name(DROP, d.text()).ifPresent(dropped::add);
        }
        Map<String, ContentMatch> enabled = new LinkedHashMap<>();
        for (ContentMatch e : enables) {
            Optional<String> table = name(ALTER, e.text());
            if (table.isEmpty()) {
                // "alter table x" on its own line, "enable row level security" on the next
                table = Matches.nearestAbove(alterLines, e)
                        .filter(a -> Matches.line(e) - Matches.line(a) <= 3)
                        .flatMap(a -> name(ALTER, a.text()));
            }
            table.ifPresent(t -> enabled.putIfAbsent(t, e));
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        for (ContentMatch c : creates) {
            name(CREATE, c.text())
                    .filter(t -> EXPOSED_SCHEMAS.contains(t.substring(0, t.indexOf('.'))) && !dropped.contains(t))
                    .ifPresent(t -> tables.putIfAbsent(t, new Table(t, c)));
        }
        return new RlsModel(List.copyOf(tables.values()), enabled,
                Matches.of(facts, SecurityPatterns.RLS_DISABLE), Matches.of(facts, SecurityPatterns.RLS_CREATE_POLICY),
                Matches.truncated(creates), Matches.truncated(enables) || Matches.truncated(alterLines));
    }

    List<Table> tables() {
        return tables;
    }

    List<Table> withoutRls() {
        return tables.stream().filter(t -> !enabled.containsKey(t.name())).toList();
    }

    List<ContentMatch> enableStatements() {
        return tables.stream().map(t -> enabled.get(t.name())).filter(e -> e != null).toList();
    }

    List<ContentMatch> disabled() {
        return disabled;
    }

    List<ContentMatch> policies() {
        return policies;
    }

    /** Some create-table lines may be unseen: a migration holds more than the collector keeps per file. */
    boolean createsTruncated() {
        return createsTruncated;
    }

    /** Some enable-RLS lines may be unseen, so a table that seems to lack RLS may have it. */
    boolean enablesTruncated() {
        return enablesTruncated;
    }

    /** Policies with {@code using (true)} or {@code with check (true)} that apply to roles other than the privileged. */
    static List<PermissivePolicy> permissive(Facts facts) {
        List<ContentMatch> creates = Matches.of(facts, SecurityPatterns.RLS_CREATE_POLICY);
        List<ContentMatch> attributes = Matches.of(facts, SecurityPatterns.RLS_POLICY_ATTRIBUTE);
        List<PermissivePolicy> result = new ArrayList<>();
        for (ContentMatch always : Matches.of(facts, SecurityPatterns.RLS_ALWAYS_TRUE)) {
            Optional<ContentMatch> created = Matches.nearestAbove(creates, always);
            List<String> texts = new ArrayList<>();
            created.ifPresent(c -> texts.add(c.text()));
            int from = created.map(Matches::line).orElse(Matches.line(always));
            attributes.stream()
                    .filter(a -> Matches.path(a).equals(Matches.path(always)))
                    .filter(a -> Matches.line(a) >= from && Matches.line(a) <= Matches.line(always))
                    .filter(a -> created.map(c -> Matches.line(a) != Matches.line(c)).orElse(true))
                    .forEach(a -> texts.add(a.text()));
            if (created.map(c -> Matches.line(c) != Matches.line(always)).orElse(true)) {
                texts.add(always.text());
            }
            String command = "all";
            Set<String> roles = new LinkedHashSet<>();
            for (String text : texts) {
                String plain = text.replaceAll("\"[^\"]*\"", "\"\"").replaceAll("--.*$", "");
                Matcher cm = COMMAND.matcher(plain);
                if (cm.find()) {
                    command = cm.group(1).toLowerCase(Locale.ROOT);
                }
                Matcher rm = ROLES.matcher(plain);
                if (rm.find()) {
                    for (String r : rm.group(1).split(",")) {
                        roles.add(r.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
            if (roles.isEmpty()) {
                roles.add("public");
            }
            if (PRIVILEGED_ROLES.containsAll(roles)) {
                continue;
            }
            String policyName = created.map(c -> {
                Matcher nm = POLICY_NAME.matcher(c.text());
                return nm.find() ? nm.group(1).replace("\"", "") : "unnamed";
            }).orElse("unnamed");
            result.add(new PermissivePolicy(policyName, command, Set.copyOf(roles), created.orElse(always), always));
        }
        return result;
    }

    /** "public.profiles" from the first table name in {@code text}; unqualified names are in public. */
    static Optional<String> name(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String raw = m.group(1).replace("\"", "").replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        return Optional.of(raw.contains(".") ? raw : "public." + raw);
    }
}
