package dev.prodready.check.security;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;

import java.util.List;

/**
 * supabase.rls-policies: a policy that always allows writing ({@code using (true)} or {@code with check (true)} on
 * insert, update, delete or all) fails; one that lets anyone read every row is partial, since that is right only
 * for data meant to be public. Policies without either, or RLS with no policies (closed tables), pass.
 */
public final class RlsPoliciesCheck implements Check {

    @Override
    public String itemId() {
        return "supabase.rls-policies";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
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
