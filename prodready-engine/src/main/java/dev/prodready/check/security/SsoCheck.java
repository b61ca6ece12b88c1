package dev.prodready.check.security;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.Capability;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.stack.Presence;
import dev.prodready.stack.Trait;
import dev.prodready.stack.TraitState;

import java.util.ArrayList;
import java.util.List;

/**
 * auth.sso: SAML or OIDC single sign-on with enterprise identity providers passes wherever it is found. Its absence
 * fails only when the application is known to sell to organisations (trait enterprise present); for a consumer
 * app, or when that cannot be told, the answer is unknown, never a fail.
 */
public final class SsoCheck implements Check {

    @Override
    public String itemId() {
        return "auth.sso";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<ContentMatch> code = Matches.notInTests(Matches.of(facts, SecurityPatterns.SSO_ENTERPRISE_INTEGRATION));
        List<Evidence> found = new ArrayList<>(Providers.cite(Providers.with(facts, Capability.SSO), "gives single sign-on"));
        found.addAll(Matches.cite(code, "enterprise single sign-on (SAML/OIDC)"));
        if (!found.isEmpty()) {
            return Outcome.pass("enterprise single sign-on is integrated: " + Matches.where(found), Matches.first(found, 6));
        }
        TraitState enterprise = context.stack().trait(Trait.ENTERPRISE);
        if (enterprise.presence() != Presence.PRESENT) {
            return Outcome.unknown("no SAML or OIDC single sign-on was found; it matters only when selling to"
                    + " organisations, which the scan " + (enterprise.presence() == Presence.ABSENT
                    ? "found no sign of" : "could not tell"));
        }
        List<Evidence> searched = Matches.coverage(facts).map(c -> Matches.searched(c, "a SAML or OIDC integration"))
                .orElseGet(() -> Searched.manifests(facts, "single sign-on library"));
        List<Evidence> evidence = Matches.concat(enterprise.evidence().stream().limit(2).toList(), searched, 6);
        if (searched.isEmpty()) {
            return Outcome.unknown("the app sells to organisations (" + enterprise.reason() + "), but neither the"
                    + " source nor a manifest was read to look for single sign-on", evidence);
        }
        return Outcome.fail("the app sells to organisations (" + enterprise.reason() + ") but offers no SAML or OIDC"
                + " single sign-on", evidence);
    }
}
