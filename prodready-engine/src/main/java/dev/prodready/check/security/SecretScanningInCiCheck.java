package dev.prodready.check.security;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.ActionKind;
import dev.prodready.fact.Capability;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.SignalKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * secrets.scanning-in-ci: a secret scanner step in CI (gitleaks, TruffleHog, ggshield, detect-secrets, secretlint,
 * prodready secrets) that runs on every push or pull request and blocks on failure passes; one that runs only on a
 * schedule or by hand, or whose failure is ignored, is partial ({@link CiScans}); a pre-commit hook, scanner configuration or package without a CI step is partial.
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
        Optional<CiScans.Verdict> ci = CiScans.judge(facts, ActionKind.SECRET_SCAN, SecurityPatterns.SECRETSCAN_CI_STEP,
                "a secret scanner");
        if (ci.isPresent() && ci.get().status() == Status.PASS) {
            return Outcome.pass(ci.get().message(), ci.get().evidence());
        }
        List<Evidence> local = new ArrayList<>(Matches.cite(Matches.of(facts, SecurityPatterns.SECRETSCAN_LOCAL_HOOK),
                "secret scan in a local hook"));
        facts.all(FileSignal.class, s -> s.kind() == SignalKind.REPO_SECRET_SCAN_CONFIG).stream().limit(3)
                .forEach(s -> local.add(s.evidence().withNote("secret scanner configuration")));
        local.addAll(Providers.cite(Providers.with(facts, Capability.SECRET_SCANNING), "secret scanner"));
        if (ci.isPresent()) {
            return Outcome.partial(ci.get().message(), Matches.concat(ci.get().evidence(), local, 6));
        }
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
