package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.SignalKind;

import java.util.List;

/** deploy.tests-in-ci: the CI pipeline runs the test suite on every change. */
public final class TestsInCiCheck implements Check {

    @Override
    public String itemId() {
        return "deploy.tests-in-ci";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        List<ContentMatch> runs = Matches.of(context.facts(), "ci.test-command").stream()
                .filter(m -> Platforms.isCiPath(context.facts(), m.evidence().path())).toList();
        if (!runs.isEmpty()) {
            return Outcome.pass("CI runs tests", Matches.cite(runs, 5, m -> "test command in CI"));
        }
        List<FileSignal> ci = Platforms.signals(context.facts(), EnvironmentsSeparatedCheck.ciKinds());
        boolean testsExist = context.facts().any(FileSignal.class,
                s -> s.kind() == SignalKind.TEST_UNIT || s.kind() == SignalKind.TEST_E2E);
        if (!ci.isEmpty()) {
            return Outcome.fail("CI runs no test command" + (testsExist ? " although the repository has tests" : ""),
                    ci.stream().limit(5).map(s -> s.evidence().withNote("searched; no test command")).toList());
        }
        return Outcome.fail("no CI configuration, so no tests run automatically",
                Searched.repository("CI configuration running tests"));
    }
}
