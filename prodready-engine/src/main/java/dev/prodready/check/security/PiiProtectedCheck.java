package dev.prodready.check.security;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentSignal;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;

import java.util.ArrayList;
import java.util.List;

/**
 * pii.protected: a PII inventory document passes. Without one, protections visible in the code (row-level
 * security on every Supabase table, field-level encryption) are partial, since the data was never listed;
 * otherwise unknown, as the inventory may be kept outside the repository.
 */
public final class PiiProtectedCheck implements Check {

    @Override
    public String itemId() {
        return "pii.protected";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<DocumentSignal> inventory = facts.all(DocumentSignal.class, s -> s.kind() == DocKind.PII_INVENTORY);
        if (!inventory.isEmpty()) {
            return Outcome.pass("personal data is inventoried: " + Matches.where(inventory.stream()
                    .map(DocumentSignal::evidence).toList()), inventory.stream().limit(5).map(DocumentSignal::evidence).toList());
        }
        List<Evidence> protections = new ArrayList<>();
        RlsModel rls = RlsModel.of(facts);
        if (!rls.tables().isEmpty() && rls.withoutRls().isEmpty()) {
            protections.addAll(Matches.first(Matches.cite(rls.enableStatements(), "row-level security on a table"), 2));
        }
        protections.addAll(Matches.cite(Matches.notInTests(Matches.of(facts, SecurityPatterns.CRYPTO_FIELD_ENCRYPTION)),
                "field-level encryption"));
        if (!protections.isEmpty()) {
            return Outcome.partial("some protections are visible (" + Matches.where(protections) + "), but no document"
                    + " lists which personal data is held and how each kind is protected",
                    Matches.concat(Matches.first(protections, 4), Searched.documents(facts, "pii-inventory"), 6));
        }
        return Outcome.unknown("no PII inventory in the repository and no protection of personal data visible in the"
                + " code; if the inventory is kept elsewhere, attest it", Searched.documents(facts, "pii-inventory"));
    }
}
