package dev.prodready.check.security;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.SignalKind;
import dev.prodready.live.LiveVerdicts;

import java.util.List;
import java.util.Set;

/**
 * encryption.in-transit: certificate verification turned off (rejectUnauthorized: false, verify=False,
 * sslmode=disable, InsecureSkipVerify) or TLS 1.0/1.1 policies fail; an HTTPS redirect or HSTS in code or hosting
 * config passes. A host that serves HTTPS by default is a platform statement the live probe should confirm.
 */
public final class EncryptionInTransitCheck implements Check {

    private static final Set<SignalKind> HTTPS_HOSTS = Set.of(SignalKind.PLATFORM_VERCEL, SignalKind.PLATFORM_NETLIFY,
            SignalKind.PLATFORM_FIREBASE, SignalKind.PLATFORM_FLY, SignalKind.PLATFORM_RENDER, SignalKind.PLATFORM_RAILWAY);

    @Override
    public String itemId() {
        return "encryption.in-transit";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        return LiveVerdicts.combine(repository(context), LiveVerdicts.judge(itemId(), context.facts()),
                LiveVerdicts.Combination.BOTH_REQUIRED);
    }

    /** The verdict from the repository alone; the live probe's, when a URL was given, is combined with it. */
    private Outcome repository(CheckContext context) {
        Facts facts = context.facts();
        List<Evidence> insecure = Matches.cite(Matches.notInTests(
                Matches.of(facts, SecurityPatterns.TRANSPORT_VERIFICATION_OFF)), "certificate verification turned off");
        List<Evidence> weak = Matches.cite(Matches.notInTests(
                Matches.of(facts, SecurityPatterns.TRANSPORT_WEAK_TLS)), "TLS 1.0 or 1.1 still allowed");
        List<Evidence> enforced = Matches.cite(Matches.notInTests(
                Matches.of(facts, SecurityPatterns.TRANSPORT_HTTPS_ENFORCED)), "HTTPS enforced (redirect or HSTS)");
        if (!insecure.isEmpty() || !weak.isEmpty()) {
            return Outcome.fail("connections can be intercepted: " + Matches.where(Matches.concat(insecure, weak, 10)),
                    Matches.concat(insecure, weak, 10));
        }
        if (!enforced.isEmpty()) {
            return Outcome.pass("HTTPS is enforced (" + Matches.where(enforced) + ") and no code turns off certificate"
                    + " verification", enforced);
        }
        List<FileSignal> hosts = facts.all(FileSignal.class, s -> HTTPS_HOSTS.contains(s.kind()));
        if (!hosts.isEmpty()) {
            return Outcome.unknown("the host (" + hosts.get(0).kind().id() + ") serves HTTPS by default and nothing turns"
                    + " verification off; confirm redirects and HSTS with `prodready scan --url`",
                    hosts.stream().limit(3).map(s -> s.evidence().withNote("hosting serves HTTPS by default")).toList());
        }
        return Outcome.unknown("no HTTPS enforcement was found in the repository; the live probe (`--url`) can tell");
    }
}
