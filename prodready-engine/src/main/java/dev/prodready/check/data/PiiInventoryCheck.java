package dev.prodready.check.data;

import dev.prodready.check.DocumentCheck;
import dev.prodready.fact.DocKind;

/** data.pii-inventory: the personal data the app holds, where and why, is listed. */
public final class PiiInventoryCheck extends DocumentCheck {

    public PiiInventoryCheck() {
        super("data.pii-inventory", DocKind.PII_INVENTORY);
    }
}
