package dev.prodready.check.security;

import dev.prodready.catalogue.Severity;
import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Finding;
import dev.prodready.fact.ScanCoverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The shape of the items decided by the secrets engine: fail on any finding for this item above LOW severity,
 * partial on LOW ones
 * (public-by-design keys are reported at INFO), pass only when the engine reports it covered the scope ("tree" or
 * "history"), unknown otherwise. Subclasses may add failures seen by other means (committed env files, secret
 * variable names under a browser-exposed prefix).
 */
abstract class SecretFindingsCheck implements Check {

    static final String ENGINE = "secrets";

    private final String itemId;
    private final String scope;

    SecretFindingsCheck(String itemId, String scope) {
        this.itemId = itemId;
        this.scope = scope;
    }

    @Override
    public final String itemId() {
        return itemId;
    }

    /** Failures this item sees beyond the engine's findings; evidence notes must never quote a secret. */
    List<Evidence> otherFailures(CheckContext context) {
        return List.of();
    }

    /** What {@link #otherFailures} found, in words, for the message. */
    String otherFailuresDescription() {
        return "";
    }

    /** What the scan looked for, in words ("secrets in the working tree"). */
    abstract String lookedFor();

    @Override
    public Outcome evaluate(CheckContext context) {
        List<Finding> findings = context.facts().all(Finding.class,
                f -> itemId.equals(f.itemId()) && f.severity().weight() > Severity.LOW.weight());
        // LOW findings (a password that only guards a local or CI database, an env file not yet committed) are
        // worth fixing but are not leaked keys: they make the item partial, never a failure or a red flag.
        List<Finding> minor = context.facts().all(Finding.class,
                f -> itemId.equals(f.itemId()) && f.severity() == Severity.LOW);
        List<Evidence> other = otherFailures(context);
        if (!findings.isEmpty() || !other.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>();
            findings.stream().limit(10).forEach(f -> evidence.add(f.evidence().withNote(
                    f.severity().id() + " finding " + f.ruleId() + " (value redacted)")));
            evidence.addAll(other);
            List<String> parts = new ArrayList<>();
            if (!findings.isEmpty()) {
                parts.add(findings.size() + " secret finding" + (findings.size() == 1 ? "" : "s") + " ("
                        + findings.stream().map(Finding::ruleId).distinct().sorted().limit(3)
                        .collect(Collectors.joining(", ")) + ")");
            }
            if (!other.isEmpty()) {
                parts.add(otherFailuresDescription());
            }
            return Outcome.fail(String.join("; ", parts) + " at " + Matches.where(evidence)
                    + "; rotate every exposed key before cleaning up", evidence.stream().limit(15).toList());
        }
        Optional<ScanCoverage> coverage = Matches.coverage(context.facts(), ENGINE, scope);
        if (!minor.isEmpty()) {
            return Outcome.partial(minor.size() + " low-severity finding" + (minor.size() == 1 ? "" : "s") + " ("
                    + minor.stream().map(Finding::ruleId).distinct().sorted().limit(3).collect(Collectors.joining(", "))
                    + "), such as credentials that only guard a local or CI database; no leaked production key",
                    minor.stream().limit(10).map(f -> f.evidence().withNote("low finding " + f.ruleId()
                            + " (value redacted)")).toList());
        }
        if (coverage.isPresent()) {
            ScanCoverage c = coverage.get();
            return Outcome.pass("the secret scan covered " + c.units() + " " + c.unitName() + " and found no "
                    + lookedFor(), List.of(c.evidence().withNote(c.units() + " " + c.unitName()
                    + " scanned for secrets; nothing above info severity")));
        }
        return Outcome.unknown("the secret scan of the " + (scope.equals("history") ? "git history" : "working tree")
                + " did not run, so " + lookedFor() + " cannot be ruled out; run `prodready secrets`");
    }
}
