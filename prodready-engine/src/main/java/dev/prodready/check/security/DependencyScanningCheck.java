package dev.prodready.check.security;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.check.Status;
import dev.prodready.fact.ActionKind;
import dev.prodready.fact.Capability;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.ManifestFact;
import dev.prodready.fact.SignalKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * appsec.dependency-scanning: Dependabot or Renovate configuration, a scanner step in CI (npm audit, Snyk,
 * OSV-Scanner, pip-audit, Trivy, dependency-review) on every push or pull request, or a scanning package passes; a
 * CI scan only on a schedule, by hand or with its failure ignored, and nothing else, is partial; none fails.
 */
public final class DependencyScanningCheck implements Check {

    @Override
    public String itemId() {
        return "appsec.dependency-scanning";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<Evidence> found = new ArrayList<>(facts.all(FileSignal.class,
                        s -> s.kind() == SignalKind.DEPS_DEPENDABOT || s.kind() == SignalKind.DEPS_RENOVATE).stream()
                .map(s -> s.evidence().withNote(s.kind().id() + " keeps dependencies updated")).toList());
        Optional<CiScans.Verdict> ci = CiScans.judge(facts, ActionKind.DEPENDENCY_SCAN, SecurityPatterns.DEPSCAN_CI_STEP,
                "a dependency vulnerability scan");
        ci.filter(v -> v.status() == Status.PASS).ifPresent(v -> found.addAll(v.evidence()));
        found.addAll(Providers.cite(Providers.with(facts, Capability.DEPENDENCY_SCANNING), "scans dependencies"));
        if (!found.isEmpty()) {
            return Outcome.pass("dependencies are watched for vulnerabilities: " + Matches.where(found),
                    Matches.first(found, 6));
        }
        if (ci.isPresent()) {
            return Outcome.partial(ci.get().message(), ci.get().evidence());
        }
        if (Matches.coverage(facts).isEmpty() && facts.all(ManifestFact.class).isEmpty()
                && facts.all(FileSignal.class).isEmpty()) {
            return Outcome.unknown("the repository was not read, so dependency scanning is unknown");
        }
        return Outcome.fail("no Dependabot or Renovate configuration and no vulnerability scan in CI",
                Searched.repository("dependabot.yml, renovate.json or dependency scanner step"));
    }
}
