package dev.prodready.check.monitoring;

import dev.prodready.check.AttestationCheck;

/** logging.analysis: whether logs are reviewed is a practice, not a file. */
public final class LogAnalysisCheck extends AttestationCheck {

    public LogAnalysisCheck() {
        super("logging.analysis");
    }
}
