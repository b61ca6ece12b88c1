package dev.prodready.check.compliance;

import dev.prodready.check.DocumentCheck;
import dev.prodready.fact.DocKind;

/** hipaa.controls: HIPAA safeguards, shown by a document in the repository or else attested. */
public final class HipaaControlsCheck extends DocumentCheck {
    public HipaaControlsCheck() {
        super("hipaa.controls", DocKind.HIPAA);
    }
}
