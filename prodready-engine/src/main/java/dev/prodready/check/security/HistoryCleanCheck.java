package dev.prodready.check.security;

/** secrets.history-clean: the secrets engine's findings over the whole git history. */
public final class HistoryCleanCheck extends SecretFindingsCheck {

    public HistoryCleanCheck() {
        super("secrets.history-clean", "history");
    }

    @Override
    String lookedFor() {
        return "secrets in any commit";
    }
}
