package dev.prodready.check.security;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.Capability;
import dev.prodready.fact.CapabilityFact;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * auth.provider: a package that gives an authentication provider or framework passes. Token signing or password
 * hashing libraries without one mean sign-in is built by hand (partial). Nothing at all fails once manifests were
 * read; without any manifest the packages in use are unknown.
 */
public final class AuthProviderCheck implements Check {

    @Override
    public String itemId() {
        return "auth.provider";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<CapabilityFact> providers = Providers.authProviders(facts);
        if (!providers.isEmpty()) {
            return Outcome.pass("authentication comes from " + names(providers),
                    Providers.cite(providers, "provides authentication"));
        }
        List<CapabilityFact> handMade = new ArrayList<>(Providers.with(facts, Capability.JWT));
        handMade.addAll(Providers.with(facts, Capability.PASSWORD_HASHING));
        handMade.addAll(Providers.with(facts, Capability.SESSION_MANAGEMENT));
        if (!handMade.isEmpty()) {
            return Outcome.partial("sign-in appears to be built by hand on " + names(handMade)
                    + ", without an authentication provider or framework", Providers.cite(handMade, "building block only"));
        }
        List<Evidence> searched = Searched.manifests(facts, "authentication provider");
        if (searched.isEmpty()) {
            return Outcome.unknown("no dependency manifest was read, so the authentication library is unknown");
        }
        return Outcome.fail("no authentication provider or framework among the dependencies", searched);
    }

    private static String names(List<CapabilityFact> facts) {
        return facts.stream().map(CapabilityFact::source).distinct().sorted().limit(4).collect(Collectors.joining(", "));
    }
}
