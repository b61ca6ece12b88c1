package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentSignal;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.SignalKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * deploy.zero-downtime: new releases replace old ones without an outage (rolling, blue/green, atomic platform
 * deploys with readiness checks), or downtime happens only in announced maintenance windows.
 */
public final class ZeroDowntimeDeployCheck implements Check {

    private static final Pattern KIND = Pattern.compile("kind:\\s*([A-Za-z]+)");
    private static final Pattern STRATEGY = Pattern.compile("type:\\s*(Recreate|RollingUpdate|OnDelete)");
    private static final Pattern FLY = Pattern.compile("strategy\\s*=\\s*\"(\\w+)\"");
    private static final Pattern MIN_HEALTHY = Pattern.compile("deployment_minimum_healthy_percent\\s*=\\s*(\\d+)");
    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet");

    @Override
    public String itemId() {
        return "deploy.zero-downtime";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<Evidence> good = new ArrayList<>();
        List<Evidence> weak = new ArrayList<>();
        List<Evidence> bad = new ArrayList<>();

        facts.all(DocumentSignal.class, s -> s.kind() == DocKind.MAINTENANCE_WINDOWS).stream().findFirst()
                .ifPresent(s -> good.add(s.evidence().withNote("maintenance windows documented")));
        kubernetes(facts, good, weak, bad);
        for (ContentMatch m : Matches.of(facts, "fly.deploy-strategy")) {
            String strategy = Matches.group(m, FLY, 1).orElse("");
            (strategy.equals("immediate") ? bad : good).add(m.evidence().withNote("Fly deploy strategy " + strategy
                    + (strategy.equals("immediate") ? ": all machines restart at once" : "")));
        }
        IacModel iac = IacModel.of(facts);
        for (IacBlock ecs : iac.resources(Set.of("aws_ecs_service"))) {
            boolean dropsAll = iac.first(ecs, "tf.ecs-min-healthy")
                    .flatMap(m -> Matches.integer(m, MIN_HEALTHY, 1)).filter(p -> p == 0).isPresent();
            (dropsAll ? bad : good).add(ecs.evidence(dropsAll
                    ? "minimum healthy percent 0: every task may stop before new ones start"
                    : "ECS rolling deployment keeps healthy tasks serving"));
        }
        for (IacBlock group : iac.resources(Set.of("aws_codedeploy_deployment_group"))) {
            if (!iac.nested(group, "blue_green_deployment_config").isEmpty()) {
                good.add(group.evidence("CodeDeploy blue/green deployment"));
            }
        }
        iac.resources(Set.of("google_cloud_run_service", "google_cloud_run_v2_service")).stream().findFirst()
                .ifPresent(b -> good.add(b.evidence("Cloud Run shifts traffic to a new revision once it is ready")));
        Platforms.signals(facts, SignalKind.PLATFORM_VERCEL, SignalKind.PLATFORM_NETLIFY, SignalKind.PLATFORM_RENDER,
                        SignalKind.PLATFORM_APP_ENGINE).stream().limit(2)
                .forEach(s -> good.add(s.evidence().withNote(s.kind().id()
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

    private static void kubernetes(Facts facts, List<Evidence> good, List<Evidence> weak, List<Evidence> bad) {
        List<ContentMatch> kinds = Matches.of(facts, "k8s.kind");
        List<ContentMatch> strategies = Matches.of(facts, "k8s.strategy");
        List<ContentMatch> probes = Matches.of(facts, "k8s.readiness-probe");
        for (int i = 0; i < kinds.size(); i++) {
            ContentMatch kind = kinds.get(i);
            String name = Matches.group(kind, KIND, 1).orElse("");
            if (!WORKLOADS.contains(name)) {
                continue;
            }
            String path = kind.evidence().path();
            int start = kind.evidence().line();
            int end = i + 1 < kinds.size() && kinds.get(i + 1).evidence().path().equals(path)
                    ? kinds.get(i + 1).evidence().line() : Integer.MAX_VALUE;
            var recreate = strategies.stream().filter(s -> within(s, path, start, end))
                    .filter(s -> Matches.group(s, STRATEGY, 1).filter("Recreate"::equals).isPresent()).findFirst();
            boolean ready = probes.stream().anyMatch(p -> within(p, path, start, end));
            if (recreate.isPresent()) {
                bad.add(recreate.get().evidence().withNote(name + " with Recreate strategy: all pods stop first"));
            } else if (ready) {
                good.add(kind.evidence().withNote(name + " rolls pods over with a readiness probe"));
            } else {
                weak.add(kind.evidence().withNote(name + " without a readiness probe"));
            }
        }
    }

    private static boolean within(ContentMatch m, String path, int start, int end) {
        return path.equals(m.evidence().path()) && m.evidence().line() > start && m.evidence().line() < end;
    }
}
