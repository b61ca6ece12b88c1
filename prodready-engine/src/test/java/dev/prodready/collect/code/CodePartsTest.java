package dev.prodready.collect.code;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The small parsers and matchers the analyses rely on, each with inputs written inline. */
class CodePartsTest {

    @Test
    void sqlSplitterKeepsSemicolonsInsideStringsDollarBodiesAndComments() {
        List<SqlStatements.Statement> statements = SqlStatements.split("""
                -- first
                create table t (a text default 'x;y');
                /* block; with semicolon */
                create function f() returns void as $body$ begin perform 1; end; $body$ language plpgsql;
                -- service role only
                create policy "p;q" on t for select using (true);
                """);
        assertThat(statements).extracting(SqlStatements.Statement::line).containsExactly(2, 4, 6);
        assertThat(statements.get(1).text()).contains("perform 1; end;");
        assertThat(statements.get(2).comment()).isEqualTo("service role only");
        assertThat(statements.get(2).text()).startsWith("create policy \"p;q\"");
    }

    @Test
    void laterMigrationsReplaceEarlierPolicies() {
        SqlSchema schema = new SqlSchema();
        for (String sql : List.of(
                "create table public.notes (id int primary key, owner uuid references auth.users(id))",
                "alter table notes enable row level security",
                "create policy \"open\" on public.notes for all using (true)",
                "alter policy \"open\" on public.notes using (owner = auth.uid())",
                "alter policy \"open\" on public.notes rename to \"owner only\"",
                "create policy \"temp\" on notes for delete using (true)",
                "drop policy if exists \"temp\" on public.notes")) {
            SqlStatements.split(sql + ";").forEach(s -> schema.apply(s, "m.sql"));
        }
        SqlSchema.Table notes = schema.tables.get("public.notes");
        assertThat(notes.rls).isTrue();
        assertThat(notes.policies).containsOnlyKeys("owner only");
        assertThat(notes.policies.get("owner only").using).isEqualTo("owner = auth.uid()");
        assertThat(schema.foreignKeys).extracting(SqlSchema.ForeignKey::column).containsExactly("owner");
    }

    @Test
    void nextMatchersBecomeRegularExpressions() {
        assertThat(JsRoutes.matcherRegex("/api/:path*").orElseThrow().matcher("/api/users/1").matches()).isTrue();
        assertThat(JsRoutes.matcherRegex("/api/:path*").orElseThrow().matcher("/api").matches()).isTrue();
        assertThat(JsRoutes.matcherRegex("/api/:path*").orElseThrow().matcher("/admin").matches()).isFalse();
        assertThat(JsRoutes.matcherRegex("/((?!_next/static|favicon.ico).*)").orElseThrow().matcher("/api/x").matches()).isTrue();
        assertThat(JsRoutes.matcherRegex("/(api|trpc)(.*)").orElseThrow().matcher("/api/teams").matches()).isTrue();
    }

    @Test
    void springAntPatterns() {
        assertThat(SpringRule.ant("/api/**").matcher("/api/orders/1").matches()).isTrue();
        assertThat(SpringRule.ant("/api/**").matcher("/api").matches()).isTrue();
        assertThat(SpringRule.ant("/api/*").matcher("/api/orders/1").matches()).isFalse();
        assertThat(SpringRule.ant("/users/{id}").matcher("/users/{id}").matches()).isTrue();
    }

    @Test
    void bindingsOfDestructuringAndTypedDeclarations() {
        assertThat(Bindings.names("{ data: { user } }")).containsExactly("user");
        assertThat(Bindings.names("session: Session | null")).containsExactly("session");
        assertThat(Bindings.names("this.user")).isEmpty();
        assertThat(Bindings.referenced("session", "if (!session?.user) return")).isTrue();
        assertThat(Bindings.referenced("session", "obj.session = 1")).isFalse();
    }

    @Test
    void stringBuildFollowsLocalVariablesAndAppends() {
        SyntaxTree tree = TreeBuilderTest.parse(Language.TYPESCRIPT, """
                function f(col: string, id: string) {
                  let q = "SELECT * FROM t";
                  q += " ORDER BY " + col;
                  db.query(q);
                  const safe = `SELECT * FROM ${TABLE} WHERE id = $1`;
                  db.query(safe, [id]);
                }
                """);
        List<Node> calls = tree.nodes(Kind.CALL);
        assertThat(StringBuild.of(calls.get(0).args().get(0)).how()).isEqualTo(StringBuild.How.CONCATENATED);
        assertThat(StringBuild.of(calls.get(1).args().get(0)).how()).isEqualTo(StringBuild.How.STATIC);
    }

    @Test
    void nameListsMatchLastSegmentsDottedSuffixesAndPatterns() {
        NameList list = NameList.of("getServerSession", "auth.getUser", "/(?i)rate_?limit/");
        assertThat(list.matches("getServerSession")).isTrue();
        assertThat(list.matches("supabase.auth.getUser")).isTrue();
        assertThat(list.matches("db.getUser")).isFalse();
        assertThat(list.matches("checkRateLimit")).isTrue();
    }
}
