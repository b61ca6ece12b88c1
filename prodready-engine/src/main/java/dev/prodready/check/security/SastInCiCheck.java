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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * appsec.sast-in-ci: a static analysis step in CI (CodeQL, Semgrep, SonarCloud, Bandit, Snyk Code, gosec,
 * Brakeman, SpotBugs) on every push or pull request, blocking on failure, passes; one only on a schedule, by hand
 * or with its failure ignored is partial ({@link CiScans}); analyser configuration or a package without a CI step is partial; CI without any
 * fails, citing the pipelines read.
 */
public final class SastInCiCheck implements Check {

    @Override
    public String itemId() {
        return "appsec.sast-in-ci";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        Optional<CiScans.Verdict> ci = CiScans.judge(facts, ActionKind.SAST, SecurityPatterns.SAST_CI_STEP,
                "static analysis");
        if (ci.isPresent()) {
            CiScans.Verdict v = ci.get();
            return v.status() == Status.PASS ? Outcome.pass(v.message(), v.evidence())
                    : Outcome.partial(v.message(), v.evidence());
        }
        List<Evidence> configured = new ArrayList<>(Matches.cite(Matches.of(facts, SecurityPatterns.SAST_CONFIG_FILE),
                "static analysis configuration"));
        configured.addAll(Providers.cite(Providers.with(facts, Capability.SAST), "static analyser"));
        if (!configured.isEmpty()) {
            return Outcome.partial("a static analyser is configured (" + Matches.where(configured) + ") but no CI step"
                    + " running it was found", Matches.first(configured, 5));
        }
        List<Evidence> pipelines = facts.all(FileSignal.class, s -> s.kind().id().startsWith("ci.")).stream().limit(5)
                .map(s -> s.evidence().withNote("CI pipeline with no static analysis step")).toList();
        if (!pipelines.isEmpty()) {
            return Outcome.fail("the CI pipelines run no static security analysis", pipelines);
        }
        if (Matches.coverage(facts).isPresent() || !facts.all(FileSignal.class).isEmpty()) {
            return Outcome.fail("there is no CI pipeline, so no static analysis runs on changes",
                    Searched.repository("CI pipeline"));
        }
        return Outcome.unknown("the repository was not read, so static analysis in CI is unknown");
    }
}
