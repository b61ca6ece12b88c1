package dev.prodready.check.data;

import dev.prodready.check.DocumentCheck;
import dev.prodready.fact.DocKind;

/** data.classification-procedures: data is sorted into classes with handling rules for each. */
public final class DataClassificationCheck extends DocumentCheck {

    public DataClassificationCheck() {
        super("data.classification-procedures", DocKind.DATA_CLASSIFICATION);
    }
}
