package dev.prodready.check.operations;

import dev.prodready.check.SignalCheck;
import dev.prodready.fact.SignalKind;

/** ops.code-owners: a CODEOWNERS file names who answers for each part of the code. */
public final class CodeOwnersCheck extends SignalCheck {
    public CodeOwnersCheck() {
        super("ops.code-owners", SignalKind.REPO_CODEOWNERS);
    }
}
