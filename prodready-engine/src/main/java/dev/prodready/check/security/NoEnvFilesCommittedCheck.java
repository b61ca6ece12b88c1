package dev.prodready.check.security;

import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.ScanCoverage;
import dev.prodready.fact.SignalKind;

import java.util.List;
import java.util.Optional;

/**
 * secrets.no-env-files-committed: an env file in the working tree (file signal env.file-committed; the file index
 * honours .gitignore, so an ignored local .env is not one) or a secrets finding for this item fails. Without
 * either, the secret scan's or the content scan's coverage of the tree shows that none was there.
 */
public final class NoEnvFilesCommittedCheck extends SecretFindingsCheck {

    public NoEnvFilesCommittedCheck() {
        super("secrets.no-env-files-committed", "tree");
    }

    @Override
    String lookedFor() {
        return "committed .env files";
    }

    @Override
    List<Evidence> otherFailures(CheckContext context) {
        return context.facts().all(FileSignal.class, s -> s.kind() == SignalKind.ENV_FILE_COMMITTED).stream()
                .limit(5).map(s -> s.evidence().withNote("environment file tracked in the repository")).toList();
    }

    @Override
    String otherFailuresDescription() {
        return "environment files are part of the repository";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Outcome outcome = super.evaluate(context);
        if (outcome.status() != Status.UNKNOWN) {
            return outcome;
        }
        Optional<ScanCoverage> tree = Matches.coverage(context.facts());
        if (tree.isPresent()) {
            return Outcome.pass("no .env, .env.local, .env.production or similar file in the indexed working tree"
                    + " (git-ignored files are not indexed)", List.of(tree.get().evidence()
                    .withNote("working tree indexed; no environment file other than templates")));
        }
        return outcome;
    }
}
