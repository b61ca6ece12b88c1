package dev.prodready.check.security;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.Fact;
import dev.prodready.fact.SignalKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.prodready.check.security.Fixture.dependency;
import static dev.prodready.check.security.Fixture.locations;
import static dev.prodready.check.security.Fixture.manifest;
import static dev.prodready.check.security.Fixture.match;
import static dev.prodready.check.security.Fixture.run;
import static dev.prodready.check.security.Fixture.signal;
import static dev.prodready.check.security.SecurityPatterns.RLS_ALTER_TABLE_LINE;
import static dev.prodready.check.security.SecurityPatterns.RLS_CREATE_TABLE;
import static dev.prodready.check.security.SecurityPatterns.RLS_DISABLE;
import static dev.prodready.check.security.SecurityPatterns.RLS_DROP_TABLE;
import static dev.prodready.check.security.SecurityPatterns.RLS_ENABLE;
import static org.assertj.core.api.Assertions.assertThat;

class RlsEnabledCheckTest {

    private static final String INIT = "supabase/migrations/20240301120000_initial_schema.sql";
    private static final String NEXT = "supabase/migrations/20240318094500_notes_and_subscriptions.sql";
    private final RlsEnabledCheck check = new RlsEnabledCheck();

    @Test
    void tableCreatedWithoutRlsFailsAtItsCreateLine() {
        Outcome o = run(check,
                match(RLS_CREATE_TABLE, INIT, 3, "create table public.profiles ("),
                match(RLS_ENABLE, INIT, 11, "alter table public.profiles enable row level security;"),
                match(RLS_CREATE_TABLE, NEXT, 24, "create table public.subscriptions ("));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(o.message()).startsWith("1 of 2 public tables");
        assertThat(locations(o)).containsExactly(NEXT + ":24");
        assertThat(o.evidence().get(0).note()).contains("public.subscriptions");
    }

    @Test
    void everyTableWithRlsPassesWhateverTheQuotingAndLineSplit() {
        Outcome o = run(check,
                match(RLS_CREATE_TABLE, INIT, 1, "CREATE TABLE IF NOT EXISTS \"public\".\"orders\" ("),
                match(RLS_ENABLE, INIT, 9, "ALTER TABLE \"public\".\"orders\" ENABLE ROW LEVEL SECURITY;"),
                match(RLS_CREATE_TABLE, INIT, 12, "create table notes("),
                match(RLS_ALTER_TABLE_LINE, INIT, 20, "alter table public.notes"),
                match(RLS_ENABLE, INIT, 21, "  enable row level security;"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly(INIT + ":9", INIT + ":21");
    }

    @Test
    void tablesOutsideThePublicSchemaAndDroppedTablesAreNotExposed() {
        Outcome o = run(check,
                match(RLS_CREATE_TABLE, INIT, 1, "create table private.audit_log ("),
                match(RLS_CREATE_TABLE, INIT, 5, "create table public.legacy ("),
                match(RLS_DROP_TABLE, NEXT, 2, "drop table if exists public.legacy;"),
                match(RLS_CREATE_TABLE, INIT, 9, "create table public.items ("),
                match(RLS_ENABLE, INIT, 14, "alter table public.items enable row level security;"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(o.message()).contains("all 1 public tables");
        assertThat(locations(o)).containsExactly(INIT + ":14");
    }

    @Test
    void disablingRlsLaterFails() {
        Outcome o = run(check,
                match(RLS_CREATE_TABLE, INIT, 1, "create table public.items ("),
                match(RLS_ENABLE, INIT, 6, "alter table public.items enable row level security;"),
                match(RLS_DISABLE, NEXT, 3, "alter table public.items disable row level security;"));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly(NEXT + ":3");
    }

    @Test
    void whenEnableLinesMayHaveBeenDroppedAMissingTableIsUnknownNotAFail() {
        List<Fact> facts = new ArrayList<>();
        for (int i = 1; i <= Matches.PER_FILE_CAP; i++) {
            facts.add(match(RLS_CREATE_TABLE, INIT, i, "create table public.t" + i + " ("));
            facts.add(match(RLS_ENABLE, INIT, 1000 + i, "alter table public.t" + i + " enable row level security;"));
        }
        facts.add(match(RLS_CREATE_TABLE, NEXT, 1, "create table public.late ("));
        Outcome o = run(check, facts);
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(locations(o)).containsExactly(NEXT + ":1");
    }

    @Test
    void whenOnlyCreateLinesMayHaveBeenDroppedTheTablesSeenWithoutRlsStillFail() {
        List<Fact> facts = new ArrayList<>();
        for (int i = 1; i <= Matches.PER_FILE_CAP; i++) {
            facts.add(match(RLS_CREATE_TABLE, INIT, i, "create table public.t" + i + " ("));
        }
        Outcome o = run(check, facts);
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).hasSize(10).startsWith(INIT + ":1");
    }

    @Test
    void supabaseWithoutMigrationsIsUnknown() {
        Outcome o = run(check, manifest("package.json", 30), dependency("@supabase/supabase-js", "package.json", 18));
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(locations(o)).containsExactly("package.json:18");
    }

    @Test
    void noSupabaseIsNotApplicable() {
        Outcome o = run(check, manifest("package.json", 30));
        assertThat(o.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(locations(o)).containsExactly("package.json");
    }

    @Test
    void supabaseConfigAloneCountsAsUsingSupabase() {
        Outcome o = run(check, manifest("package.json", 30), signal(SignalKind.PLATFORM_SUPABASE, "supabase/config.toml"));
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(locations(o)).containsExactly("supabase/config.toml");
    }

    @Test
    void parsedMigrationsReplaceTheLineModel() {
        String m = "supabase/migrations/20240101_init.sql";
        Outcome open = Fixture.run(new RlsEnabledCheck(), CodeFacts.parsed("typescript", 1),
                CodeFacts.table("profiles", true, 2, "rls.enabled", true, m, 2),
                CodeFacts.table("audit_log", false, 0, "rls.disabled", false, m, 17));
        org.assertj.core.api.Assertions.assertThat(open.status()).isEqualTo(dev.prodready.check.Status.FAIL);
        org.assertj.core.api.Assertions.assertThat(Fixture.locations(open)).containsExactly(m + ":17");
        Outcome views = Fixture.run(new RlsEnabledCheck(),
                CodeFacts.table("profiles", true, 2, "rls.enabled", true, m, 2),
                CodeFacts.table("project_stats", false, 0, "rls.view-bypasses-rls", false, m, 90));
        org.assertj.core.api.Assertions.assertThat(views.status()).isEqualTo(dev.prodready.check.Status.PARTIAL);
        Outcome all = Fixture.run(new RlsEnabledCheck(), CodeFacts.table("profiles", true, 2, "rls.enabled", true, m, 2));
        org.assertj.core.api.Assertions.assertThat(all.status()).isEqualTo(dev.prodready.check.Status.PASS);
    }
}
