package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.ActionKind;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.PipelineAction;
import dev.prodready.fact.PipelineFile;
import dev.prodready.fact.PipelineTrigger;
import dev.prodready.stack.Presence;
import dev.prodready.stack.Trait;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * deploy.pipeline: a CI/CD pipeline runs on every change (push or pull request), checks it and deploys it
 * (itself, or by letting a platform that builds from git deploy after the checks).
 */
public final class DeployPipelineCheck implements Check {

    @Override
    public String itemId() {
        return "deploy.pipeline";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Pipelines pipelines = Pipelines.of(context.facts());
        DeploySurvey deploy = DeploySurvey.of(context.facts());
        Set<String> parsed = pipelines.files().stream().map(PipelineFile::path).collect(Collectors.toSet());
        List<FileSignal> unparsed = Platforms.signals(context.facts(), EnvironmentsSeparatedCheck.ciKinds()).stream()
                .filter(s -> !parsed.contains(s.evidence().path())).toList();
        if (!pipelines.any() && unparsed.isEmpty()) {
            if (!deploy.gitPlatforms().isEmpty()) {
                return Outcome.partial("the platform deploys each push, but no CI pipeline checks a change before it "
                        + "goes out", deploy.gitPlatforms().stream().limit(3)
                        .map(e -> e.withNote(Platforms.kindOf(e) + ": platform deploys from git")).toList());
            }
            return Outcome.fail("no CI/CD pipeline configuration", Searched.repository("GitHub Actions, GitLab CI, "
                    + "CircleCI, Bitbucket, Azure Pipelines or Jenkins configuration"));
        }
        List<Evidence> evidence = new ArrayList<>();
        List<PipelineTrigger> onChange = pipelines.triggers().stream().filter(PipelineTrigger::onChange).toList();
        onChange.stream().limit(2).forEach(t -> evidence.add(t.evidence().withNote(t.platform() + " pipeline "
                + t.evidence().note())));
        unparsed.stream().limit(2).forEach(s -> evidence.add(s.evidence().withNote(s.kind().id() + " pipeline")));
        if (onChange.isEmpty() && unparsed.isEmpty()) {
            List<Evidence> files = pipelines.files().stream().limit(3).map(f -> f.evidence()
                    .withNote(f.parsed() ? "runs only when started by hand or on a schedule" : "could not be read: "
                            + f.problem())).toList();
            boolean unreadable = pipelines.files().stream().anyMatch(f -> !f.parsed());
            if (unreadable && pipelines.files().stream().noneMatch(PipelineFile::parsed)) {
                return Outcome.unknown("the pipeline files could not be read, so what starts them is unknown", files);
            }
            return Outcome.partial("pipelines exist but none runs on pushes or pull requests, so changes are not "
                    + "checked as they arrive", files);
        }
        if (!deploy.ciDeploys().isEmpty()) {
            evidence.addAll(deploy.ciDeploys().stream().limit(2).toList());
            return Outcome.pass("CI runs on every change and deploys" + approvalNote(pipelines), evidence);
        }
        if (!deploy.gitPlatforms().isEmpty()) {
            deploy.gitPlatforms().stream().limit(2).forEach(e -> evidence.add(e.withNote(Platforms.kindOf(e)
                    + ": the platform deploys each push")));
            return Outcome.pass("CI checks each change and the platform deploys it", evidence);
        }
        if (!deploy.ciTransfers().isEmpty()) {
            evidence.addAll(deploy.ciTransfers().stream().limit(2).toList());
            return Outcome.pass("CI runs on every change and deploys by copying to a server", evidence);
        }
        List<Evidence> cited = evidence.isEmpty() ? pipelines.files().stream().limit(3).map(f -> f.evidence()
                .withNote("searched; no deploy step")).toList() : evidence;
        if (context.stack().trait(Trait.SERVICE).presence() == Presence.ABSENT) {
            return Outcome.pass("CI runs on changes; there is no service to deploy (a library or command-line tool)",
                    cited);
        }
        return Outcome.partial("CI runs, but no deploy step was found: deployment happens elsewhere or by hand", cited);
    }

    /** Production deploy jobs bound to a GitHub environment: approvals may be required, but only settings show it. */
    private static String approvalNote(Pipelines pipelines) {
        List<PipelineAction> prod = pipelines.actions(ActionKind.DEPLOY, ActionKind.INFRA_APPLY).stream()
                .filter(a -> Environments.ofName(pipelines.environmentOf(a)).filter(t -> t == Tier.PRODUCTION).isPresent())
                .toList();
        if (prod.isEmpty()) {
            return "";
        }
        boolean manual = prod.stream().allMatch(a -> pipelines.jobOf(a).map(j -> j.manual()).orElse(false));
        if (manual) {
            return "; production deploys wait for a person to start or approve them";
        }
        return "; production deploys run in environment '" + pipelines.environmentOf(prod.get(0))
                + "', whose required reviewers (if any) are set in the platform's settings, not visible here";
    }
}
