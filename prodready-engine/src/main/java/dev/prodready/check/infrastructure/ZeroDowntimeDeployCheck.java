package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentSignal;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.IacValue;
import dev.prodready.fact.SignalKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * deploy.zero-downtime: new releases replace old ones without an outage (rolling, blue/green, atomic platform
 * deploys with readiness checks), or downtime happens only in announced maintenance windows.
 */
public final class ZeroDowntimeDeployCheck implements Check {

    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet");

    @Override
    public String itemId() {
        return "deploy.zero-downtime";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        IacModel iac = IacModel.of(facts);
        List<Evidence> good = new ArrayList<>();
        List<Evidence> weak = new ArrayList<>();
        List<Evidence> bad = new ArrayList<>();

        facts.all(DocumentSignal.class, s -> s.kind() == DocKind.MAINTENANCE_WINDOWS).stream().findFirst()
                .ifPresent(s -> good.add(s.evidence().withNote("maintenance windows documented")));
        kubernetes(iac, good, weak, bad);
        for (IacBlock fly : iac.blocks("fly", "config")) {
            String strategy = fly.text("deploy.strategy");
            if (strategy.equals("immediate")) {
                bad.add(fly.at("deploy.strategy", "Fly deploy strategy immediate: all machines restart at once"));
            } else {
                good.add(fly.at("deploy.strategy", "Fly deploy strategy " + (strategy.isEmpty() ? "rolling (the default)"
                        : strategy) + ": machines are replaced a few at a time"));
            }
        }
        for (IacBlock ecs : iac.resources(Set.of("aws_ecs_service"))) {
            boolean dropsAll = ecs.number("deployment_minimum_healthy_percent").filter(p -> p == 0).isPresent();
            (dropsAll ? bad : good).add(dropsAll
                    ? ecs.at("deployment_minimum_healthy_percent", "minimum healthy percent 0: every task may stop "
                    + "before new ones start")
                    : ecs.evidence(ecs.label() + ": ECS rolling deployment keeps healthy tasks serving"));
        }
        for (IacBlock ecs : iac.resources(Set.of("AWS::ECS::Service"))) {
            String key = "Properties.DeploymentConfiguration.MinimumHealthyPercent";
            boolean dropsAll = ecs.number(key).filter(p -> p == 0).isPresent();
            (dropsAll ? bad : good).add(dropsAll
                    ? ecs.at(key, ecs.label() + ": minimum healthy percent 0: every task may stop before new ones start")
                    : ecs.evidence(ecs.label() + ": ECS rolling deployment keeps healthy tasks serving"));
        }
        for (IacBlock group : iac.resources(Set.of("aws_codedeploy_deployment_group"))) {
            if (!group.blocks("blue_green_deployment_config").isEmpty()) {
                good.add(group.evidence("CodeDeploy blue/green deployment"));
            }
        }
        iac.resources(Set.of("google_cloud_run_service", "google_cloud_run_v2_service")).stream().findFirst()
                .ifPresent(b -> good.add(b.evidence("Cloud Run shifts traffic to a new revision once it is ready")));
        Platforms.configured(facts, SignalKind.PLATFORM_VERCEL, SignalKind.PLATFORM_NETLIFY, SignalKind.PLATFORM_RENDER,
                        SignalKind.PLATFORM_APP_ENGINE).stream().limit(2)
                .forEach(e -> good.add(e.withNote(Platforms.kindOf(e)
                        + ": the platform switches traffic only to a finished deploy")));
        Platforms.firebaseHosting(facts).ifPresent(e -> good.add(e.withNote("Firebase Hosting releases are atomic")));
        Platforms.cloudflare(facts).ifPresent(e -> good.add(e.withNote("Cloudflare deploys switch atomically")));

        if (!bad.isEmpty() && good.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(bad);
            evidence.addAll(weak);
            return Outcome.fail("deployments stop the running version before the new one is ready, and no "
                    + "maintenance windows are documented", evidence.stream().limit(5).toList());
        }
        if (!bad.isEmpty() || !weak.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(bad);
            evidence.addAll(weak);
            evidence.addAll(good);
            return Outcome.partial("some deployments can drop traffic: "
                    + (!bad.isEmpty() ? "a stop-then-start strategy is configured" : "workloads lack readiness probes, "
                    + "so traffic can reach pods that are not ready"), evidence.stream().limit(6).toList());
        }
        if (!good.isEmpty()) {
            return Outcome.pass("deployments replace the running version without an outage", good.stream().limit(5).toList());
        }
        return Outcome.unknown("nothing shows how a deploy replaces the running version; attest zero-downtime "
                + "deploys or document maintenance windows");
    }

    private static void kubernetes(IacModel iac, List<Evidence> good, List<Evidence> weak, List<Evidence> bad) {
        for (IacBlock w : iac.resources(WORKLOADS)) {
            if (!w.format().equals("kubernetes")) {
                continue;
            }
            String strategy = w.type().equals("StatefulSet") ? w.text("spec.updateStrategy.type") : w.text("spec.strategy.type");
            List<IacValue.Mapping> containers = w.value("spec.template.spec")
                    .map(s -> IacValue.Mapping.mappingsOf(s).stream().flatMap(m -> m.mappings("containers").stream()).toList())
                    .orElse(List.of());
            boolean ready = !containers.isEmpty() && containers.stream().allMatch(c -> c.get("readinessProbe").isPresent());
            if (strategy.equals("Recreate") || strategy.equals("OnDelete")) {
                bad.add(w.at(w.type().equals("StatefulSet") ? "spec.updateStrategy.type" : "spec.strategy.type",
                        w.label() + " with " + strategy + " strategy: all pods stop first"));
            } else if (ready) {
                good.add(w.evidence(w.label() + " rolls pods over with a readiness probe"));
            } else {
                weak.add(w.evidence(w.label() + " without a readiness probe on every container"));
            }
        }
    }
}
