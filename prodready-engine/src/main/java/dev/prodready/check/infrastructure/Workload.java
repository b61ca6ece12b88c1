package dev.prodready.check.infrastructure;

import dev.prodready.fact.IacValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Kubernetes object that runs pods (Deployment, StatefulSet, DaemonSet, Job, CronJob, bare Pod...), with the pod
 * template the checks read: its spec, its labels and the namespace it is written for.
 */
public record Workload(IacBlock object, IacValue.Mapping podSpec, IacValue.Mapping podLabels, String namespace) {

    private static final Set<String> TEMPLATED = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet",
            "ReplicationController", "Job", "DeploymentConfig", "Rollout");

    /** A Job or CronJob runs to completion: it serves no traffic and is not probed. */
    public boolean serves() {
        return !object.type().equals("Job") && !object.type().equals("CronJob");
    }

    public List<IacValue.Mapping> containers() {
        return podSpec.mappings("containers");
    }

    /**
     * The workloads production runs: all of them, except that manifests written for another environment (a staging/
     * folder, namespace staging) are left out when others exist, since production is what the checklist judges.
     */
    public static List<Workload> of(IacModel iac) {
        List<Workload> all = new ArrayList<>();
        for (IacBlock b : iac.resources()) {
            if (b.format().equals("kubernetes")) {
                of(b).ifPresent(all::add);
            }
        }
        List<Workload> production = all.stream().filter(w -> !w.nonProduction()).toList();
        return production.isEmpty() ? all : production;
    }

    boolean nonProduction() {
        return Environments.tierOfPath(object.path()).or(() -> Environments.ofName(namespace))
                .filter(t -> t == Tier.NON_PRODUCTION).isPresent();
    }

    private static Optional<Workload> of(IacBlock b) {
        String template = TEMPLATED.contains(b.type()) ? "spec.template"
                : b.type().equals("CronJob") ? "spec.jobTemplate.spec.template"
                : b.type().equals("Pod") ? "" : null;
        if (template == null) {
            return Optional.empty();
        }
        Optional<IacValue> pod = template.isEmpty() ? Optional.of(b.body()) : b.value(template);
        if (pod.isEmpty() || !(pod.get() instanceof IacValue.Mapping p)
                || !(p.entries().get("spec") instanceof IacValue.Mapping spec)) {
            return Optional.empty();
        }
        IacValue labels = p.path("metadata.labels").orElse(IacValue.Mapping.empty(spec.line()));
        IacValue.Mapping read = labels instanceof IacValue.Mapping m ? m
                : labels instanceof IacValue.Expression e ? new IacValue.Mapping(java.util.Map.of(e.expression(), e), e.line())
                : IacValue.Mapping.empty(spec.line());
        return Optional.of(new Workload(b, spec, read, b.text("metadata.namespace")));
    }
}
