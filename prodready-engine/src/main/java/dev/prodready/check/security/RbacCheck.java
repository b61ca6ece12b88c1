package dev.prodready.check.security;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Capability;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * authz.rbac: role checks in server code or database policies pass (with the role store, when found, as further
 * evidence). A role read from metadata the user can edit fails. Role checks only in browser code, or a role model
 * or authorization library that no code checks, are partial. No role model while admin pages exist fails; with no
 * admin surface either, the app may have a single kind of user, so the answer is unknown.
 */
public final class RbacCheck implements Check {

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
        Set<String> clientModules = CodePaths.clientModules(facts);
        List<ContentMatch> checks = Matches.notInTests(Matches.of(facts, AdminSurface.ROLE_CHECKS));
        List<ContentMatch> server = checks.stream().filter(m -> CodePaths.isServer(Matches.path(m), clientModules)).toList();
        List<ContentMatch> client = checks.stream().filter(m -> !server.contains(m)).toList();
        List<Evidence> store = new ArrayList<>(Matches.cite(
                Matches.notInTests(Matches.of(facts, SecurityPatterns.RBAC_ROLE_STORE)), "roles stored on the server"));
        store.addAll(Providers.cite(Providers.with(facts, Capability.RBAC), "authorization library"));

        if (!server.isEmpty()) {
            return Outcome.pass("roles are checked on the server: " + Matches.at(server),
                    Matches.concat(Matches.cite(server, "server-side role check"), Matches.first(store, 2), 6));
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
