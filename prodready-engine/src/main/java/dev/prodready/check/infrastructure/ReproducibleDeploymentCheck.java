package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.ContainerImage;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.ManifestFact;
import dev.prodready.fact.SignalKind;

import java.util.ArrayList;
import java.util.List;

/**
 * deploy.reproducible: every deploy is built the same way from files in the repository (CI deploy steps,
 * a platform building from git, IaC), not copied onto a server by hand; dependency versions are locked and
 * the base image does not float.
 */
public final class ReproducibleDeploymentCheck implements Check {

    @Override
    public String itemId() {
        return "deploy.reproducible";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        DeploySurvey deploy = DeploySurvey.of(facts);
        if (deploy.onlyByHand()) {
            return Outcome.fail("deployment is a copy of files onto a server by hand (scp/rsync/ssh/FTP); nothing "
                    + "records what was deployed or builds it the same way twice", deploy.handEvidence());
        }
        List<Evidence> automated = new ArrayList<>(deploy.ciDeploys().stream().limit(3).toList());
        automated.addAll(deploy.gitPlatforms().stream().limit(2)
                .map(e -> e.withNote(Platforms.kindOf(e) + ": platform builds from the repository")).toList());
        if (!deploy.handTransfers().isEmpty() && !automated.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(automated);
            evidence.addAll(deploy.handEvidence());
            return Outcome.partial("deploys are automated, but a hand-run copy to a server is still in the "
                    + "repository and can bypass them", evidence.stream().limit(6).toList());
        }
        if (automated.isEmpty() && !deploy.ciTransfers().isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(deploy.ciTransfers().stream().limit(3).toList());
            evidence.addAll(deploy.handEvidence().stream().limit(2).toList());
            return Outcome.partial("CI copies files onto a server over SSH/FTP: repeatable, but the server is "
                    + "changed in place, so what runs there can drift from any build"
                    + (deploy.handTransfers().isEmpty() ? "" : "; a hand-run copy can also bypass CI"), evidence);
        }
        if (automated.isEmpty()) {
            List<Evidence> described = new ArrayList<>(Platforms.signals(facts, IacDefinedCheck.IAC).stream()
                    .map(s -> s.evidence().withNote(s.kind().id() + ": deployment described as configuration")).toList());
            if (described.isEmpty()) {
                IacDefinedCheck.parsedIac(facts).stream().limit(3).forEach(f -> described.add(f.evidence()
                        .withNote(f.format() + ": deployment described as configuration")));
            }
            if (described.isEmpty()) {
                deploy.platformConfigs().forEach(e -> described.add(e.withNote(Platforms.kindOf(e)
                        + ": deployment described as configuration")));
            }
            if (described.isEmpty()) {
                return Outcome.unknown("no deploy step, platform configuration or IaC shows how the app is deployed");
            }
            automated.addAll(described.stream().limit(3).toList());
        }
        boolean manifests = facts.any(ManifestFact.class, m -> !m.lockfile());
        List<FileSignal> locks = Platforms.signals(facts, SignalKind.DEPS_LOCKFILE);
        List<ManifestFact> parsedLocks = facts.all(ManifestFact.class, ManifestFact::lockfile);
        if (manifests && locks.isEmpty() && parsedLocks.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(automated);
            facts.all(ManifestFact.class, m -> !m.lockfile()).stream().limit(2)
                    .forEach(m -> evidence.add(m.evidence().withNote("dependencies declared without a lockfile")));
            return Outcome.partial("deploys are described in files, but no lockfile pins dependency versions, so "
                    + "two builds of the same commit can differ", evidence);
        }
        List<ContainerImage> floating = facts.all(ContainerImage.class, i -> i.finalStage() && i.floating());
        if (!floating.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(automated);
            floating.stream().limit(2).forEach(i -> evidence.add(i.evidence().withNote("base image " + i.image()
                    + (i.tag().isEmpty() ? " without a tag" : ":latest") + " changes under the same Dockerfile")));
            return Outcome.partial("deploys are automated, but the container builds on a base image that is not "
                    + "pinned, so two builds of the same commit can differ", evidence);
        }
        if (!locks.isEmpty()) {
            automated.add(locks.get(0).evidence().withNote("lockfile pins dependency versions"));
        } else if (!parsedLocks.isEmpty()) {
            automated.add(parsedLocks.get(0).evidence().withNote("lockfile pins dependency versions"));
        }
        return Outcome.pass("deploys are built from the repository the same way each time", automated);
    }
}
