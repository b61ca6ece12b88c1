package dev.prodready.catalogue;

import java.util.List;

/** A checklist red flag; it is raised when any item in {@code raisedBy} fails. */
public record RedFlag(String seedRef, String title, String explanation, List<String> raisedBy) {
    public RedFlag {
        raisedBy = List.copyOf(raisedBy);
    }
}
