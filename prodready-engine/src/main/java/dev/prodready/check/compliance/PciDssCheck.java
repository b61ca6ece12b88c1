package dev.prodready.check.compliance;

import dev.prodready.check.DocumentLanguage;
import dev.prodready.check.TraitGate;
import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.Evidence;
import dev.prodready.stack.Trait;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * compliance.pci: a PCI DSS document passes. When the stack profile shows raw card numbers reaching the app's
 * own server and no such document exists, that is a fail; otherwise the scope cannot be told.
 */
public final class PciDssCheck implements Check {

    @Override
    public String itemId() {
        return "compliance.pci";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        List<Evidence> docs = LegalEvidence.documents(context.facts(), DocKind.PCI, "PCI DSS documentation");
        if (!docs.isEmpty()) {
            return Outcome.pass("PCI DSS scope is documented: " + LegalEvidence.locations(docs),
                    LegalEvidence.first(docs, 5));
        }
        if (!TraitGate.present(context, Trait.CARD_DATA)) {
            return TraitGate.undecided(context, Trait.CARD_DATA, "no PCI DSS documentation");
        }
        List<Evidence> evidence = new ArrayList<>(context.stack().trait(Trait.CARD_DATA).evidence().stream().limit(3)
                .map(e -> e.withNote(e.note() == null ? "card data reaches the app's server" : e.note())).toList());
        evidence.addAll(Searched.documents(context.facts(), "PCI DSS, SAQ, attestation of compliance"));
        Optional<Outcome> foreign = DocumentLanguage.cannotTellAbsence(context.facts(), "PCI DSS documentation");
        if (foreign.isPresent()) {
            return foreign.get();
        }
        return Outcome.fail("card numbers reach the app's own server, and no PCI DSS assessment is documented", evidence);
    }
}
