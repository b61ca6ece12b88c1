package dev.prodready.check.security;

import dev.prodready.check.DocumentCheck;
import dev.prodready.fact.DocKind;

/** pii.data-classification: a document defining classification levels; attestable when it lives elsewhere. */
public final class DataClassificationCheck extends DocumentCheck {

    public DataClassificationCheck() {
        super("pii.data-classification", DocKind.DATA_CLASSIFICATION);
    }
}
