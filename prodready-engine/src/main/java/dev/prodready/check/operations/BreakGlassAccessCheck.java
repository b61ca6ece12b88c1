package dev.prodready.check.operations;

import dev.prodready.check.DocumentCheck;
import dev.prodready.fact.DocKind;

/** access.break-glass: a document in the repository describes emergency (break-glass) access and lockout recovery. */
public final class BreakGlassAccessCheck extends DocumentCheck {
    public BreakGlassAccessCheck() {
        super("access.break-glass", DocKind.EMERGENCY_ACCESS);
    }
}
