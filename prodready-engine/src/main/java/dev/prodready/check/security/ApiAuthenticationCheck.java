package dev.prodready.check.security;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;

import java.util.List;
import java.util.Set;

/**
 * authz.api-authentication: each API handler file (route handlers, server actions, routers, edge functions) that
 * is not public by design (health, sign-in, signed webhooks) must verify its caller, in the file or through a
 * global guard (middleware covering /api that checks a token, app.use('/api', auth), anyRequest().authenticated()).
 * All verified passes, some partial, none fails. Judged per file by line patterns until the code analysis lands.
 */
public final class ApiAuthenticationCheck implements Check {

    @Override
    public String itemId() {
        return "authz.api-authentication";
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
            return Outcome.pass("every API handler found is public by design (health check, sign-in or signed webhook)",
                    all.stream().limit(5).map(h -> h.cite("public by design")).toList());
        }
        List<ContentMatch> guards = Handlers.globalApiGuards(facts);
        if (!guards.isEmpty()) {
            return Outcome.pass(needing.size() + " API handler file" + (needing.size() == 1 ? "" : "s")
                    + " sit behind a guard that authenticates every API request: " + Matches.at(guards),
                    Matches.cite(guards, "authenticates every API request"));
        }
        Set<String> authFiles = Handlers.filesWith(facts, SecurityPatterns.AUTHN_SERVER_CHECK);
        List<Evidence> verified = needing.stream().filter(h -> authFiles.contains(h.path()))
                .map(h -> h.cite("handler verifies the caller")).toList();
        List<Evidence> open = needing.stream().filter(h -> !authFiles.contains(h.path()))
                .map(h -> h.cite("handler with no authentication check")).toList();
        if (open.isEmpty()) {
            return Outcome.pass("all " + needing.size() + " API handler files verify the caller", Matches.first(verified, 6));
        }
        if (verified.isEmpty()) {
            return Outcome.fail("none of the " + needing.size() + " API handler files verifies its caller: "
                    + Matches.where(open), Matches.first(open, 8));
        }
        return Outcome.partial(open.size() + " of " + needing.size() + " API handler files verify no caller: "
                + Matches.where(open), Matches.concat(Matches.first(open, 6), Matches.first(verified, 2), 8));
    }
}
