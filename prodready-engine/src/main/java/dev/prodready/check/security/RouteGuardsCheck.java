package dev.prodready.check.security;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * authz.route-guards: each API handler file that is not public by design must scope what it touches to the caller
 * (owner or organisation filters, ownership comparisons, role or permission checks), or query through the
 * caller's Supabase client while every table has row-level security. All pass, some partial, none fail. Line
 * patterns see files, not each query, so a file counts once it shows such a check.
 */
public final class RouteGuardsCheck implements Check {

    @Override
    public String itemId() {
        return "authz.route-guards";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<Handlers.HandlerFile> all = Handlers.all(facts);
        if (all.isEmpty()) {
            return Outcome.unknown("no API route handlers or server actions were recognised in the source");
        }
        List<Handlers.HandlerFile> needing = Handlers.needingAuth(facts);
        if (needing.isEmpty()) {
            return Outcome.notApplicable("every API handler found is public by design (health check, sign-in or"
                    + " signed webhook), so none acts on a user's records",
                    all.stream().limit(5).map(h -> h.cite("public by design")).toList());
        }
        Set<String> scoped = new HashSet<>(Handlers.filesWith(facts, SecurityPatterns.AUTHZ_OWNER_SCOPE));
        scoped.addAll(AdminSurface.filesCheckingRoles(facts));
        RlsModel rls = RlsModel.of(facts);
        boolean rlsEverywhere = !rls.tables().isEmpty() && rls.withoutRls().isEmpty() && !rls.enablesTruncated();
        Set<String> userClient = Handlers.filesWith(facts, SecurityPatterns.AUTHZ_USER_SCOPED_CLIENT);
        List<Evidence> guarded = needing.stream()
                .filter(h -> scoped.contains(h.path()) || (rlsEverywhere && userClient.contains(h.path())))
                .map(h -> h.cite(scoped.contains(h.path()) ? "scopes its work to the caller"
                        : "queries as the caller; row-level security filters the rows"))
                .toList();
        List<Evidence> unscoped = needing.stream()
                .filter(h -> !scoped.contains(h.path()) && !(rlsEverywhere && userClient.contains(h.path())))
                .map(h -> h.cite("no ownership or permission check found in this handler")).toList();
        if (unscoped.isEmpty()) {
            return Outcome.pass("all " + needing.size() + " API handler files check what the caller may touch",
                    Matches.first(guarded, 6));
        }
        if (guarded.isEmpty()) {
            return Outcome.fail("none of the " + needing.size() + " API handler files checks that the caller owns or"
                    + " may act on the records: " + Matches.where(unscoped), Matches.first(unscoped, 8));
        }
        return Outcome.partial(unscoped.size() + " of " + needing.size() + " API handler files show no ownership or"
                + " permission check: " + Matches.where(unscoped), Matches.concat(Matches.first(unscoped, 6),
                Matches.first(guarded, 2), 8));
    }
}
