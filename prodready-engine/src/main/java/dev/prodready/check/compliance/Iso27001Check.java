package dev.prodready.check.compliance;

import dev.prodready.check.DocumentCheck;
import dev.prodready.fact.DocKind;

/** compliance.iso27001: ISO 27001 certification or plans, shown by a document in the repository or else attested. */
public final class Iso27001Check extends DocumentCheck {
    public Iso27001Check() {
        super("compliance.iso27001", DocKind.ISO27001);
    }
}
