package dev.prodready.catalogue;

import java.util.Locale;

/** Where evidence for an item can come from. */
public enum Detection {
    REPO, HISTORY, IAC, CI, DOCS, LIVE, ATTEST;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
