package dev.prodready.check.compliance;

import dev.prodready.check.DocumentCheck;
import dev.prodready.fact.DocKind;

/** privacy.customer-dpa: a standard data processing agreement for customers, shown by a document in the repository or else attested. */
public final class CustomerDpaCheck extends DocumentCheck {
    public CustomerDpaCheck() {
        super("privacy.customer-dpa", DocKind.DPA);
    }
}
