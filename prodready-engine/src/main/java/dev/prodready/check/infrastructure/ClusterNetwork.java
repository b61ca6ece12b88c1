package dev.prodready.check.infrastructure;

import dev.prodready.fact.Evidence;
import dev.prodready.fact.IacValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may connect to the pods of a Kubernetes deployment: its NetworkPolicies (ingress rules; a pod no policy selects
 * accepts every connection from anywhere in the cluster) and the LoadBalancer Services that publish pods to the
 * internet (limited only by loadBalancerSourceRanges).
 */
final class ClusterNetwork {

    private static final Set<Integer> WEB = Set.of(80, 443);
    private static final Set<String> WORLD = Set.of("0.0.0.0/0", "::/0");

    /** Whether a policy's podSelector picks a workload's pods; MAYBE when labels are set outside what was read. */
    enum Match { YES, NO, MAYBE }

    /**
     * @param present     anything of Kubernetes was found (workloads, policies or load balancers)
     * @param tooOpen     rules that admit every source on every port, or the internet on a non-web port
     * @param unclear     rules that admit every source on some ports, any pod of any namespace, or unresolved peers
     * @param unguarded   workloads no ingress NetworkPolicy selects
     * @param datastores  those of the unguarded workloads that run a database or cache image
     * @param limited     policies and load balancers that admit only named sources or web ports
     */
    record Findings(boolean present, List<Evidence> tooOpen, List<Evidence> unclear, List<Evidence> unguarded,
                    List<Evidence> datastores, List<Evidence> limited) {
    }

    private ClusterNetwork() {
    }

    static Findings of(IacModel iac) {
        List<Workload> workloads = Workload.of(iac).stream().filter(Workload::serves).toList();
        List<IacBlock> policies = iac.resources().stream()
                .filter(b -> b.format().equals("kubernetes") && b.type().equals("NetworkPolicy")).toList();
        List<IacBlock> balancers = iac.resources().stream().filter(b -> b.format().equals("kubernetes")
                && b.type().equals("Service") && b.text("spec.type").equals("LoadBalancer")).toList();
        List<Evidence> tooOpen = new ArrayList<>();
        List<Evidence> unclear = new ArrayList<>();
        List<Evidence> limited = new ArrayList<>();
        List<IacBlock> ingressPolicies = policies.stream().filter(ClusterNetwork::governsIngress).toList();
        for (IacBlock policy : ingressPolicies) {
            rules(policy, tooOpen, unclear, limited);
        }
        for (IacBlock svc : balancers) {
            loadBalancer(svc, tooOpen, unclear, limited);
        }
        List<Evidence> unguarded = new ArrayList<>();
        List<Evidence> datastores = new ArrayList<>();
        for (Workload w : workloads) {
            if (ingressPolicies.stream().allMatch(p -> selects(p, w) == Match.NO)) {
                String image = w.containers().stream().map(c -> c.text("image")).collect(Collectors.joining(" "));
                boolean datastore = w.containers().stream().anyMatch(c -> PrivateDatabaseCheck.DB_IMAGE
                        .matcher(c.text("image").toLowerCase(Locale.ROOT)).find());
                Evidence e = w.object().evidence(w.object().label() + " (" + image.strip() + ") is selected by no "
                        + "NetworkPolicy, so any pod in the cluster can connect to it");
                unguarded.add(e);
                if (datastore) {
                    datastores.add(e);
                }
            }
        }
        boolean present = !workloads.isEmpty() || !policies.isEmpty() || !balancers.isEmpty();
        return new Findings(present, tooOpen, unclear, unguarded, datastores, limited);
    }

    /** policyTypes lists Ingress, or is left out (then Kubernetes always applies the policy to ingress). */
    private static boolean governsIngress(IacBlock policy) {
        Optional<IacValue> types = policy.value("spec.policyTypes");
        return types.isEmpty() || types.get() instanceof IacValue.Expression
                || IacValue.texts(types).stream().anyMatch(t -> t.equalsIgnoreCase("Ingress"));
    }

    private static void rules(IacBlock policy, List<Evidence> tooOpen, List<Evidence> unclear, List<Evidence> limited) {
        String name = policy.label();
        String selected = selectsAll(policy) ? "every pod of its namespace" : "the pods it selects";
        Optional<IacValue> ingress = policy.value("spec.ingress");
        if (ingress.isEmpty() || ingress.get() instanceof IacValue.Sequence s && s.items().isEmpty()) {
            limited.add(policy.evidence(name + " denies all inbound traffic to " + selected));
            return;
        }
        if (ingress.get() instanceof IacValue.Expression e) {
            unclear.add(policy.at(e, name + " takes its ingress rules from values this scan cannot resolve"));
            return;
        }
        boolean open = false;
        for (IacValue rule : ingress.get() instanceof IacValue.Sequence s ? s.items() : List.of(ingress.get())) {
            if (!(rule instanceof IacValue.Mapping r)) {
                unclear.add(policy.at(rule, name + " has an ingress rule this scan cannot read"));
                open = true;
                continue;
            }
            String ports = ports(r);
            Optional<IacValue> from = r.get("from");
            if (from.isEmpty() || from.get() instanceof IacValue.Sequence f && f.items().isEmpty()
                    || from.get() instanceof IacValue.Scalar sc && sc.type() == IacValue.Scalar.Type.NULL) {
                Evidence at = policy.at(rule, name + " admits every source, inside the cluster and out, to " + selected
                        + (ports.isEmpty() ? " on every port" : " on " + ports));
                (ports.isEmpty() ? tooOpen : unclear).add(at);
                open = true;
                continue;
            }
            for (IacValue peer : from.get() instanceof IacValue.Sequence f ? f.items() : List.of(from.get())) {
                Optional<String> wide = wide(peer);
                if (wide.isPresent()) {
                    Evidence at = policy.at(peer, name + " admits " + wide.get() + " to " + selected
                            + (ports.isEmpty() ? " on every port" : " on " + ports));
                    (wide.get().startsWith("the whole internet") && ports.isEmpty() ? tooOpen : unclear).add(at);
                    open = true;
                }
            }
        }
        if (!open) {
            limited.add(policy.evidence(name + " admits only named pods, namespaces or address ranges to " + selected));
        }
    }

    /** What an overly wide peer admits, if it is one. */
    private static Optional<String> wide(IacValue peer) {
        if (!(peer instanceof IacValue.Mapping p)) {
            return Optional.of("sources set outside what was read");
        }
        if (p.get("ipBlock").isPresent()) {
            String cidr = p.text("ipBlock.cidr");
            if (WORLD.contains(cidr)) {
                return Optional.of("the whole internet (" + cidr + ")");
            }
            return p.path("ipBlock.cidr").filter(v -> v instanceof IacValue.Expression)
                    .map(v -> "address ranges set outside what was read");
        }
        boolean anyNamespace = p.get("namespaceSelector").filter(ClusterNetwork::emptySelector).isPresent();
        if (anyNamespace && p.get("podSelector").map(ClusterNetwork::emptySelector).orElse(true)) {
            return Optional.of("every pod of every namespace");
        }
        if (p.entries().values().stream().anyMatch(v -> v instanceof IacValue.Expression)) {
            return Optional.of("sources set outside what was read");
        }
        return Optional.empty();
    }

    private static boolean emptySelector(IacValue v) {
        return v instanceof IacValue.Mapping m && m.entries().values().stream().allMatch(x ->
                x instanceof IacValue.Mapping inner && inner.entries().isEmpty()
                        || x instanceof IacValue.Sequence s && s.items().isEmpty()
                        || x instanceof IacValue.Scalar sc && sc.type() == IacValue.Scalar.Type.NULL)
                || v instanceof IacValue.Scalar s && s.type() == IacValue.Scalar.Type.NULL;
    }

    private static String ports(IacValue.Mapping rule) {
        List<String> out = new ArrayList<>();
        for (IacValue.Mapping p : rule.mappings("ports")) {
            Optional<IacValue> port = p.get("port");
            out.add(port.map(v -> v instanceof IacValue.Scalar ? v.text() : "a port set outside what was read")
                    .orElse("every " + (p.text("protocol").isEmpty() ? "TCP" : p.text("protocol")) + " port"));
        }
        return out.isEmpty() ? "" : "port" + (out.size() > 1 ? "s " : " ") + String.join(", ", out);
    }

    private static void loadBalancer(IacBlock svc, List<Evidence> tooOpen, List<Evidence> unclear,
                                     List<Evidence> limited) {
        boolean internal = svc.value("metadata.annotations").filter(a -> a instanceof IacValue.Mapping)
                .map(a -> ((IacValue.Mapping) a).entries().entrySet().stream()
                        .anyMatch(e -> PrivateDatabaseCheck.INTERNAL_LB.contains(e.getKey())
                                && !e.getValue().text().equalsIgnoreCase("internet-facing")))
                .orElse(false);
        List<String> ranges = IacValue.texts(svc.value("spec.loadBalancerSourceRanges"));
        if (internal || !ranges.isEmpty() && ranges.stream().noneMatch(WORLD::contains)) {
            limited.add(svc.evidence(svc.label() + " load balancer is " + (internal ? "internal"
                    : "limited to " + String.join(", ", ranges))));
            return;
        }
        for (IacValue.Mapping port : svc.body().path("spec").map(s -> ((IacValue.Mapping) s).mappings("ports"))
                .orElse(List.of())) {
            Optional<IacValue> p = port.get("port");
            Optional<Long> n = p.filter(v -> v instanceof IacValue.Scalar).flatMap(v -> ((IacValue.Scalar) v).number());
            if (n.isEmpty()) {
                unclear.add(svc.at(p.orElse(port), svc.label() + " publishes a port set outside what was read to the "
                        + "whole internet"));
            } else if (!WEB.contains(n.get().intValue())) {
                tooOpen.add(svc.at(p.get(), svc.label() + " is a LoadBalancer that admits the whole internet on port "
                        + n.get()));
            } else {
                limited.add(svc.at(p.get(), svc.label() + " publishes only web port " + n.get() + " to the internet"));
            }
        }
    }

    private static boolean selectsAll(IacBlock policy) {
        return policy.value("spec.podSelector").map(ClusterNetwork::emptySelector).orElse(true);
    }

    /** Whether {@code policy}'s podSelector picks {@code w}'s pods. */
    static Match selects(IacBlock policy, Workload w) {
        String ns = policy.text("metadata.namespace");
        if (!ns.isEmpty() && !w.namespace().isEmpty() && !ns.equals(w.namespace())) {
            return Match.NO;
        }
        Optional<IacValue> selector = policy.value("spec.podSelector");
        if (selector.isEmpty() || emptySelector(selector.get())) {
            return Match.YES;
        }
        if (!(selector.get() instanceof IacValue.Mapping s) || s.get("matchExpressions").isPresent()) {
            return Match.MAYBE;
        }
        Optional<IacValue> labels = s.get("matchLabels");
        if (labels.isEmpty()) {
            return Match.YES;
        }
        if (!(labels.get() instanceof IacValue.Mapping wanted)) {
            return Match.MAYBE;
        }
        Map<String, IacValue> have = w.podLabels().entries();
        boolean haveUnknown = have.values().stream().anyMatch(v -> v instanceof IacValue.Expression);
        Match result = Match.YES;
        for (Map.Entry<String, IacValue> e : wanted.entries().entrySet()) {
            if (e.getValue() instanceof IacValue.Expression x) {
                boolean same = have.values().stream().anyMatch(v -> v instanceof IacValue.Expression y
                        && unindented(y.expression()).equals(unindented(x.expression())));
                if (!same) {
                    result = Match.MAYBE;
                }
                continue;
            }
            IacValue mine = have.get(e.getKey());
            if (mine instanceof IacValue.Expression) {
                result = Match.MAYBE;
            } else if (mine == null || !mine.text().equals(e.getValue().text())) {
                if (!haveUnknown) {
                    return Match.NO;
                }
                result = Match.MAYBE;
            }
        }
        return result;
    }

    /** The same named template written at two indents ({@code include "x.labels" . | nindent 4} and 8) is one. */
    private static String unindented(String expression) {
        return expression.replaceAll("\\|\\s*n?indent\\s+\\d+", "").replaceAll("\\s+", " ").strip();
    }
}
