package dev.prodready.check.security;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.RouteFact;
import dev.prodready.fact.RouteGuard;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * authz.api-authentication: each API route (route handlers, server actions, routers, edge functions) that is not
 * public by design (health, sign-in, signed webhooks) must verify its caller, in the handler or through a guard
 * that covers it. Parsed routes are judged one by one, guards that only look like guards (commented out, a user
 * looked up but never checked, identity taken from the request) count as none; handler files of languages whose
 * routes are not parsed fall back to the line patterns (a file counts once it shows a check). All verified passes,
 * some partial, none fails.
 */
public final class ApiAuthenticationCheck implements Check {

    @Override
    public String itemId() {
        return "authz.api-authentication";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<RouteFact> routes = ParsedCode.routes(facts);
        List<Handlers.HandlerFile> textAll = Handlers.all(facts).stream()
                .filter(h -> !ParsedCode.routesParsed(facts, h.path())).toList();
        if (routes.isEmpty() && textAll.isEmpty()) {
            return Outcome.unknown("no API route handlers or server actions were recognised in the source");
        }
        List<Evidence> open = new ArrayList<>();
        List<Evidence> verified = new ArrayList<>();
        List<Evidence> publicRoutes = new ArrayList<>();
        for (RouteFact route : routes) {
            if (route.guard() == RouteGuard.PUBLIC) {
                publicRoutes.add(route.evidence());
            } else if (route.guard().protects()) {
                verified.add(route.evidence());
            } else {
                open.add(route.evidence());
            }
        }
        List<Handlers.HandlerFile> textNeeding = Handlers.needingAuth(facts).stream()
                .filter(h -> !ParsedCode.routesParsed(facts, h.path())).toList();
        List<ContentMatch> guards = Handlers.globalApiGuards(facts);
        Set<String> authFiles = Handlers.filesWith(facts, SecurityPatterns.AUTHN_SERVER_CHECK);
        int verifiedCount = verified.size();
        if (!guards.isEmpty() && !textNeeding.isEmpty()) {
            verified.addAll(0, Matches.cite(guards, "authenticates every API request"));
            verifiedCount += textNeeding.size();
        }
        for (Handlers.HandlerFile h : textNeeding) {
            if (!guards.isEmpty()) {
                continue;
            } else if (authFiles.contains(h.path())) {
                verifiedCount++;
                verified.add(h.cite("handler verifies the caller"));
            } else {
                open.add(h.cite("handler with no authentication check"));
            }
        }
        textAll.stream().filter(h -> !textNeeding.contains(h)).forEach(h -> publicRoutes.add(h.cite("public by design")));
        int needing = open.size() + verifiedCount;
        String what = routes.isEmpty() ? "API handler file" : textNeeding.isEmpty() ? "API route" : "API route or handler file";
        if (needing == 0) {
            return Outcome.pass("every API " + (routes.isEmpty() ? "handler" : "route") + " found is public by design"
                    + " (health check, sign-in or signed webhook)", ParsedCode.join(5, publicRoutes));
        }
        if (open.isEmpty()) {
            return Outcome.pass("all " + ParsedCode.count(needing, what) + " verify the caller",
                    ParsedCode.join(6, verified));
        }
        if (verifiedCount == 0) {
            return Outcome.fail("none of the " + ParsedCode.count(needing, what) + " verifies its caller: "
                    + Matches.where(open), ParsedCode.join(8, open));
        }
        return Outcome.partial(open.size() + " of " + ParsedCode.count(needing, what) + " verify no caller: "
                + Matches.where(open), ParsedCode.join(8, open.subList(0, Math.min(6, open.size())), verified));
    }
}
