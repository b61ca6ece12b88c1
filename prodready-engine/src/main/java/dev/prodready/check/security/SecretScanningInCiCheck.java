package dev.prodready.check.security;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Capability;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.SignalKind;

import java.util.ArrayList;
import java.util.List;

/**
 * secrets.scanning-in-ci: a secret scanner step in CI (gitleaks, TruffleHog, ggshield, detect-secrets, secretlint,
 * prodready secrets) passes; a pre-commit hook, scanner configuration or package without a CI step is partial.
 * With neither, GitHub's own secret scanning with push protection may be on, which the repository cannot show:
 * unknown.
 */
public final class SecretScanningInCiCheck implements Check {

    @Override
    public String itemId() {
        return "secrets.scanning-in-ci";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<ContentMatch> ci = Matches.of(facts, SecurityPatterns.SECRETSCAN_CI_STEP);
        if (!ci.isEmpty()) {
            return Outcome.pass("a secret scanner runs in CI: " + Matches.at(ci), Matches.cite(ci, "secret scan in CI"));
        }
        List<Evidence> local = new ArrayList<>(Matches.cite(Matches.of(facts, SecurityPatterns.SECRETSCAN_LOCAL_HOOK),
                "secret scan in a local hook"));
        facts.all(FileSignal.class, s -> s.kind() == SignalKind.REPO_SECRET_SCAN_CONFIG).stream().limit(3)
                .forEach(s -> local.add(s.evidence().withNote("secret scanner configuration")));
        local.addAll(Providers.cite(Providers.with(facts, Capability.SECRET_SCANNING), "secret scanner"));
        if (!local.isEmpty()) {
            return Outcome.partial("a secret scanner is set up (" + Matches.where(local) + ") but no CI step runs it, so"
                    + " commits made without the hook go unchecked", Matches.first(local, 5));
        }
        String message = "no secret scanner in CI or hooks; if GitHub secret scanning with push protection is on"
                + " in the repository settings, attest it";
        return Matches.coverage(facts)
                .map(c -> Outcome.unknown(message, Matches.searched(c, "a secret scanner step or hook")))
                .orElseGet(() -> Outcome.unknown(message));
    }
}
