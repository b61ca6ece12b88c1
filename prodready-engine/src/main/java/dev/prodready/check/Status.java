package dev.prodready.check;

import java.util.Locale;

/** The verdict on one item. Only PASS, PARTIAL and FAIL are decided by evidence from the scan. */
public enum Status {
    PASS, PARTIAL, FAIL, UNKNOWN, NOT_APPLICABLE, ATTESTED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean decidedByEvidence() {
        return this == PASS || this == PARTIAL || this == FAIL;
    }
}
