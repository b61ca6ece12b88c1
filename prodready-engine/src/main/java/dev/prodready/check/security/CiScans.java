package dev.prodready.check.security;

import dev.prodready.check.Status;
import dev.prodready.check.infrastructure.Pipelines;
import dev.prodready.fact.ActionKind;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.PipelineAction;
import dev.prodready.fact.PipelineJob;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether CI runs a scan of one kind on every change, read from the parsed pipeline steps first: a step of that
 * kind in a job started by a push or pull request, whose failure fails the job, gates changes (pass); one that
 * only runs on a schedule or by hand, or whose failure is ignored, does not (partial). Line patterns stand in for
 * pipelines the parser could not read (a Jenkinsfile beyond the Groovy subset it reads, unusual CI files) and for
 * tools its step rules do not know, in files where no parsed step of the kind was found.
 */
final class CiScans {

    /** The judgement: PASS or PARTIAL, what to say, and the steps that show it. */
    record Verdict(Status status, String message, List<Evidence> evidence) {
    }

    private CiScans() {
    }

    static Optional<Verdict> judge(Facts facts, ActionKind kind, String patternId, String what) {
        Pipelines pipelines = Pipelines.of(facts);
        List<Evidence> gating = new ArrayList<>();
        List<Evidence> notBlocking = new ArrayList<>();
        List<Evidence> offline = new ArrayList<>();
        List<PipelineAction> actions = pipelines.actions(kind);
        for (PipelineAction a : actions) {
            boolean manual = pipelines.jobOf(a).map(PipelineJob::manual).orElse(false);
            boolean triggersKnown = !pipelines.triggersOf(a.file(), a.job()).isEmpty();
            boolean onChange = !manual && (pipelines.onChange(a) || !triggersKnown);
            String tool = a.tool() + " in job " + a.job();
            if (onChange && !a.ignoredFailure()) {
                gating.add(a.evidence().withNote(tool + " runs on every change"
                        + (triggersKnown ? "" : " (no trigger written; the platform's default)")));
            } else if (onChange) {
                notBlocking.add(a.evidence().withNote(tool + " runs on changes but its failure is ignored, so it"
                        + " does not block a merge"));
            } else {
                offline.add(a.evidence().withNote(tool + (manual ? " runs only when started by hand"
                        : pipelines.onSchedule(a) ? " runs only on a schedule" : " does not run on pushes or pull requests")));
            }
        }
        Set<String> judged = actions.stream().map(a -> a.evidence().path()).collect(Collectors.toSet());
        List<ContentMatch> lines = Matches.of(facts, patternId).stream()
                .filter(m -> !judged.contains(Matches.path(m)))
                .toList();
        List<Evidence> fallback = Matches.cite(lines, what + " in CI (pipeline read line by line)");
        if (!gating.isEmpty() || !fallback.isEmpty()) {
            List<Evidence> evidence = Matches.concat(gating, fallback, 5);
            String where = Matches.where(evidence);
            return Optional.of(new Verdict(Status.PASS, what + " runs in CI on every change: " + where, evidence));
        }
        if (!notBlocking.isEmpty()) {
            return Optional.of(new Verdict(Status.PARTIAL, what + " runs in CI but does not block: its failure is"
                    + " ignored (continue-on-error or allow_failure)", Matches.concat(notBlocking, offline, 5)));
        }
        if (!offline.isEmpty()) {
            return Optional.of(new Verdict(Status.PARTIAL, what + " runs in CI only on a schedule or by hand, so"
                    + " changes are merged before it looks at them", Matches.first(offline, 5)));
        }
        return Optional.empty();
    }
}
