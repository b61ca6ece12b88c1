package dev.prodready.check.security;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import org.junit.jupiter.api.Test;

import static dev.prodready.check.security.Fixture.locations;
import static dev.prodready.check.security.Fixture.manifest;
import static dev.prodready.check.security.Fixture.match;
import static dev.prodready.check.security.Fixture.run;
import static dev.prodready.check.security.SecurityPatterns.RLS_ALWAYS_TRUE;
import static dev.prodready.check.security.SecurityPatterns.RLS_CREATE_POLICY;
import static dev.prodready.check.security.SecurityPatterns.RLS_CREATE_TABLE;
import static dev.prodready.check.security.SecurityPatterns.RLS_ENABLE;
import static dev.prodready.check.security.SecurityPatterns.RLS_POLICY_ATTRIBUTE;
import static org.assertj.core.api.Assertions.assertThat;

class RlsPoliciesCheckTest {

    private static final String M = "supabase/migrations/20240301120000_initial_schema.sql";
    private final RlsPoliciesCheck check = new RlsPoliciesCheck();

    @Test
    void writePolicyThatIsAlwaysTrueFails() {
        Outcome o = run(check,
                match(RLS_CREATE_POLICY, M, 40, "create policy \"Anyone can add notes\""),
                match(RLS_POLICY_ATTRIBUTE, M, 41, "  on public.notes for insert"),
                match(RLS_POLICY_ATTRIBUTE, M, 42, "  to anon, authenticated"),
                match(RLS_ALWAYS_TRUE, M, 43, "  with check (true);"));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly(M + ":43");
        assertThat(o.evidence().get(0).note()).contains("Anyone can add notes", "insert", "anon");
    }

    @Test
    void publicReadPolicyIsPartial() {
        Outcome o = run(check,
                match(RLS_CREATE_POLICY, M, 40, "create policy \"Anyone can read projects\""),
                match(RLS_POLICY_ATTRIBUTE, M, 41, "  on public.projects for select"),
                match(RLS_POLICY_ATTRIBUTE, M, 42, "  to anon, authenticated"),
                match(RLS_ALWAYS_TRUE, M, 43, "  using (true);"),
                match(RLS_CREATE_POLICY, M, 45, "create policy \"Owners can insert projects\""),
                match(RLS_POLICY_ATTRIBUTE, M, 46, "  on public.projects for insert"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly(M + ":43");
    }

    @Test
    void singleLinePolicyWithoutCommandOrRoleAppliesToAllAndEveryone() {
        Outcome o = run(check, match(RLS_CREATE_POLICY, M, 7, "create policy p on public.t using (true);"),
                match(RLS_ALWAYS_TRUE, M, 7, "create policy p on public.t using (true);"));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(o.evidence().get(0).note()).contains("for all to public");
    }

    @Test
    void policyNameMentioningToDoesNotBecomeARole() {
        Outcome o = run(check,
                match(RLS_CREATE_POLICY, M, 40, "create policy \"Service can write to queue\" on public.jobs for all"),
                match(RLS_POLICY_ATTRIBUTE, M, 40, "create policy \"Service can write to queue\" on public.jobs for all"),
                match(RLS_POLICY_ATTRIBUTE, M, 41, "  to service_role"),
                match(RLS_ALWAYS_TRUE, M, 42, "  using (true) with check (true);"),
                match(RLS_CREATE_TABLE, M, 1, "create table public.jobs ("),
                match(RLS_ENABLE, M, 10, "alter table public.jobs enable row level security;"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly(M + ":40");
    }

    @Test
    void rlsWithoutPoliciesKeepsTablesClosedAndPasses() {
        Outcome o = run(check, match(RLS_CREATE_TABLE, M, 1, "create table public.jobs ("),
                match(RLS_ENABLE, M, 10, "alter table public.jobs enable row level security;"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly(M + ":10");
    }

    @Test
    void noSupabaseIsNotApplicable() {
        assertThat(run(check, manifest("package.json", 4)).status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void parsedPoliciesInForceAfterAllMigrationsAreJudged() {
        String m = "supabase/migrations/20240101_init.sql";
        Outcome broken = Fixture.run(new RlsPoliciesCheck(),
                CodeFacts.policy("projects", "Service role manages projects", "policy.misleading", false, m, 61),
                CodeFacts.policy("projects", "Owners read their projects", "policy.scoped", true, m, 64));
        org.assertj.core.api.Assertions.assertThat(broken.status()).isEqualTo(dev.prodready.check.Status.FAIL);
        org.assertj.core.api.Assertions.assertThat(Fixture.locations(broken)).containsExactly(m + ":61", m + ":64");
        Outcome publicRead = Fixture.run(new RlsPoliciesCheck(),
                CodeFacts.policy("posts", "Posts are public", "policy.scoped", true, m, 10));
        org.assertj.core.api.Assertions.assertThat(publicRead.status()).isEqualTo(dev.prodready.check.Status.PARTIAL);
        Outcome scoped = Fixture.run(new RlsPoliciesCheck(),
                new dev.prodready.fact.PolicyFact("public", "notes", "owner", "ALL", java.util.List.of("authenticated"),
                        "owner = auth.uid()", "", "", true, "policy.scoped", "supabase.rls-policies",
                        dev.prodready.fact.Evidence.at(m, 30, "owner policy")));
        org.assertj.core.api.Assertions.assertThat(scoped.status()).isEqualTo(dev.prodready.check.Status.PASS);
    }
}
