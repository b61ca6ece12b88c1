package dev.prodready.check.security;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Capability;
import dev.prodready.fact.CapabilityFact;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;

import java.util.ArrayList;
import java.util.List;

/**
 * auth.account-recovery: a password-reset or magic-link flow in the code, plus something that slows down password
 * guessing (lockout code, a sign-in limiter, Supabase's [auth.rate_limit], or a hosted provider that throttles
 * sign-in itself). Both pass, reset alone is partial, no reset flow with sign-in in place fails.
 */
public final class AccountRecoveryCheck implements Check {

    @Override
    public String itemId() {
        return "auth.account-recovery";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<ContentMatch> reset = Matches.notInTests(Matches.of(facts, SecurityPatterns.RECOVERY_RESET_FLOW,
                SecurityPatterns.RECOVERY_RESET_ROUTE));
        List<Evidence> throttle = new ArrayList<>(Matches.cite(
                Matches.notInTests(Matches.of(facts, SecurityPatterns.RECOVERY_LOCKOUT)), "sign-in throttling or lockout"));
        SupabaseConfig.of(facts).get("auth.rate_limit", "sign_in_sign_ups").ifPresent(s ->
                throttle.add(Matches.cite(s.match(), "Supabase limits sign-in attempts to " + s.value() + " per 5 minutes per IP")));
        List<CapabilityFact> throttlingProviders = new ArrayList<>(Providers.dashboardManagedAuth(facts));
        throttlingProviders.addAll(Providers.with(facts, Capability.AUTH_PROVIDER,
                s -> Providers.isSupabaseSource(s) || Providers.isFirebaseSource(s)));
        throttle.addAll(Providers.cite(throttlingProviders, "throttles repeated sign-in failures itself"));

        if (!reset.isEmpty()) {
            List<Evidence> resetEvidence = Matches.cite(reset, "password reset or magic-link flow");
            if (!throttle.isEmpty()) {
                return Outcome.pass("a reset flow (" + Matches.at(reset) + ") and sign-in throttling ("
                        + Matches.where(throttle) + ") are in place", Matches.concat(Matches.first(resetEvidence, 3), throttle, 6));
            }
            return Outcome.partial("a reset flow exists (" + Matches.at(reset) + ") but nothing limits repeated failed"
                    + " sign-ins", resetEvidence);
        }
        List<CapabilityFact> hosted = Providers.dashboardManagedAuth(facts);
        if (!hosted.isEmpty()) {
            return Outcome.unknown("no reset code in the repository; " + hosted.get(0).source() + "'s hosted sign-in"
                    + " pages usually include one, which its dashboard shows", Providers.cite(hosted, "hosted sign-in"));
        }
        List<CapabilityFact> providers = Providers.authProviders(facts);
        if (providers.isEmpty()) {
            return Outcome.unknown("no authentication provider was found, so there is no account to recover yet");
        }
        return Matches.coverage(facts)
                .map(c -> Outcome.fail("users who forget their password have no way back: no reset or magic-link flow"
                        + " was found", Matches.concat(Matches.searched(c, "a password-reset flow"), throttle, 5)))
                .orElseGet(() -> Outcome.unknown("the source was not searched for a password-reset flow"));
    }
}
