package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * net.least-privilege-rules: security groups and firewalls admit the internet only on the web ports of
 * public entry points; SSH, RDP, databases and port ranges are limited to known sources. In Kubernetes (manifests and
 * rendered Helm charts) the same is asked of NetworkPolicies and LoadBalancer Services: a rule admitting every source
 * on every port, or the internet on a non-web port, fails; database pods no policy selects fail (any pod reaches
 * them); other workloads no policy selects, or rules open to every source on some ports, are partial.
 */
public final class LeastPrivilegeNetworkRulesCheck implements Check {

    @Override
    public String itemId() {
        return "net.least-privilege-rules";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        IacModel iac = IacModel.of(context.facts());
        List<IacBlock> firewalls = iac.resources(IngressRules.FIREWALL_TYPES);
        ClusterNetwork.Findings cluster = ClusterNetwork.of(iac);
        if (firewalls.isEmpty() && !cluster.present()) {
            return Outcome.unknown("no security group or firewall rules described in IaC; if servers or databases run "
                    + "in a cloud account, attest how their network access is limited");
        }
        List<Evidence> tooOpen = new ArrayList<>();
        List<Evidence> unclear = new ArrayList<>();
        for (IngressRule rule : IngressRules.of(iac)) {
            if (rule.unresolvedSource()) {
                unclear.add(rule.evidence().withNote(rule.resource() + " admits sources set outside this file"));
                continue;
            }
            if (!rule.world()) {
                continue;
            }
            if (rule.ports().unresolved()) {
                unclear.add(rule.evidence().withNote(rule.resource() + " admits the whole internet on ports set "
                        + "outside this file"));
            } else if (!rule.ports().onlyWeb()) {
                tooOpen.add(rule.evidence().withNote(rule.resource() + " admits the whole internet on "
                        + rule.ports().describe()));
            }
        }
        if (!tooOpen.isEmpty()) {
            return Outcome.fail("firewall rules open more than the web ports to the whole internet",
                    tooOpen.stream().limit(6).toList());
        }
        if (!cluster.tooOpen().isEmpty()) {
            return Outcome.fail("Kubernetes rules admit every source to pods, or the internet on more than the web ports",
                    cluster.tooOpen().stream().limit(6).toList());
        }
        if (!cluster.datastores().isEmpty()) {
            return Outcome.fail("database pods run with no NetworkPolicy: any pod in the cluster can connect to them",
                    cluster.datastores().stream().limit(6).toList());
        }
        if (!unclear.isEmpty()) {
            return Outcome.partial("some rules admit sources or ports this scan cannot resolve",
                    unclear.stream().limit(6).toList());
        }
        if (!cluster.unclear().isEmpty() || !cluster.unguarded().isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(cluster.unclear());
            evidence.addAll(cluster.unguarded());
            String why = cluster.unclear().isEmpty() ? "no NetworkPolicy limits who may connect to "
                    + cluster.unguarded().size() + " Kubernetes workload(s)"
                    : "Kubernetes NetworkPolicies admit every source on some ports, or sources this scan cannot resolve";
            return Outcome.partial(why, evidence.stream().limit(6).toList());
        }
        List<Evidence> limited = new ArrayList<>(firewalls.stream().limit(5)
                .map(b -> b.evidence(b.label() + ": inbound rules limited")).toList());
        limited.addAll(cluster.limited().stream().limit(5).toList());
        if (limited.isEmpty()) {
            return Outcome.unknown("the Kubernetes objects found say nothing about who may connect to the pods; attest "
                    + "how the cluster's network access is limited");
        }
        return Outcome.pass(firewalls.isEmpty() ? "NetworkPolicies admit only named sources to every Kubernetes workload"
                : cluster.present() ? "no rule opens more than HTTP/HTTPS to the whole internet, and NetworkPolicies "
                + "admit only named sources to every Kubernetes workload"
                : "no rule opens more than HTTP/HTTPS to the whole internet", limited);
    }
}
