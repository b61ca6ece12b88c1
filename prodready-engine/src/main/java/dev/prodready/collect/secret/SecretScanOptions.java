package dev.prodready.collect.secret;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the secret scan reads.
 *
 * @param tree     the working-tree files of the workspace index
 * @param history  every blob reachable from any ref, each read once
 * @param sinceRev with history: only what is not reachable from this revision (e.g. "origin/main")
 * @param staged   the files staged for the next commit, reporting only added lines (pre-commit use)
 */
public record SecretScanOptions(boolean tree, boolean history, Optional<String> sinceRev, boolean staged) {

    private static final Pattern REVISION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/@{}~^:-]{0,200}");

    public SecretScanOptions {
        sinceRev = sinceRev.map(String::strip).filter(s -> !s.isEmpty());
        if (sinceRev.isPresent() && (!REVISION.matcher(sinceRev.get()).matches() || sinceRev.get().contains(".."))) {
            throw new IllegalArgumentException("not a revision name: " + sinceRev.get());
        }
        if (!tree && !history && !staged) {
            throw new IllegalArgumentException("nothing to scan: choose the tree, the history or the staged files");
        }
    }

    /** Working tree and the full history: what {@code prodready scan} uses. */
    public static SecretScanOptions defaults() {
        return new SecretScanOptions(true, true, Optional.empty(), false);
    }

    public static SecretScanOptions treeOnly() {
        return new SecretScanOptions(true, false, Optional.empty(), false);
    }

    /** Only the staged changes: what a pre-commit hook runs. */
    public static SecretScanOptions stagedOnly() {
        return new SecretScanOptions(false, false, Optional.empty(), true);
    }

    public SecretScanOptions withSinceRev(String revision) {
        return new SecretScanOptions(tree, history, Optional.ofNullable(revision), staged);
    }
}
