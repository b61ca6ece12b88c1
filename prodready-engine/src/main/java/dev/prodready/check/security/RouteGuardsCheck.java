package dev.prodready.check.security;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.RouteFact;
import dev.prodready.fact.RouteGuard;

import java.util.ArrayList;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * authz.route-guards: each API handler file that is not public by design must scope what it touches to the caller
 * (owner or organisation filters, ownership comparisons, role or permission checks), or query through the
 * caller's Supabase client while every table has row-level security. All pass, some partial, none fail. Line
 * patterns see files, not each query, so a file counts once it shows such a check. Parsed routes are judged one
 * by one (a route that does not know its caller cannot scope anything); the line patterns remain for handler files
 * in languages whose routes are not parsed.
 */
public final class RouteGuardsCheck implements Check {

    @Override
    public String itemId() {
        return "authz.route-guards";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<RouteFact> routes = ParsedCode.routes(facts);
        List<Handlers.HandlerFile> all = Handlers.all(facts).stream()
                .filter(h -> !ParsedCode.routesParsed(facts, h.path())).toList();
        if (all.isEmpty() && routes.isEmpty()) {
            return Outcome.unknown("no API route handlers or server actions were recognised in the source");
        }
        List<Handlers.HandlerFile> needing = Handlers.needingAuth(facts).stream()
                .filter(h -> !ParsedCode.routesParsed(facts, h.path())).toList();
        // public routes and signed webhooks act for no user, so there is nothing to scope
        List<RouteFact> parsedNeeding = routes.stream()
                .filter(r -> r.guard() != RouteGuard.PUBLIC && r.guard() != RouteGuard.SIGNATURE).toList();
        if (!routes.isEmpty()) {
            return withParsed(facts, routes, parsedNeeding, needing);
        }
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

    /** Parsed routes judged by what the handler touches; handler files of unparsed languages by the line patterns. */
    private static Outcome withParsed(Facts facts, List<RouteFact> routes, List<RouteFact> parsedNeeding,
                                      List<Handlers.HandlerFile> textNeeding) {
        List<Evidence> guarded = new ArrayList<>();
        List<Evidence> unscoped = new ArrayList<>();
        for (RouteFact r : parsedNeeding) {
            if (r.guard().protects() && r.ownershipScoped()) {
                guarded.add(r.evidence().withNote(r.method() + " " + r.route() + " scopes its work to the caller"));
            } else if (r.guard().protects()) {
                unscoped.add(r.evidence().withNote(r.method() + " " + r.route()
                        + " knows the caller but no ownership or permission check was found"));
            } else {
                unscoped.add(r.evidence().withNote(r.method() + " " + r.route()
                        + " does not establish the caller, so it cannot check what they may touch"));
            }
        }
        Set<String> scoped = new HashSet<>(Handlers.filesWith(facts, SecurityPatterns.AUTHZ_OWNER_SCOPE));
        scoped.addAll(AdminSurface.filesCheckingRoles(facts));
        for (Handlers.HandlerFile h : textNeeding) {
            if (scoped.contains(h.path())) {
                guarded.add(h.cite("scopes its work to the caller"));
            } else {
                unscoped.add(h.cite("no ownership or permission check found in this handler"));
            }
        }
        int needing = parsedNeeding.size() + textNeeding.size();
        if (needing == 0) {
            return Outcome.notApplicable("every API route found is public by design (health check, sign-in or signed"
                    + " webhook), so none acts on a user's records", ParsedCode.cite(routes, 5));
        }
        if (unscoped.isEmpty()) {
            return Outcome.pass("all " + ParsedCode.count(needing, "API route") + " check what the caller may touch",
                    Matches.first(guarded, 6));
        }
        if (guarded.isEmpty()) {
            return Outcome.fail("none of the " + ParsedCode.count(needing, "API route") + " checks that the caller owns or"
                    + " may act on the records: " + Matches.where(unscoped), Matches.first(unscoped, 8));
        }
        return Outcome.partial(unscoped.size() + " of " + ParsedCode.count(needing, "API route") + " show no ownership or"
                + " permission check: " + Matches.where(unscoped), Matches.concat(Matches.first(unscoped, 6),
                Matches.first(guarded, 2), 8));
    }
}
