package dev.prodready.check.compliance;

import dev.prodready.check.DocumentCheck;
import dev.prodready.fact.DocKind;

/** soc2.preparation: SOC 2 preparation, shown by a document in the repository or else attested. */
public final class Soc2PreparationCheck extends DocumentCheck {
    public Soc2PreparationCheck() {
        super("soc2.preparation", DocKind.SOC2);
    }
}
