package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.ActionKind;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.PipelineAction;
import dev.prodready.fact.PipelineFile;
import dev.prodready.fact.SignalKind;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * deploy.tests-in-ci: the pipeline runs the test suite on every change, and a failing test fails the pipeline.
 * Lint and build steps alone do not count; a test step whose failure is ignored, or one that runs only by hand
 * or on a schedule, is partial.
 */
public final class TestsInCiCheck implements Check {

    @Override
    public String itemId() {
        return "deploy.tests-in-ci";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Pipelines pipelines = Pipelines.of(context.facts());
        List<PipelineAction> tests = pipelines.actions(ActionKind.TEST, ActionKind.E2E_TEST);
        List<PipelineAction> gating = tests.stream().filter(a -> !a.ignoredFailure() && pipelines.onChange(a)).toList();
        if (!gating.isEmpty()) {
            return Outcome.pass("CI runs tests on every change: " + tools(gating),
                    gating.stream().limit(5).map(a -> a.evidence().withNote("test step: " + a.tool() + " in job " + a.job()))
                            .toList());
        }
        if (!tests.isEmpty()) {
            boolean ignored = tests.stream().allMatch(PipelineAction::ignoredFailure);
            return Outcome.partial(ignored ? "CI runs tests, but their failures are ignored (continue-on-error, "
                            + "allow_failure or || true), so a broken change still passes"
                            : "CI has test steps, but no push or pull-request trigger starts them, so they do not "
                            + "check each change",
                    tests.stream().limit(5).map(a -> a.evidence().withNote(a.tool() + (a.ignoredFailure()
                            ? ": failure ignored" : ": not run on pushes or pull requests"))).toList());
        }
        Set<String> parsed = pipelines.decidedPaths();
        List<ContentMatch> unparsedRuns = Matches.of(context.facts(), "ci.test-command").stream()
                .filter(m -> Platforms.isCiPath(context.facts(), m.evidence().path())
                        && !parsed.contains(m.evidence().path()) && !m.evidence().path().startsWith(".github/"))
                .toList();
        if (!unparsedRuns.isEmpty()) {
            return Outcome.pass("CI runs tests", Matches.cite(unparsedRuns, 5, m -> "test command in CI"));
        }
        boolean testsExist = context.facts().any(FileSignal.class,
                s -> s.kind() == SignalKind.TEST_UNIT || s.kind() == SignalKind.TEST_E2E);
        if (pipelines.any()) {
            String ran = pipelines.actions(ActionKind.values()).stream().map(a -> a.kind().id()).distinct().sorted()
                    .collect(Collectors.joining(", "));
            List<Evidence> searched = pipelines.files().stream().limit(5).map(f -> f.evidence().withNote(f.parsed()
                    ? "searched; no test step" + (ran.isEmpty() ? "" : " (steps found: " + ran + ")")
                    : "could not be read: " + f.problem())).toList();
            if (pipelines.files().stream().noneMatch(PipelineFile::parsed)) {
                return Outcome.unknown("the pipeline files could not be read, so whether they run tests is unknown",
                        searched);
            }
            return Outcome.fail("CI runs no test command" + (ran.isEmpty() ? "" : " (only " + ran + ")")
                    + (testsExist ? " although the repository has tests" : ""), searched);
        }
        List<FileSignal> ci = Platforms.signals(context.facts(), EnvironmentsSeparatedCheck.ciKinds());
        if (!ci.isEmpty()) {
            return Outcome.fail("CI runs no test command" + (testsExist ? " although the repository has tests" : ""),
                    ci.stream().limit(5).map(s -> s.evidence().withNote("searched; no test command")).toList());
        }
        return Outcome.fail("no CI configuration, so no tests run automatically",
                Searched.repository("CI configuration running tests"));
    }

    private static String tools(List<PipelineAction> actions) {
        return actions.stream().map(PipelineAction::tool).distinct().limit(3).collect(Collectors.joining(", "));
    }
}
