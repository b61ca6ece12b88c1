package dev.prodready.collect.code;

import dev.prodready.fact.Evidence;
import dev.prodready.fact.ForeignKeyFact;
import dev.prodready.fact.PolicyFact;
import dev.prodready.fact.RlsTableFact;
import dev.prodready.fact.WebSettingFact;
import dev.prodready.workspace.SourceFile;
import dev.prodready.workspace.Workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * SQL migrations applied in file-name order. For Supabase (supabase/migrations): tables in exposed schemas without
 * row-level security, RLS without policies, policies open to anon or every signed-in user, policies whose name or
 * comment promises more than their TO clause and condition enforce, sensitive columns readable by everyone,
 * SECURITY DEFINER functions without a fixed search_path or callable by anon while changing roles, public storage
 * buckets, views that bypass RLS. For every migration set: foreign keys without an index.
 */
final class MigrationAnalysis {

    private static final Pattern IDENTITY = Pattern.compile(
            "(?i)auth\\s*\\.\\s*(uid|jwt|role|email)\\s*\\(|current_user|session_user|request\\.jwt|current_setting\\s*\\(\\s*'request\\.jwt");
    private static final Pattern ROLE_CHECK = Pattern.compile(
            "(?i)->>?\\s*'(role|user_role|is_admin)'|\\bis_admin\\s*\\(|\\bhas_role\\s*\\(|\\brole\\s*=\\s*'(admin|owner)'|user_roles|app_metadata");
    private static final Pattern PRIVILEGE_CHANGE = Pattern.compile(
            "(?is)\\b(update|insert\\s+into)\\b.{0,200}\\b(role|roles|is_admin|is_superuser|app_metadata|raw_app_meta_data|user_roles|permissions)\\b"
                    + "|\\bgrant\\b|\\balter\\s+role\\b|set_config\\s*\\(\\s*'role'|\\bset\\s+role\\b");

    private record MigrationSet(String name, boolean supabase, List<SourceFile> files) {
    }

    private final CodeIndex index;
    private final CodeRules rules;
    private final Pattern sensitive;
    private final Pattern narrowClaim;

    MigrationAnalysis(CodeIndex index) {
        this.index = index;
        this.rules = index.rules();
        this.sensitive = rules.pattern("patterns.sensitiveColumn");
        this.narrowClaim = rules.pattern("patterns.narrowPolicyClaim");
    }

    void analyse(Workspace workspace, Set<String> exposedSchemas) {
        for (MigrationSet set : sets(workspace)) {
            SqlSchema schema = new SqlSchema();
            for (SourceFile file : set.files()) {
                Optional<String> text = file.text();
                if (text.isEmpty()) {
                    continue;
                }
                for (SqlStatements.Statement statement : SqlStatements.split(text.get())) {
                    try {
                        schema.apply(statement, file.path());
                    } catch (RuntimeException e) {
                        // one statement the parser could not follow does not stop the rest of the migration
                    }
                }
            }
            if (set.supabase()) {
                supabase(schema, exposedSchemas);
            }
            foreignKeys(schema);
        }
    }

    private static final Pattern SUPABASE_MIGRATION = Pattern.compile("(.*/)?supabase/migrations/[^/]+\\.sql");
    private static final Pattern PRISMA_MIGRATION = Pattern.compile("(.*/)?prisma/migrations/[^/]+/migration\\.sql");
    private static final Pattern OTHER_MIGRATION =
            Pattern.compile("(.*/)?(migrations|migration|migrate|db/migrations?|sql/migrations?)/[^/]+\\.sql");

    /** Migration folders: supabase/migrations, prisma/migrations/* /migration.sql, db/migrations, flyway db/migration. */
    private static List<MigrationSet> sets(Workspace workspace) {
        Map<String, List<SourceFile>> byFolder = new TreeMap<>();
        for (SourceFile file : workspace.files(f -> f.extension().equals("sql"))) {
            String path = file.path();
            String folder;
            if (SUPABASE_MIGRATION.matcher(path).matches()) {
                folder = path.substring(0, path.lastIndexOf('/'));
            } else if (PRISMA_MIGRATION.matcher(path).matches()) {
                folder = path.substring(0, path.lastIndexOf("/migrations/") + 11);
            } else if (OTHER_MIGRATION.matcher(path).matches() && !path.contains("/down") && !path.endsWith(".down.sql")) {
                folder = path.substring(0, path.lastIndexOf('/'));
            } else {
                continue;
            }
            byFolder.computeIfAbsent(folder, k -> new ArrayList<>()).add(file);
        }
        List<MigrationSet> sets = new ArrayList<>();
        byFolder.forEach((folder, files) -> {
            files.sort(Comparator.comparing(SourceFile::path, MigrationAnalysis::migrationOrder));
            sets.add(new MigrationSet(folder, folder.endsWith("supabase/migrations"), files));
        });
        return sets;
    }

    /** File-name order, with Flyway's V2__ before V10__ (numeric version prefixes compared as numbers). */
    static int migrationOrder(String a, String b) {
        String na = a.substring(a.lastIndexOf('/') + 1);
        String nb = b.substring(b.lastIndexOf('/') + 1);
        java.util.regex.Matcher va = Pattern.compile("^[Vv](\\d+)").matcher(na);
        java.util.regex.Matcher vb = Pattern.compile("^[Vv](\\d+)").matcher(nb);
        if (va.find() && vb.find()) {
            int c = Long.compare(Long.parseLong(va.group(1)), Long.parseLong(vb.group(1)));
            if (c != 0) {
                return c;
            }
        }
        return a.compareTo(b);
    }

    private void supabase(SqlSchema schema, Set<String> exposed) {
        for (SqlSchema.Table table : schema.tables.values()) {
            boolean exposedTable = exposed.contains(table.schema);
            if (exposedTable) {
                table(table);
            }
            if (exposedTable || table.schema.equals("storage")) {
                for (SqlSchema.Policy policy : table.policies.values()) {
                    policy(table, policy);
                }
            }
        }
        for (SqlSchema.Function f : schema.functions.values()) {
            function(f, exposed);
        }
        for (SqlSchema.Bucket bucket : schema.buckets.values()) {
            if (bucket.publicBucket()) {
                String message = "storage bucket '" + bucket.id() + "' is public: anyone with a file's URL can download it";
                add(new PolicyFact("storage", "buckets", bucket.id(), "SELECT", List.of("anon"), "public", "",
                        "public bucket", false, "storage.public-bucket", item("storage.public-bucket"),
                        at(bucket.source(), message)));
            }
        }
        for (SqlSchema.View view : schema.views.values()) {
            if (exposed.contains(view.schema()) && (!view.invoker() || view.materialized())) {
                String message = (view.materialized() ? "materialized view " : "view ") + view.schema() + "." + view.name()
                        + (view.materialized() ? " has no row-level security at all" : " runs with its owner's rights and bypasses"
                        + " the row-level security of the tables it reads (no security_invoker = true)");
                add(new RlsTableFact(view.schema(), view.name(), false, 0, false, "rls.view-bypasses-rls",
                        item("rls.view-bypasses-rls"), at(view.source(), message)));
            }
        }
    }

    private void table(SqlSchema.Table table) {
        int policies = table.policies.size();
        String q = table.qualified();
        if (!table.rls) {
            add(new RlsTableFact(table.schema, table.name, false, policies, false, "rls.disabled", item("rls.disabled"),
                    at(table.source, "table " + q + " has no row-level security; anyone with the public anon key can read"
                            + " and change every row through the API")));
        } else if (policies == 0) {
            add(new RlsTableFact(table.schema, table.name, true, 0, false, "rls.no-policy", item("rls.no-policy"),
                    at(table.source, "table " + q + " has row-level security on but no policy: the API returns nothing,"
                            + " which usually pushes the app to the service-role key")));
        } else {
            add(new RlsTableFact(table.schema, table.name, true, policies, true, "rls.enabled", item("rls.enabled"),
                    at(table.source, "table " + q + " has row-level security with " + policies + " policy(ies)")));
        }
    }

    private void policy(SqlSchema.Table table, SqlSchema.Policy p) {
        List<String> roles = p.roles;
        boolean anyone = roles.isEmpty() || roles.contains("public") || roles.contains("anon");
        boolean signedIn = roles.contains("authenticated");
        String audience = anyone ? "anyone, signed in or not" : "every signed-in user";
        boolean usingTrue = alwaysTrue(p.using);
        boolean checkTrue = alwaysTrue(p.check) || p.check.isEmpty() && usingTrue && !p.command.equals("SELECT");
        boolean open = switch (p.command) {
            case "INSERT" -> checkTrue;
            case "SELECT", "DELETE" -> usingTrue;
            default -> usingTrue || checkTrue;
        };
        String conditions = p.using + " " + p.check;
        if (ROLE_CHECK.matcher(conditions).find()) {
            index.flag("server-role-check");
        }
        boolean identity = IDENTITY.matcher(conditions).find();
        String claim = (p.name + " " + (p.comment == null ? "" : p.comment)).replace('_', ' ');
        String label = "policy \"" + p.name + "\" on " + table.qualified() + " (" + p.command + ")";
        String rule;
        String problem;
        if (p.restrictive || !(anyone || signedIn)) {
            rule = "policy.scoped";
            problem = "";
        } else if ((open || !identity) && narrowClaim.matcher(claim).find()) {
            rule = "policy.misleading";
            problem = label + " reads as limited (\"" + InjectionAnalysis.shorten(claim.strip()) + "\") but lets "
                    + audience + " through: " + (roles.isEmpty() ? "no TO clause" : "TO " + String.join(", ", roles))
                    + ", condition " + (p.using.isEmpty() && p.check.isEmpty() ? "none" : InjectionAnalysis.shorten(conditions.strip()));
        } else if (open && !p.command.equals("SELECT")) {
            rule = "policy.always-true";
            problem = label + " lets " + audience + " " + verb(p.command) + " every row (condition is true)";
        } else if (open && visibilityColumn(table).isPresent()) {
            rule = "policy.always-true";
            problem = label + " lets " + audience + " read every row, ignoring the table's " + visibilityColumn(table).get()
                    + " column";
        } else if (p.command.matches("SELECT|ALL") && (usingTrue || !identity) && sensitiveColumns(table).isPresent()
                && (anyone || usingTrue)) {
            rule = "policy.sensitive-readable";
            problem = label + " lets " + audience + " read " + sensitiveColumns(table).get() + " of every row";
        } else {
            rule = "policy.scoped";
            problem = "";
        }
        boolean safe = rule.equals("policy.scoped");
        String message = safe ? label + (usingTrue ? " allows reading every row (public data)" : " limits rows by its condition")
                : problem;
        add(new PolicyFact(table.schema, table.name, p.name, p.command, roles, p.using, p.check, problem, safe, rule,
                item(rule), at(p.source, message)));
    }

    private Optional<String> visibilityColumn(SqlSchema.Table table) {
        Pattern visibility = rules.pattern("patterns.visibilityColumn");
        return table.columns.keySet().stream().filter(c -> visibility.matcher(c).find()).findFirst();
    }

    private Optional<String> sensitiveColumns(SqlSchema.Table table) {
        List<String> hits = table.columns.keySet().stream().filter(c -> sensitive.matcher(c).find()).toList();
        return hits.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", hits));
    }

    private static String verb(String command) {
        return switch (command) {
            case "INSERT" -> "insert into";
            case "UPDATE" -> "update";
            case "DELETE" -> "delete";
            default -> "read and change";
        };
    }

    static boolean alwaysTrue(String condition) {
        String c = condition.replaceAll("[()\\s]", "").toLowerCase(Locale.ROOT);
        return c.equals("true") || c.equals("1=1") || c.equals("'t'") || c.equals("true=true");
    }

    private void function(SqlSchema.Function f, Set<String> exposed) {
        if (!f.definer) {
            return;
        }
        String name = f.schema + "." + f.name;
        if (ROLE_CHECK.matcher(f.body).find()) {
            index.flag("server-role-check");
        }
        boolean anonCanCall = exposed.contains(f.schema) && !f.revokedFrom.contains("anon")
                || f.grantedTo.contains("anon") || f.grantedTo.contains("public");
        if (anonCanCall && PRIVILEGE_CHANGE.matcher(f.body).find()) {
            add(new WebSettingFact("db-function", "SECURITY DEFINER function " + name + " changes roles or privileges and"
                    + " anon can call it", false, "dbfunction.privilege-escalation", item("dbfunction.privilege-escalation"),
                    at(f.source, "SECURITY DEFINER function " + name + " changes roles or privileges with its owner's rights"
                            + " and is callable by anon through the API (EXECUTE not revoked)")));
        } else if (!f.searchPath) {
            add(new WebSettingFact("db-function", "SECURITY DEFINER without search_path", false,
                    "dbfunction.mutable-search-path", item("dbfunction.mutable-search-path"),
                    at(f.source, "SECURITY DEFINER function " + name + " has no fixed search_path; a caller can shadow the"
                            + " tables and functions it uses")));
        }
    }

    private void foreignKeys(SqlSchema schema) {
        for (SqlSchema.ForeignKey fk : schema.foreignKeys) {
            boolean indexed = schema.indexed.contains(fk.table() + "." + fk.column());
            String rule = indexed ? "perf.fk-indexed" : "perf.fk-unindexed";
            String message = indexed ? "foreign key " + fk.table() + "." + fk.column() + " has an index"
                    : "foreign key " + fk.table() + "." + fk.column() + " -> " + fk.references() + " has no index; joins and"
                    + " deletes on " + fk.references() + " scan " + fk.table();
            add(new ForeignKeyFact(fk.table(), fk.column(), "sql", indexed, rule, item(rule), at(fk.source(), message)));
        }
    }

    private String item(String rule) {
        return rules.rule(rule).item();
    }

    private static Evidence at(SqlSchema.Source source, String message) {
        return Evidence.at(source.path(), source.line(), message);
    }

    private void add(dev.prodready.fact.Fact fact) {
        index.add(fact);
    }
}
