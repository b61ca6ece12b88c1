package dev.prodready.check.operations;

import dev.prodready.check.DocumentCheck;
import dev.prodready.fact.DocKind;

/** incident.postmortem: a document in the repository describes a post-mortem process. */
public final class PostmortemCheck extends DocumentCheck {
    public PostmortemCheck() {
        super("incident.postmortem", DocKind.POSTMORTEM);
    }
}
