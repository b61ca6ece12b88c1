package dev.prodready.check.security;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.PolicyFact;
import dev.prodready.fact.RlsTableFact;

import java.util.ArrayList;
import java.util.List;

/**
 * supabase.rls-policies: a policy that always allows writing ({@code using (true)} or {@code with check (true)} on
 * insert, update, delete or all) fails; one that lets anyone read every row is partial, since that is right only
 * for data meant to be public. Policies without either, or RLS with no policies (closed tables), pass. When the
 * code analysis parsed the migrations, the policies in force after every DROP/ALTER/REPLACE are judged: open write
 * policies, policies named as narrow but open, sensitive columns readable by everyone and SECURITY DEFINER
 * functions anon can call to change roles fail; public reads, public buckets and functions without a fixed
 * search_path are partial.
 */
public final class RlsPoliciesCheck implements Check {

    @Override
    public String itemId() {
        return "supabase.rls-policies";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<PolicyFact> policies = ParsedCode.of(facts, PolicyFact.class, p -> true);
        List<dev.prodready.fact.WebSettingFact> functions = ParsedCode.of(facts, dev.prodready.fact.WebSettingFact.class,
                w -> w.setting().equals("db-function"));
        if (!policies.isEmpty() || !functions.isEmpty() || !ParsedCode.of(facts, RlsTableFact.class, t -> true).isEmpty()) {
            return parsed(facts, policies, functions);
        }
        List<RlsModel.PermissivePolicy> permissive = RlsModel.permissive(facts);
        List<RlsModel.PermissivePolicy> writes = permissive.stream().filter(RlsModel.PermissivePolicy::writes).toList();
        if (!writes.isEmpty()) {
            return Outcome.fail(writes.size() + " polic" + (writes.size() == 1 ? "y lets" : "ies let") + " "
                    + roles(writes.get(0)) + " change every row: " + Matches.where(cite(writes)),
                    Matches.concat(cite(writes), cite(permissive.stream().filter(p -> !p.writes()).toList()), 10));
        }
        if (!permissive.isEmpty()) {
            return Outcome.partial(permissive.size() + " polic" + (permissive.size() == 1 ? "y lets" : "ies let") + " "
                    + roles(permissive.get(0)) + " read every row (" + Matches.where(cite(permissive))
                    + "); right only if those tables hold public data", cite(permissive));
        }
        RlsModel model = RlsModel.of(facts);
        if (!model.policies().isEmpty()) {
            return Outcome.pass(model.policies().size() + " policies found, none of them always true",
                    Matches.cite(model.policies(), "policy with a real condition"));
        }
        if (!model.tables().isEmpty() && model.withoutRls().isEmpty()) {
            return Outcome.pass("row-level security is on with no policies, so the tables are closed to the API",
                    Matches.cite(model.enableStatements(), "row-level security enabled, no policy opens it"));
        }
        if (!model.tables().isEmpty()) {
            return Outcome.unknown("tables without row-level security have no policies to judge; see"
                    + " supabase.rls-enabled", Matches.cite(model.withoutRls().stream().map(RlsModel.Table::created)
                    .toList(), "table without row-level security"));
        }
        List<Evidence> supabase = Providers.supabase(facts);
        if (!supabase.isEmpty()) {
            return Outcome.unknown("the app uses Supabase but its policies are not in the repository's migrations",
                    Matches.first(supabase, 3));
        }
        List<Evidence> searched = Searched.manifests(facts, "Supabase package");
        if (!searched.isEmpty()) {
            return Outcome.notApplicable("nothing shows that the application uses Supabase", searched);
        }
        return Outcome.unknown("no dependency manifest or Supabase migration was found");
    }

    /** Policies, functions and buckets as the migrations leave them after every DROP, ALTER and REPLACE. */
    private static Outcome parsed(Facts facts, List<PolicyFact> policies, List<dev.prodready.fact.WebSettingFact> functions) {
        List<Evidence> broken = new ArrayList<>(ParsedCode.cite(policies.stream().filter(p -> !p.safe()
                && !p.ruleId().equals("storage.public-bucket")).toList(), 10));
        broken.addAll(ParsedCode.cite(functions.stream().filter(f -> f.ruleId().equals("dbfunction.privilege-escalation")).toList(), 4));
        List<Evidence> review = new ArrayList<>(ParsedCode.cite(policies.stream()
                .filter(p -> p.safe() && p.using().replaceAll("[()\\s]", "").equalsIgnoreCase("true")).toList(), 6));
        review.addAll(ParsedCode.cite(policies.stream().filter(p -> p.ruleId().equals("storage.public-bucket")).toList(), 4));
        review.addAll(ParsedCode.cite(functions.stream().filter(f -> f.ruleId().equals("dbfunction.mutable-search-path")).toList(), 4));
        if (!broken.isEmpty()) {
            return Outcome.fail(ParsedCode.count(broken.size(), "policy or function") + " let more callers in than"
                    + " intended: " + Matches.where(broken), ParsedCode.join(10, broken, review));
        }
        if (!review.isEmpty()) {
            return Outcome.partial("to review: " + Matches.where(review) + " (tables read by everyone, public buckets or"
                    + " SECURITY DEFINER functions without a fixed search_path); right only if that data is public",
                    ParsedCode.join(8, review));
        }
        List<PolicyFact> scoped = policies.stream().filter(PolicyFact::safe).toList();
        if (!scoped.isEmpty()) {
            return Outcome.pass(ParsedCode.count(scoped.size(), "policy") + " in force after all migrations, each limited"
                    + " by role or condition", ParsedCode.cite(scoped, 8));
        }
        List<RlsTableFact> closed = ParsedCode.of(facts, RlsTableFact.class, t -> t.rlsEnabled() && t.policies() == 0);
        if (!closed.isEmpty()) {
            return Outcome.pass("row-level security is on with no policies, so the tables are closed to the API",
                    ParsedCode.cite(closed, 6));
        }
        return Outcome.unknown("tables without row-level security have no policies to judge; see supabase.rls-enabled",
                ParsedCode.cite(ParsedCode.of(facts, RlsTableFact.class, t -> !t.rlsEnabled()), 5));
    }

    private static List<Evidence> cite(List<RlsModel.PermissivePolicy> policies) {
        return policies.stream().limit(8).map(p -> Matches.cite(p.always(), "policy \"" + p.name() + "\" for "
                + p.command() + " to " + String.join(", ", p.roles().stream().sorted().toList()) + " is always true"))
                .toList();
    }

    private static String roles(RlsModel.PermissivePolicy p) {
        return p.roles().contains("anon") || p.roles().contains("public") ? "anyone, signed in or not,"
                : "any signed-in user";
    }
}
