package dev.prodready.collect.code;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database as a sequence of migrations leaves it: tables and their columns, row-level security, policies,
 * foreign keys and indexes, functions, views and storage buckets. Statements are applied in order, so a later
 * DROP POLICY, ALTER POLICY or CREATE OR REPLACE FUNCTION replaces what came before. Only the statements that
 * matter for access rules and indexes are understood; the rest are skipped.
 */
final class SqlSchema {

    /** Where a statement was written. */
    record Source(String path, int line) {
    }

    static final class Table {
        final String schema;
        String name;
        final Source source;
        final Map<String, Source> columns = new LinkedHashMap<>();
        boolean rls;
        final Map<String, Policy> policies = new LinkedHashMap<>();

        Table(String schema, String name, Source source) {
            this.schema = schema;
            this.name = name;
            this.source = source;
        }

        String qualified() {
            return schema + "." + name;
        }
    }

    static final class Policy {
        String name;
        final String table;
        String command = "ALL";
        List<String> roles = List.of();
        String using = "";
        String check = "";
        boolean restrictive;
        String comment;
        Source source;

        Policy(String name, String table, Source source, String comment) {
            this.name = name;
            this.table = table;
            this.source = source;
            this.comment = comment;
        }
    }

    record ForeignKey(String table, String column, String references, Source source) {
    }

    static final class Function {
        final String schema;
        final String name;
        boolean definer;
        boolean searchPath;
        String body = "";
        Source source;
        final Set<String> revokedFrom = new LinkedHashSet<>();
        final Set<String> grantedTo = new LinkedHashSet<>();

        Function(String schema, String name, Source source) {
            this.schema = schema;
            this.name = name;
            this.source = source;
        }
    }

    record Bucket(String id, boolean publicBucket, Source source) {
    }

    record View(String schema, String name, boolean invoker, boolean materialized, Source source) {
    }

    private static final String IDENT = "(?:\"[^\"]+\"|[\\w$]+)";
    private static final String QNAME = "(" + IDENT + "(?:\\s*\\.\\s*" + IDENT + ")?)";
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "^CREATE\\s+(?:(?:GLOBAL|LOCAL)\\s+)?(?:(?:TEMP|TEMPORARY|UNLOGGED)\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?" + QNAME + "\\s*\\(", CI);
    private static final Pattern ALTER_TABLE = Pattern.compile(
            "^ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?" + QNAME + "\\s+(.*)$", CI);
    private static final Pattern DROP_TABLE = Pattern.compile("^DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(.*)$", CI);
    private static final Pattern CREATE_INDEX = Pattern.compile(
            "^CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+(?:CONCURRENTLY\\s+)?(?:IF\\s+NOT\\s+EXISTS\\s+)?(?:" + IDENT + "\\s+)?ON\\s+(?:ONLY\\s+)?"
                    + QNAME + "\\s*(?:USING\\s+\\w+\\s*)?\\(\\s*(" + IDENT + ")", CI);
    private static final Pattern CREATE_POLICY = Pattern.compile("^CREATE\\s+POLICY\\s+(" + IDENT + ")\\s+ON\\s+" + QNAME + "(.*)$", CI);
    private static final Pattern ALTER_POLICY = Pattern.compile("^ALTER\\s+POLICY\\s+(" + IDENT + ")\\s+ON\\s+" + QNAME + "(.*)$", CI);
    private static final Pattern DROP_POLICY = Pattern.compile(
            "^DROP\\s+POLICY\\s+(?:IF\\s+EXISTS\\s+)?(" + IDENT + ")\\s+ON\\s+" + QNAME, CI);
    private static final Pattern COMMENT_POLICY = Pattern.compile(
            "^COMMENT\\s+ON\\s+POLICY\\s+(" + IDENT + ")\\s+ON\\s+" + QNAME + "\\s+IS\\s+'(.*)'\\s*$", CI);
    private static final Pattern CREATE_FUNCTION = Pattern.compile(
            "^CREATE\\s+(?:OR\\s+REPLACE\\s+)?FUNCTION\\s+" + QNAME + "\\s*\\(", CI);
    private static final Pattern GRANT_FUNCTION = Pattern.compile(
            "^(GRANT|REVOKE)\\s+(?:ALL(?:\\s+PRIVILEGES)?|EXECUTE)\\s+ON\\s+(?:FUNCTION|ROUTINE)\\s+" + QNAME
                    + "(?:\\s*\\([^)]*\\))?\\s+(?:TO|FROM)\\s+(.*)$", CI);
    private static final Pattern INSERT_BUCKET = Pattern.compile(
            "^INSERT\\s+INTO\\s+storage\\s*\\.\\s*buckets\\s*\\(([^)]*)\\)\\s*VALUES\\s*(.*)$", CI);
    private static final Pattern UPDATE_BUCKET = Pattern.compile(
            "^UPDATE\\s+storage\\s*\\.\\s*buckets\\s+SET\\s+public\\s*=\\s*(true|false)\\s+WHERE\\s+(?:id|name)\\s*=\\s*'([^']*)'", CI);
    private static final Pattern CREATE_VIEW = Pattern.compile(
            "^CREATE\\s+(?:OR\\s+REPLACE\\s+)?(MATERIALIZED\\s+)?VIEW\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?" + QNAME
                    + "(\\s+WITH\\s*\\(([^)]*)\\))?\\s", CI);
    private static final Pattern ALTER_VIEW_INVOKER = Pattern.compile(
            "^ALTER\\s+VIEW\\s+(?:IF\\s+EXISTS\\s+)?" + QNAME + "\\s+SET\\s*\\(\\s*security_invoker\\s*=\\s*(true|on|1)", CI);
    private static final Pattern REFERENCES = Pattern.compile("\\bREFERENCES\\s+" + QNAME, CI);
    private static final Pattern FOREIGN_KEY = Pattern.compile(
            "FOREIGN\\s+KEY\\s*\\(\\s*(" + IDENT + ")[^)]*\\)\\s*REFERENCES\\s+" + QNAME, CI);
    private static final Pattern KEY_COLUMNS = Pattern.compile("(?:PRIMARY\\s+KEY|UNIQUE)\\s*\\(\\s*(" + IDENT + ")", CI);
    private static final Pattern DOLLAR_BODY = Pattern.compile("\\$(\\w*)\\$.*?\\$\\1\\$", Pattern.DOTALL);

    final Map<String, Table> tables = new LinkedHashMap<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final Set<String> indexed = new LinkedHashSet<>();
    final Map<String, Function> functions = new LinkedHashMap<>();
    final Map<String, Bucket> buckets = new LinkedHashMap<>();
    final Map<String, View> views = new LinkedHashMap<>();

    static String name(String raw) {
        String s = raw.strip();
        if (s.startsWith("\"") && s.endsWith("\"") && s.length() > 1) {
            return s.substring(1, s.length() - 1);
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /** "public.todos", "todos", "\"Todos\"" to schema-qualified form with public as the default schema. */
    static String qualified(String raw) {
        String s = raw.replaceAll("\\s*\\.\\s*", ".");
        int dot = -1;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '.' && !quoted) {
                dot = i;
            }
        }
        return dot < 0 ? "public." + name(s) : name(s.substring(0, dot)) + "." + name(s.substring(dot + 1));
    }

    void apply(SqlStatements.Statement statement, String path) {
        String text = statement.text();
        Source at = new Source(path, statement.line());
        Matcher m;
        if ((m = CREATE_TABLE.matcher(text)).find()) {
            createTable(statement, path, m);
        } else if ((m = ALTER_TABLE.matcher(text)).find()) {
            alterTable(statement, path, qualified(m.group(1)), m.group(2), m.start(2));
        } else if ((m = DROP_TABLE.matcher(text)).find()) {
            for (String t : m.group(1).replaceAll("(?i)\\b(CASCADE|RESTRICT)\\b", "").split(",")) {
                tables.remove(qualified(t.strip()));
            }
        } else if ((m = CREATE_INDEX.matcher(text)).find()) {
            indexed.add(qualified(m.group(1)) + "." + name(m.group(2)));
        } else if ((m = CREATE_POLICY.matcher(text)).find()) {
            Table table = table(qualified(m.group(2)), at);
            Policy policy = new Policy(name(m.group(1)), table.qualified(), at, statement.comment());
            policyClauses(policy, m.group(3));
            table.policies.put(policy.name, policy);
        } else if ((m = ALTER_POLICY.matcher(text)).find()) {
            Table table = table(qualified(m.group(2)), at);
            Policy policy = table.policies.get(name(m.group(1)));
            if (policy != null) {
                Matcher rename = Pattern.compile("^\\s*RENAME\\s+TO\\s+(" + IDENT + ")", CI).matcher(m.group(3));
                if (rename.find()) {
                    table.policies.remove(policy.name);
                    policy.name = name(rename.group(1));
                    table.policies.put(policy.name, policy);
                } else {
                    policyClauses(policy, m.group(3));
                    policy.source = at;
                }
            }
        } else if ((m = DROP_POLICY.matcher(text)).find()) {
            Table table = tables.get(qualified(m.group(2)));
            if (table != null) {
                table.policies.remove(name(m.group(1)));
            }
        } else if ((m = COMMENT_POLICY.matcher(text)).find()) {
            Table table = tables.get(qualified(m.group(2)));
            Policy policy = table == null ? null : table.policies.get(name(m.group(1)));
            if (policy != null) {
                policy.comment = (policy.comment == null ? "" : policy.comment + " ") + m.group(3).replace("''", "'");
            }
        } else if ((m = CREATE_FUNCTION.matcher(text)).find()) {
            createFunction(text, at, qualified(m.group(1)));
        } else if ((m = GRANT_FUNCTION.matcher(text)).find()) {
            Function f = functions.get(qualified(m.group(2)));
            if (f != null) {
                for (String role : m.group(3).split(",")) {
                    String r = role.strip().toLowerCase(Locale.ROOT);
                    (m.group(1).equalsIgnoreCase("GRANT") ? f.grantedTo : f.revokedFrom).add(r);
                    (m.group(1).equalsIgnoreCase("GRANT") ? f.revokedFrom : f.grantedTo).remove(r);
                }
            }
        } else if ((m = INSERT_BUCKET.matcher(text)).find()) {
            buckets(m.group(1), m.group(2), at);
        } else if ((m = UPDATE_BUCKET.matcher(text)).find()) {
            buckets.put(m.group(2), new Bucket(m.group(2), m.group(1).equalsIgnoreCase("true"), at));
        } else if ((m = CREATE_VIEW.matcher(text)).find()) {
            String q = qualified(m.group(2));
            String options = m.group(4) == null ? "" : m.group(4).toLowerCase(Locale.ROOT);
            boolean invoker = options.matches("(?s).*security_invoker\\s*=\\s*(true|on|1).*");
            views.put(q, new View(q.substring(0, q.indexOf('.')), q.substring(q.indexOf('.') + 1), invoker,
                    m.group(1) != null, at));
        } else if ((m = ALTER_VIEW_INVOKER.matcher(text)).find()) {
            String q = qualified(m.group(1));
            View v = views.get(q);
            if (v != null) {
                views.put(q, new View(v.schema(), v.name(), true, v.materialized(), v.source()));
            }
        }
    }

    private Table table(String qualified, Source at) {
        return tables.computeIfAbsent(qualified, q -> new Table(q.substring(0, q.indexOf('.')), q.substring(q.indexOf('.') + 1), at));
    }

    private void createTable(SqlStatements.Statement statement, String path, Matcher m) {
        String text = statement.text();
        String q = qualified(m.group(1));
        Table table = new Table(q.substring(0, q.indexOf('.')), q.substring(q.indexOf('.') + 1), new Source(path, statement.line()));
        Table previous = tables.put(q, table);
        if (previous != null) {
            table.rls = previous.rls;
            table.policies.putAll(previous.policies);
        }
        int open = m.end() - 1;
        int close = matching(text, open);
        String body = text.substring(open + 1, close);
        int partStart = 0;
        for (String part : topLevel(body)) {
            int at = open + 1 + partStart;
            partStart += part.length() + 1;
            String def = part.strip();
            int line = statement.lineAt(at + (part.length() - part.stripLeading().length()));
            String first = def.split("\\s+")[0];
            if (first.matches("(?i)CONSTRAINT|PRIMARY|FOREIGN|UNIQUE|CHECK|EXCLUDE|LIKE")) {
                Matcher fk = FOREIGN_KEY.matcher(def);
                if (fk.find()) {
                    foreignKeys.add(new ForeignKey(q, name(fk.group(1)), qualified(fk.group(2)), new Source(path, line)));
                }
                Matcher key = KEY_COLUMNS.matcher(def);
                if (key.find()) {
                    indexed.add(q + "." + name(key.group(1)));
                }
            } else if (!def.isEmpty()) {
                String column = name(first);
                table.columns.put(column, new Source(path, line));
                Matcher ref = REFERENCES.matcher(def);
                if (ref.find()) {
                    foreignKeys.add(new ForeignKey(q, column, qualified(ref.group(1)), new Source(path, line)));
                }
                if (def.matches("(?is).*\\b(PRIMARY\\s+KEY|UNIQUE)\\b.*")) {
                    indexed.add(q + "." + column);
                }
            }
        }
    }

    private void alterTable(SqlStatements.Statement statement, String path, String q, String actions, int actionsAt) {
        Table table = tables.get(q);
        for (String action : topLevel(actions)) {
            String a = action.strip().replaceAll("\\s+", " ");
            String upper = a.toUpperCase(Locale.ROOT);
            int line = statement.lineAt(actionsAt + Math.max(0, actions.indexOf(action)));
            if (upper.startsWith("ENABLE ROW LEVEL SECURITY") || upper.startsWith("FORCE ROW LEVEL SECURITY")) {
                table(q, new Source(path, statement.line())).rls = true;
            } else if (upper.startsWith("DISABLE ROW LEVEL SECURITY") || upper.startsWith("NO FORCE")) {
                if (table != null && upper.startsWith("DISABLE")) {
                    table.rls = false;
                }
            } else if (upper.startsWith("RENAME TO ")) {
                if (table != null) {
                    tables.remove(q);
                    table.name = name(a.substring(10));
                    tables.put(table.qualified(), table);
                }
            } else if (upper.startsWith("ADD ")) {
                Matcher fk = FOREIGN_KEY.matcher(a);
                if (fk.find()) {
                    foreignKeys.add(new ForeignKey(q, name(fk.group(1)), qualified(fk.group(2)), new Source(path, line)));
                    continue;
                }
                Matcher key = KEY_COLUMNS.matcher(a);
                if (key.find()) {
                    indexed.add(q + "." + name(key.group(1)));
                    continue;
                }
                String def = a.replaceFirst("(?i)^ADD\\s+(COLUMN\\s+)?(IF\\s+NOT\\s+EXISTS\\s+)?", "");
                String column = name(def.split("\\s+")[0]);
                if (table != null) {
                    table.columns.put(column, new Source(path, line));
                }
                Matcher ref = REFERENCES.matcher(def);
                if (ref.find()) {
                    foreignKeys.add(new ForeignKey(q, column, qualified(ref.group(1)), new Source(path, line)));
                }
            } else if (upper.startsWith("DROP COLUMN ") && table != null) {
                table.columns.remove(name(a.substring(12).replaceFirst("(?i)^IF EXISTS ", "").split("\\s+")[0]));
            }
        }
    }

    private static void policyClauses(Policy policy, String rest) {
        String r = rest;
        Matcher as = Pattern.compile("\\bAS\\s+(PERMISSIVE|RESTRICTIVE)\\b", CI).matcher(r);
        if (as.find()) {
            policy.restrictive = as.group(1).equalsIgnoreCase("RESTRICTIVE");
        }
        Matcher command = Pattern.compile("\\bFOR\\s+(ALL|SELECT|INSERT|UPDATE|DELETE)\\b", CI).matcher(r);
        if (command.find()) {
            policy.command = command.group(1).toUpperCase(Locale.ROOT);
        }
        Matcher to = Pattern.compile("\\bTO\\s+(.*?)(?=\\bUSING\\b|\\bWITH\\s+CHECK\\b|$)", CI).matcher(r);
        if (to.find()) {
            List<String> roles = new ArrayList<>();
            for (String role : to.group(1).split(",")) {
                String name = name(role.strip());
                if (!name.isEmpty()) {
                    roles.add(name);
                }
            }
            policy.roles = roles;
        }
        Matcher using = Pattern.compile("\\bUSING\\s*\\(", CI).matcher(r);
        if (using.find()) {
            int close = matching(r, using.end() - 1);
            policy.using = r.substring(using.end(), close).strip();
        }
        Matcher check = Pattern.compile("\\bWITH\\s+CHECK\\s*\\(", CI).matcher(r);
        if (check.find()) {
            int close = matching(r, check.end() - 1);
            policy.check = r.substring(check.end(), close).strip();
        }
    }

    private void createFunction(String text, Source at, String q) {
        Function f = functions.get(q);
        Function replaced = new Function(q.substring(0, q.indexOf('.')), q.substring(q.indexOf('.') + 1), at);
        if (f != null) {
            replaced.revokedFrom.addAll(f.revokedFrom);
            replaced.grantedTo.addAll(f.grantedTo);
        }
        Matcher body = DOLLAR_BODY.matcher(text);
        String outside = text;
        if (body.find()) {
            replaced.body = body.group();
            outside = text.substring(0, body.start()) + " " + text.substring(body.end());
        } else {
            Matcher quoted = Pattern.compile("\\bAS\\s+'((?:[^']|'')*)'", CI).matcher(text);
            if (quoted.find()) {
                replaced.body = quoted.group(1);
                outside = text.substring(0, quoted.start()) + " " + text.substring(quoted.end());
            }
        }
        replaced.definer = outside.matches("(?is).*\\bSECURITY\\s+DEFINER\\b.*");
        replaced.searchPath = outside.matches("(?is).*\\bSET\\s+search_path\\b.*");
        functions.put(q, replaced);
    }

    private void buckets(String columns, String values, Source at) {
        List<String> cols = new ArrayList<>();
        for (String c : columns.split(",")) {
            cols.add(name(c.strip()));
        }
        int idIndex = cols.indexOf("id") >= 0 ? cols.indexOf("id") : cols.indexOf("name");
        int publicIndex = cols.indexOf("public");
        int i = 0;
        while (i < values.length()) {
            int open = values.indexOf('(', i);
            if (open < 0) {
                break;
            }
            int close = matching(values, open);
            List<String> tuple = topLevel(values.substring(open + 1, close));
            String id = idIndex >= 0 && idIndex < tuple.size() ? tuple.get(idIndex).strip().replaceAll("^'|'$", "") : "?";
            boolean pub = publicIndex >= 0 && publicIndex < tuple.size() && tuple.get(publicIndex).strip().equalsIgnoreCase("true");
            buckets.put(id, new Bucket(id, pub, at));
            i = close + 1;
            if (values.substring(i).strip().toUpperCase(Locale.ROOT).startsWith("ON CONFLICT")) {
                Matcher update = Pattern.compile("public\\s*=\\s*(true|false|excluded\\.public)", CI).matcher(values.substring(i));
                if (update.find() && !update.group(1).toLowerCase(Locale.ROOT).startsWith("excluded")) {
                    buckets.put(id, new Bucket(id, update.group(1).equalsIgnoreCase("true"), at));
                }
                break;
            }
        }
    }

    /** The index of the parenthesis closing the one at {@code open} (quotes respected), or the text's end. */
    static int matching(String text, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return text.length();
    }

    /** Splits on commas that are not inside parentheses or quotes. */
    static List<String> topLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }
}
