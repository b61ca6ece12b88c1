package dev.prodready.check.security;

/** secrets.no-keys-in-code: the secrets engine's working-tree findings for this item. */
public final class NoKeysInCodeCheck extends SecretFindingsCheck {

    public NoKeysInCodeCheck() {
        super("secrets.no-keys-in-code", "tree");
    }

    @Override
    String lookedFor() {
        return "keys or passwords in the code";
    }
}
