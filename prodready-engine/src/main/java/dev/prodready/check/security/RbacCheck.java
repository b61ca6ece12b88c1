package dev.prodready.check.security;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Capability;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.PolicyFact;
import dev.prodready.fact.RouteFact;
import dev.prodready.fact.RouteGuard;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * authz.rbac: role checks in server code or database policies pass (with the role store, when found, as further
 * evidence). A role read from metadata the user can edit fails. Role checks only in browser code, or a role model
 * or authorization library that no code checks, are partial. No role model while admin pages exist fails; with no
 * admin surface either, the app may have a single kind of user, so the answer is unknown. Parsed routes with a
 * server-side role check and row-level security policies that test a role count as server checks; an admin route
 * that takes the role from the request fails.
 */
public final class RbacCheck implements Check {

    private static final java.util.regex.Pattern ROLE_IN_POLICY = java.util.regex.Pattern.compile(
            "(?i)->>?\\s*'(role|user_role|is_admin)'|\\bis_admin\\s*\\(|\\bhas_role\\s*\\(|\\brole\\s*=\\s*'|user_roles|app_metadata");

    @Override
    public String itemId() {
        return "authz.rbac";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<ContentMatch> editable = Matches.notInTests(Matches.of(facts, SecurityPatterns.RBAC_USER_EDITABLE_ROLE));
        if (!editable.isEmpty()) {
            return Outcome.fail("the role is read from user metadata, which users can change themselves: "
                    + Matches.at(editable), Matches.cite(editable, "role taken from user-editable metadata"));
        }
        List<RouteFact> trusting = ParsedCode.routes(facts).stream()
                .filter(r -> r.admin() && r.guard() == RouteGuard.IDENTITY_FROM_REQUEST).toList();
        if (!trusting.isEmpty()) {
            return Outcome.fail("the role is taken from the request (body, query or a header), which the caller"
                    + " controls: " + Matches.where(ParsedCode.cite(trusting, 8)), ParsedCode.cite(trusting, 6));
        }
        List<Evidence> parsedServer = new ArrayList<>(ParsedCode.routes(facts).stream()
                .filter(r -> r.roleCheck() && r.guard().protects())
                .map(r -> r.evidence().withNote(r.method() + " " + r.route() + " checks a role on the server")).toList());
        ParsedCode.of(facts, PolicyFact.class, p -> ROLE_IN_POLICY.matcher(p.using() + " " + p.withCheck()).find())
                .forEach(p -> parsedServer.add(p.evidence().withNote("policy " + p.name() + " checks a role in the database")));
        Set<String> clientModules = CodePaths.clientModules(facts);
        List<ContentMatch> checks = Matches.notInTests(Matches.of(facts, AdminSurface.ROLE_CHECKS));
        List<ContentMatch> server = checks.stream().filter(m -> CodePaths.isServer(Matches.path(m), clientModules)).toList();
        List<ContentMatch> client = checks.stream().filter(m -> !server.contains(m)).toList();
        List<Evidence> store = new ArrayList<>(Matches.cite(
                Matches.notInTests(Matches.of(facts, SecurityPatterns.RBAC_ROLE_STORE)), "roles stored on the server"));
        store.addAll(Providers.cite(Providers.with(facts, Capability.RBAC), "authorization library"));

        if (!parsedServer.isEmpty() || !server.isEmpty()) {
            List<Evidence> where = ParsedCode.join(6, parsedServer, Matches.cite(server, "server-side role check"));
            return Outcome.pass("roles are checked on the server: " + Matches.where(where),
                    Matches.concat(where, Matches.first(store, 2), 6));
        }
        List<Evidence> clientOnly = ParsedCode.citeFindings(ParsedCode.findings(facts, "route.admin-client-only"), 5);
        if (!clientOnly.isEmpty() && client.isEmpty()) {
            return Outcome.partial("roles are checked only in browser code (" + Matches.where(clientOnly) + "), which"
                    + " anyone can bypass by calling the API or database directly",
                    Matches.concat(clientOnly, Matches.first(store, 2), 6));
        }
        if (!client.isEmpty()) {
            return Outcome.partial("roles are checked only in browser code (" + Matches.at(client) + "), which anyone"
                    + " can bypass by calling the API or database directly",
                    Matches.concat(Matches.cite(client, "role check in browser code"), Matches.first(store, 2), 6));
        }
        if (!store.isEmpty()) {
            return Outcome.partial("a role model exists (" + Matches.where(store) + ") but no code was found that"
                    + " checks it", Matches.first(store, 5));
        }
        List<ContentMatch> admin = AdminSurface.pages(facts);
        if (!admin.isEmpty()) {
            return Outcome.fail("admin pages exist (" + Matches.at(admin) + ") but there is no role model or role"
                    + " check anywhere", Matches.cite(admin, "admin page with no role model behind it"));
        }
        return Matches.coverage(facts)
                .map(c -> Outcome.unknown("no roles or permissions were found; that is fine only if every user may do"
                        + " the same things", Matches.searched(c, "a role check or role table")))
                .orElseGet(() -> Outcome.unknown("the source was not searched for role checks"));
    }
}
