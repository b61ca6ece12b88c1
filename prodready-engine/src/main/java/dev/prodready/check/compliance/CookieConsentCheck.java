package dev.prodready.check.compliance;

import dev.prodready.check.TraitGate;
import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Capability;
import dev.prodready.fact.CapabilityFact;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.live.LiveVerdicts;
import dev.prodready.stack.Trait;

import java.util.ArrayList;
import java.util.List;

/**
 * privacy.cookie-consent: a consent manager (package or script) passes. Without one, trackers in the app are
 * the gap: fail when EU users are known, partial when only a cookie policy informs about them. A cookie page that
 * is a stub or an unfilled template informs nobody, so it is cited in the fail instead.
 */
public final class CookieConsentCheck implements Check {

    @Override
    public String itemId() {
        return "privacy.cookie-consent";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        return LiveVerdicts.combine(repository(context), LiveVerdicts.judge(itemId(), context.facts()),
                LiveVerdicts.Combination.EITHER_SHOWS);
    }

    /** The verdict from the repository alone; the live probe's, when a URL was given, is combined with it. */
    private Outcome repository(CheckContext context) {
        Facts facts = context.facts();
        List<Evidence> managers = new ArrayList<>();
        facts.all(CapabilityFact.class, c -> c.capability() == Capability.COOKIE_CONSENT)
                .forEach(c -> managers.add(c.evidence().withNote(c.source() + " (consent manager)")));
        managers.addAll(LegalEvidence.matches(facts, LegalEvidence.CONSENT_SCRIPT, "consent manager script"));
        if (!managers.isEmpty()) {
            return Outcome.pass("a consent manager is in place: " + LegalEvidence.locations(managers),
                    LegalEvidence.first(managers, 5));
        }
        List<Evidence> trackers = LegalEvidence.trackers(facts);
        List<Evidence> banners = LegalEvidence.matches(facts, LegalEvidence.CONSENT_BANNER, "home-made cookie banner");
        if (!banners.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(LegalEvidence.first(banners, 3));
            evidence.addAll(LegalEvidence.first(trackers, 3));
            return Outcome.partial("a home-made cookie banner exists (" + LegalEvidence.locations(banners)
                    + "); check that it offers a real refusal and that trackers wait for consent", evidence);
        }
        if (trackers.isEmpty()) {
            return Outcome.unknown("no consent manager found, and no analytics or advertising tag either; consent is"
                    + " needed only before non-essential cookies or trackers, so check what the deployed site sets");
        }
        if (!TraitGate.present(context, Trait.EU_USERS)) {
            return Outcome.unknown("trackers load (" + LegalEvidence.locations(trackers) + ") with no consent manager;"
                    + " that is a gap if people in the EU or UK use the app, which the scan could not tell",
                    LegalEvidence.first(trackers, 5));
        }
        LegalEvidence.Policy cookiePolicy = LegalEvidence.policy(facts, LegalEvidence.COOKIES);
        List<Evidence> policy = cookiePolicy.written();
        if (!policy.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(LegalEvidence.first(policy, 2));
            evidence.addAll(LegalEvidence.first(trackers, 3));
            return Outcome.partial("a cookie policy exists (" + LegalEvidence.locations(policy)
                    + ") but nothing asks visitors for consent before the trackers load", evidence);
        }
        List<Evidence> evidence = new ArrayList<>(LegalEvidence.first(trackers, 5));
        evidence.addAll(LegalEvidence.first(cookiePolicy.unwritten(), 2));
        String unwritten = cookiePolicy.whyUnwritten();
        return Outcome.fail("trackers load for EU visitors without any consent manager: "
                + LegalEvidence.locations(trackers) + (unwritten.isEmpty() ? "" : "; " + unwritten), evidence);
    }
}
