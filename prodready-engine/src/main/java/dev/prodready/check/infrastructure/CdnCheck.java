package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.SignalKind;
import dev.prodready.live.LiveVerdicts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** edge.cdn: static assets and pages are served from a CDN. */
public final class CdnCheck implements Check {

    @Override
    public String itemId() {
        return "edge.cdn";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        return LiveVerdicts.combine(repository(context), LiveVerdicts.judge(itemId(), context.facts()),
                LiveVerdicts.Combination.LIVE_DECIDES);
    }

    /** The verdict from the repository alone; the live probe's, when a URL was given, is combined with it. */
    private Outcome repository(CheckContext context) {
        List<Evidence> cdn = cdns(context.facts());
        if (!cdn.isEmpty()) {
            return Outcome.pass("content is served through a CDN", cdn.stream().limit(5).toList());
        }
        return Outcome.unknown("no CDN in IaC or platform configuration; a CDN set up in a provider's dashboard "
                + "(e.g. Cloudflare in front of the domain) would not show here");
    }

    static List<Evidence> cdns(Facts facts) {
        IacModel iac = IacModel.of(facts);
        List<Evidence> out = new ArrayList<>();
        iac.resources(EdgeResources.CDNS).forEach(b -> out.add(b.evidence(b.label() + ": CDN")));
        iac.resources(Set.of("google_compute_backend_service")).stream().filter(b -> b.bool("enable_cdn").orElse(false))
                .forEach(b -> out.add(b.at("enable_cdn", b.label() + ": Cloud CDN enabled")));
        EdgeResources.cloudflareProxied(iac).stream().limit(1)
                .forEach(r -> out.add(r.at("proxied", "DNS record proxied through Cloudflare's CDN")));
        Platforms.configured(facts, SignalKind.PLATFORM_VERCEL, SignalKind.PLATFORM_NETLIFY)
                .forEach(e -> out.add(e.withNote(Platforms.kindOf(e) + ": the platform serves from its own CDN")));
        Platforms.firebaseHosting(facts).ifPresent(e -> out.add(e.withNote("Firebase Hosting serves from Google's CDN")));
        Platforms.cloudflare(facts).ifPresent(e -> out.add(e.withNote("Cloudflare Workers/Pages serve from its edge")));
        return out;
    }
}
