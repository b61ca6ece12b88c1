package dev.prodready.collect.code;

import com.fasterxml.jackson.databind.JsonNode;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.QuerySinkFact;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * SQL built from strings reaching a query call (pg, mysql2, knex raw, Prisma *Unsafe, Sequelize, Drizzle sql.raw,
 * SQLAlchemy text(), DB-API execute, Django raw/extra, JDBC, JPA, database/sql, PDO, ActiveRecord), and NoSQL
 * filters taken from the request. Parameterised queries, tagged templates and ORM calls are recorded as safe.
 */
final class InjectionAnalysis {

    private static final Pattern SQL_START = Pattern.compile(
            "^\\s*\\(?\\s*(select|insert|update|delete|with|create|drop|alter|replace|merge|call|exec|truncate|upsert)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SQL_WORD = Pattern.compile(
            "\\b(select|insert into|update|delete from|from|where|values|order by|group by|join|limit|having|set)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAGGED_SAFE = Pattern.compile("(^|\\.)(sql|\\$queryRaw|\\$executeRaw|Prisma\\.sql|SQL|sqlTag)$");
    private static final Pattern WHOLE_REQUEST = Pattern.compile("^(await\\s+)?(req(uest)?\\.(body|query|params)|ctx\\.request\\.body|request\\.(json|args|form|get_json\\(\\))|await\\s+req(uest)?\\.json\\(\\))$");

    private record Sink(NameList names, int arg, boolean needsSql, String label) {
    }

    private final FileContext file;
    private final CodeIndex index;
    private final String family;

    InjectionAnalysis(FileContext file, CodeIndex index) {
        this.file = file;
        this.index = index;
        this.family = file.language().family();
    }

    void run() {
        List<Sink> sinks = sinks();
        if (sinks.isEmpty()) {
            return;
        }
        for (Node call : file.nodes(Kind.CALL)) {
            if (file.language().ecmascript() && call.slotText("args").startsWith("`")) {
                if (TAGGED_SAFE.matcher(call.callee()).find()) {
                    record(call, call.callee(), "tagged template", true, "sql.parameterised",
                            "tagged template " + call.callee() + "`...` sends values as parameters");
                }
                continue;
            }
            Optional<Sink> sink = sinks.stream().filter(s -> s.names().matches(call)).findFirst();
            if (sink.isPresent()) {
                sql(call, sink.get(), sinks);
            }
        }
        nosql();
    }

    private void sql(Node call, Sink sink, List<Sink> sinks) {
        Optional<Node> arg = call.arg(sink.arg());
        if (arg.isEmpty()) {
            return;
        }
        Node value = arg.get().value();
        if (value.is(Kind.PAIR)) {
            // extra(where=["... %s" % x]): the keyword argument's value, or the first expression inside its list
            Node pair = value;
            value = pair.slotNode("value").orElseGet(() -> pair.descendants(n -> n.is(Kind.FORMAT) || n.is(Kind.CONCAT)
                    || n.is(Kind.STR) || n.is(Kind.CALL)).stream().findFirst().orElse(pair));
        }
        Node inner = value;
        if (inner.is(Kind.CALL) && sinks.stream().anyMatch(s -> s.names().matches(inner))) {
            return; // execute(text(...)): judged at the inner call
        }
        StringBuild.Result built = StringBuild.of(value);
        boolean looksSql = SQL_START.matcher(built.literal()).find() || countWords(built.literal()) >= 2;
        if (sink.needsSql() && !looksSql) {
            return;
        }
        String callee = call.callee();
        if (built.how().dynamic()) {
            String spliced = built.spliced().isEmpty() ? "" : " (" + shorten(built.spliced().get(0)) + ")";
            String rule = switch (built.how()) {
                case INTERPOLATED -> "sql.interpolated";
                case FORMATTED -> "sql.formatted";
                default -> "sql.concatenated";
            };
            String how = switch (built.how()) {
                case INTERPOLATED -> "interpolates a value";
                case FORMATTED -> "formats a value";
                default -> "concatenates a value";
            };
            record(call, callee, built.how().label(), false, rule, "SQL passed to " + callee + " " + how + spliced
                    + " into the query text instead of binding it as a parameter");
        } else if (built.how() == StringBuild.How.STATIC) {
            boolean params = call.args().size() > sink.arg() + 1;
            record(call, callee, params ? "parameterised" : "static", true, "sql.parameterised",
                    callee + " runs " + (params ? "a parameterised" : "a constant") + " query");
        }
    }

    private static int countWords(String literal) {
        java.util.regex.Matcher m = SQL_WORD.matcher(literal);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private void nosql() {
        NameList finds = file.rules().names("nosql.filters");
        Pattern source = file.rules().pattern("patterns.requestSource");
        Pattern whole = WHOLE_REQUEST;
        for (Node call : file.nodes(Kind.CALL)) {
            if (!finds.matches(call) || call.args().isEmpty()) {
                continue;
            }
            Node filter = call.args().get(0).value();
            String text = filter.text().strip();
            if (whole.matcher(text).matches() || whole.matcher(resolvedText(filter)).matches()) {
                deferred(call, "request object as filter", "nosql.request-filter", call.callee()
                        + " takes the request body or query as its whole filter; a client can send operators such as {\"$ne\": null}");
                continue;
            }
            if (text.startsWith("{") || text.startsWith("dict(")) {
                for (Node pair : filter.descendants(Kind.PAIR)) {
                    String key = Names.stripQuotes(pair.slotText("key"));
                    String valueText = pair.slotText("value").strip();
                    if (key.equals("$where") && !pair.slotNode("value").map(v -> v.is(Kind.STR) && !v.interpolated()).orElse(false)) {
                        record(call, call.callee(), "$where", false, "nosql.where", call.callee()
                                + " runs a $where JavaScript expression built from data");
                        break;
                    }
                    if (source.matcher(valueText).find() && valueText.matches("[\\w.$\\[\\]'\"]+")) {
                        deferred(call, "request value in filter", "nosql.request-filter", call.callee()
                                + " puts " + shorten(valueText) + " into a query filter unchecked; an object there becomes a query operator");
                        break;
                    }
                }
            }
        }
    }

    private static String resolvedText(Node filter) {
        String text = filter.text().strip();
        if (!text.matches("[A-Za-z_$][\\w$]*")) {
            return text;
        }
        Node scope = filter.ancestor(Kind.FUNC).orElse(null);
        List<Node> assigns = scope == null ? filter.tree().nodes(Kind.ASSIGN) : scope.descendants(Kind.ASSIGN);
        String found = text;
        for (Node assign : assigns) {
            if (assign.start() < filter.start() && assign.slotText("left").strip().equals(text)) {
                found = assign.slotText("right").strip();
            }
        }
        return found;
    }

    private void deferred(Node call, String construction, String rule, String message) {
        CodeRules.Rule r = file.rules().rule(rule);
        QuerySinkFact unsafe = new QuerySinkFact(file.language().id(), call.callee(), construction, false, rule, r.item(),
                Evidence.at(file.path(), call.nameLine(), message));
        QuerySinkFact sanitised = new QuerySinkFact(file.language().id(), call.callee(), construction + " (sanitised)",
                true, "nosql.sanitised", file.rules().rule("nosql.sanitised").item(),
                Evidence.at(file.path(), call.nameLine(), call.callee() + " filter comes from the request, but a Mongo"
                        + " sanitiser is installed"));
        index.deferred("mongo-sanitize", unsafe, sanitised);
    }

    private void record(Node call, String sink, String construction, boolean safe, String rule, String message) {
        index.add(new QuerySinkFact(file.language().id(), sink, construction, safe, rule, file.rules().rule(rule).item(),
                Evidence.at(file.path(), call.nameLine(), message)));
    }

    private List<Sink> sinks() {
        JsonNode list = file.rules().node("sql.sinks." + family);
        List<Sink> out = new java.util.ArrayList<>();
        list.forEach(entry -> out.add(new Sink(NameList.of(entry.path("name").asText()), entry.path("arg").asInt(0),
                entry.path("sql").asBoolean(false), entry.path("name").asText())));
        return out;
    }

    static String shorten(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() > 40 ? t.substring(0, 37) + "..." : t;
    }
}
