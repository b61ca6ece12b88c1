package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.SignalKind;

import java.util.ArrayList;
import java.util.List;

/** edge.waf: a web application firewall sits in front of an app that takes payments or personal data. */
public final class WafCheck implements Check {

    @Override
    public String itemId() {
        return "edge.waf";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        IacModel iac = IacModel.of(context.facts());
        List<IacBlock> wafs = iac.resources(EdgeResources.WAFS);
        if (!wafs.isEmpty()) {
            List<Evidence> attached = new ArrayList<>();
            iac.resources(EdgeResources.WAF_ATTACHMENTS).forEach(b -> attached.add(b.evidence(b.label() + ": WAF attached")));
            attached.addAll(EdgeResources.wafReferences(iac));
            wafs.stream().filter(b -> b.type().startsWith("cloudflare_"))
                    .forEach(b -> attached.add(b.evidence("Cloudflare rules apply to the whole zone")));
            List<Evidence> evidence = new ArrayList<>(wafs.stream().limit(3).map(b -> b.evidence(b.label() + ": WAF defined"))
                    .toList());
            if (!attached.isEmpty()) {
                evidence.addAll(attached.stream().limit(3).toList());
                return Outcome.pass("a WAF filters traffic in front of the app", evidence);
            }
            return Outcome.partial("a WAF is defined but nothing attaches it to a load balancer, CDN or API",
                    evidence);
        }
        List<IacBlock> entries = iac.resources(EdgeResources.ENTRY_POINTS);
        if (!entries.isEmpty()) {
            return Outcome.fail("the IaC defines public entry points with no WAF in front of them",
                    entries.stream().limit(5).map(b -> b.evidence(b.label() + ": public entry point, no WAF")).toList());
        }
        List<Evidence> platform = Platforms.configured(context.facts(), SignalKind.PLATFORM_VERCEL, SignalKind.PLATFORM_NETLIFY)
                .stream().map(e -> e.withNote(Platforms.kindOf(e) + ": firewall rules live in the dashboard")).toList();
        if (!platform.isEmpty()) {
            return Outcome.unknown("the hosting platform offers a firewall configured in its dashboard (managed "
                    + "rule sets on higher plans); attest whether it is on", platform);
        }
        return Outcome.unknown("no WAF and no entry point described in IaC; a WAF set up in a provider's dashboard "
                + "(Cloudflare, AWS) would not show; attest it");
    }
}
