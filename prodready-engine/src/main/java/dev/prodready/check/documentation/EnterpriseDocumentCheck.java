package dev.prodready.check.documentation;

import dev.prodready.check.CheckContext;
import dev.prodready.check.DocumentCheck;
import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.check.TraitGate;
import dev.prodready.fact.DocKind;
import dev.prodready.stack.Trait;

/**
 * A document only enterprise customers need: missing is a fail once the app is known to sell to organisations,
 * and unknown while that is undecided.
 */
abstract class EnterpriseDocumentCheck extends DocumentCheck {

    EnterpriseDocumentCheck(String itemId, DocKind... wanted) {
        super(itemId, wanted);
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Outcome outcome = super.evaluate(context);
        if (outcome.status() == Status.FAIL && !TraitGate.present(context, Trait.ENTERPRISE)) {
            return TraitGate.undecided(context, Trait.ENTERPRISE, "no document covers " + describe());
        }
        return outcome;
    }
}
