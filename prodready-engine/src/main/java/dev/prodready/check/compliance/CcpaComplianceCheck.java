package dev.prodready.check.compliance;

import dev.prodready.check.DocumentLanguage;
import dev.prodready.check.TraitGate;
import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.stack.Trait;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ccpa.compliance: a CCPA document, a California section in the privacy policy, or an opt-out link passes.
 * With California users known, a privacy policy without any of these is partial, nothing at all a fail. A privacy
 * page that is a stub is no policy: "CCPA" on a "Coming soon" page does not pass, and the stub is cited in the fail.
 */
public final class CcpaComplianceCheck implements Check {

    @Override
    public String itemId() {
        return "ccpa.compliance";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<Evidence> found = new ArrayList<>(LegalEvidence.documents(facts, DocKind.CCPA, "CCPA documentation"));
        found.addAll(LegalEvidence.writtenMatches(facts, LegalEvidence.CALIFORNIA_MENTION, "California privacy section"));
        found.addAll(LegalEvidence.writtenMatches(facts, LegalEvidence.DO_NOT_SELL, "opt-out of sale or sharing link"));
        if (!found.isEmpty()) {
            return Outcome.pass("California privacy rights are addressed: " + LegalEvidence.locations(found),
                    LegalEvidence.first(found, 5));
        }
        if (!TraitGate.present(context, Trait.CALIFORNIA_USERS)) {
            return TraitGate.undecided(context, Trait.CALIFORNIA_USERS, "no CCPA section, document or opt-out link");
        }
        LegalEvidence.Policy privacy = LegalEvidence.privacyPolicy(facts);
        List<Evidence> policy = privacy.written();
        if (!policy.isEmpty()) {
            return Outcome.partial("a privacy policy exists (" + LegalEvidence.locations(policy)
                    + ") but says nothing about California rights, and no opt-out link was found",
                    LegalEvidence.first(policy, 3));
        }
        if (!privacy.unwritten().isEmpty()) {
            return Outcome.fail("the app has California users but no privacy policy, CCPA section or opt-out link: "
                    + privacy.whyUnwritten(), privacy.unwritten());
        }
        Optional<Outcome> foreign = DocumentLanguage.cannotTellAbsence(facts, "a CCPA section or privacy policy");
        if (foreign.isPresent()) {
            return foreign.get();
        }
        return Outcome.fail("the app has California users but no privacy policy, CCPA section or opt-out link",
                Searched.documents(facts, "CCPA, California privacy rights"));
    }
}
