package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.stack.Presence;
import dev.prodready.stack.Trait;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.FileSignal;

import java.util.ArrayList;
import java.util.List;

/** deploy.pipeline: a CI/CD pipeline builds, checks and deploys the application. */
public final class DeployPipelineCheck implements Check {

    @Override
    public String itemId() {
        return "deploy.pipeline";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        List<FileSignal> ci = Platforms.signals(context.facts(), EnvironmentsSeparatedCheck.ciKinds());
        DeploySurvey deploy = DeploySurvey.of(context.facts());
        List<Evidence> evidence = new ArrayList<>(ci.stream().limit(3)
                .map(s -> s.evidence().withNote(s.kind().id() + " pipeline")).toList());
        if (!ci.isEmpty()) {
            if (!deploy.ciDeploys().isEmpty()) {
                evidence.addAll(Matches.cite(deploy.ciDeploys(), 2, m -> "deploy step"));
                return Outcome.pass("CI builds and deploys", evidence);
            }
            if (!deploy.gitPlatforms().isEmpty()) {
                deploy.gitPlatforms().stream().limit(2).forEach(s -> evidence.add(s.evidence()
                        .withNote(s.kind().id() + ": the platform deploys each push")));
                return Outcome.pass("CI checks each change and the platform deploys it", evidence);
            }
            if (!deploy.ciTransfers().isEmpty()) {
                evidence.addAll(Matches.cite(deploy.ciTransfers(), 2, m -> "CI copies files to a server"));
                return Outcome.pass("CI builds and deploys by copying to a server", evidence);
            }
            if (context.stack().trait(Trait.SERVICE).presence() == Presence.ABSENT) {
                return Outcome.pass("CI runs on changes; there is no service to deploy (a library or command-line tool)",
                        evidence);
            }
            return Outcome.partial("CI runs, but no deploy step was found: deployment happens elsewhere or by hand",
                    evidence);
        }
        if (!deploy.gitPlatforms().isEmpty()) {
            return Outcome.partial("the platform deploys each push, but no CI pipeline checks a change before it "
                    + "goes out", deploy.gitPlatforms().stream().limit(3).map(s -> s.evidence()
                    .withNote(s.kind().id() + ": platform deploys from git")).toList());
        }
        return Outcome.fail("no CI/CD pipeline configuration",
                Searched.repository("GitHub Actions, GitLab CI, CircleCI, Bitbucket, Azure Pipelines or Jenkins configuration"));
    }
}
