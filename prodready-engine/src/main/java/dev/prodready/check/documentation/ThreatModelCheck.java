package dev.prodready.check.documentation;

import dev.prodready.check.DocumentCheck;
import dev.prodready.fact.DocKind;

/** docs.threat-model: a document in the repository describes a threat model. */
public final class ThreatModelCheck extends DocumentCheck {
    public ThreatModelCheck() {
        super("docs.threat-model", DocKind.THREAT_MODEL);
    }
}
