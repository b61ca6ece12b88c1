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
 * gdpr.compliance: a GDPR document passes. Without one, and with EU users known, the pieces that exist
 * (privacy policy mentioning GDPR, deletion and export paths, DPA, vendor list) make it partial; none is a fail.
 * A privacy page that is a stub is no piece, even when it names the GDPR; it is cited as what is missing.
 */
public final class GdprComplianceCheck implements Check {

    @Override
    public String itemId() {
        return "gdpr.compliance";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<Evidence> gdprDocs = LegalEvidence.documents(facts, DocKind.GDPR, "GDPR documentation");
        if (!gdprDocs.isEmpty()) {
            return Outcome.pass("GDPR obligations are documented: " + LegalEvidence.locations(gdprDocs),
                    LegalEvidence.first(gdprDocs, 5));
        }
        if (!TraitGate.present(context, Trait.EU_USERS)) {
            return TraitGate.undecided(context, Trait.EU_USERS, "no GDPR documentation in the repository");
        }
        List<String> have = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        collect(have, evidence, "a privacy policy that refers to the GDPR",
                LegalEvidence.writtenMatches(facts, LegalEvidence.GDPR_MENTION, "privacy policy mentions the GDPR"));
        collect(have, evidence, "an account deletion path",
                LegalEvidence.matches(facts, LegalEvidence.ACCOUNT_DELETION, "account deletion"));
        collect(have, evidence, "a data export path",
                LegalEvidence.matches(facts, LegalEvidence.DATA_EXPORT, "data export"));
        collect(have, evidence, "a DPA", LegalEvidence.documents(facts, DocKind.DPA, "data processing agreement"));
        collect(have, evidence, "a vendor list", LegalEvidence.documents(facts, DocKind.VENDOR_LIST, "sub-processors"));
        LegalEvidence.Policy privacy = LegalEvidence.privacyPolicy(facts);
        String unwritten = privacy.whyUnwritten();
        if (!have.isEmpty()) {
            evidence.addAll(LegalEvidence.first(privacy.unwritten(), 2));
            return Outcome.partial("no record of processing or GDPR document, though the repository has "
                    + String.join(", ", have) + (unwritten.isEmpty() ? "" : "; " + unwritten), evidence);
        }
        if (!unwritten.isEmpty()) {
            return Outcome.fail("the app has EU users but nothing in the repository documents or implements its GDPR"
                    + " duties: " + unwritten, privacy.unwritten());
        }
        Optional<Outcome> foreign = DocumentLanguage.cannotTellAbsence(facts, "GDPR documentation");
        if (foreign.isPresent()) {
            return foreign.get();
        }
        return Outcome.fail("the app has EU users but nothing in the repository documents or implements its GDPR"
                + " duties", Searched.documents(facts, "GDPR, record of processing, lawful basis"));
    }

    private static void collect(List<String> have, List<Evidence> evidence, String name, List<Evidence> found) {
        if (!found.isEmpty()) {
            have.add(name);
            evidence.addAll(LegalEvidence.first(found, 2));
        }
    }
}
