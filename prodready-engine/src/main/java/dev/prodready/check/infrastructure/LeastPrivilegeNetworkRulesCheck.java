package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * net.least-privilege-rules: security groups and firewalls admit the internet only on the web ports of
 * public entry points; SSH, RDP, databases and port ranges are limited to known sources.
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
        if (firewalls.isEmpty()) {
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
        if (!unclear.isEmpty()) {
            return Outcome.partial("some rules admit sources or ports this scan cannot resolve",
                    unclear.stream().limit(6).toList());
        }
        return Outcome.pass("no rule opens more than HTTP/HTTPS to the whole internet",
                firewalls.stream().limit(5).map(b -> b.evidence(b.label() + ": inbound rules limited")).toList());
    }
}
