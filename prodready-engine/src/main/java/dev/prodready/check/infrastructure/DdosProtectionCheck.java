package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.SignalKind;

import java.util.ArrayList;
import java.util.List;

/**
 * edge.ddos: traffic floods are absorbed before they reach the app, at the network and the application
 * layer. A provider's always-on network protection alone counts as partial.
 */
public final class DdosProtectionCheck implements Check {

    @Override
    public String itemId() {
        return "edge.ddos";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        IacModel iac = IacModel.of(facts);
        List<Evidence> strong = new ArrayList<>();
        iac.resources(EdgeResources.DDOS).forEach(b -> strong.add(b.evidence(b.label() + ": DDoS protection")));
        EdgeResources.rateRules(iac).stream().limit(1).forEach(strong::add);
        EdgeResources.cloudflareProxied(iac).stream().limit(1)
                .forEach(r -> strong.add(r.at("proxied", "proxied through Cloudflare, which absorbs floods")));
        Platforms.configured(facts, SignalKind.PLATFORM_VERCEL, SignalKind.PLATFORM_NETLIFY)
                .forEach(e -> strong.add(e.withNote(Platforms.kindOf(e) + ": platform mitigates DDoS by default")));
        Platforms.cloudflare(facts).ifPresent(e -> strong.add(e.withNote("Cloudflare mitigates DDoS by default")));
        if (!strong.isEmpty()) {
            return Outcome.pass("DDoS protection in front of the app", strong.stream().limit(5).toList());
        }
        List<IacBlock> baseline = iac.resources(EdgeResources.SHIELD_STANDARD);
        if (!baseline.isEmpty()) {
            return Outcome.partial("only AWS Shield Standard, which AWS applies to CloudFront, load balancers and "
                    + "Route 53 automatically: it absorbs common network floods, not application-level ones",
                    baseline.stream().limit(3).map(b -> b.evidence(b.label() + ": Shield Standard only")).toList());
        }
        return Outcome.unknown("no DDoS protection visible in IaC or platform configuration; attest the provider's "
                + "protection if it is set up outside the repository");
    }
}
