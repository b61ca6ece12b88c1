package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.live.LiveVerdicts;

import java.util.ArrayList;
import java.util.List;

/** dns.production-domain: the production domain's DNS zone and records exist (here: managed as code). */
public final class ProductionDomainCheck implements Check {

    @Override
    public String itemId() {
        return "dns.production-domain";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        return LiveVerdicts.combine(repository(context), LiveVerdicts.judge(itemId(), context.facts()),
                LiveVerdicts.Combination.EITHER_SHOWS);
    }

    /** The verdict from the repository alone; the live probe's, when a URL was given, is combined with it. */
    private Outcome repository(CheckContext context) {
        Facts facts = context.facts();
        IacModel iac = IacModel.of(facts);
        List<Evidence> records = records(facts, iac);
        List<IacBlock> zones = iac.resources(EdgeResources.DNS_ZONES);
        if (!records.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(zones.stream().limit(2).map(b -> b.evidence("DNS zone")).toList());
            evidence.addAll(records.stream().limit(4).toList());
            return Outcome.pass("the domain's DNS records are managed as code", evidence);
        }
        if (!zones.isEmpty()) {
            return Outcome.partial("a DNS zone is defined but no records point the domain at the app",
                    zones.stream().limit(3).map(b -> b.evidence("DNS zone without records in IaC")).toList());
        }
        return Outcome.unknown("DNS is not managed in the repository; check the live domain (scan --url) or attest "
                + "that production DNS is set up");
    }

    static List<Evidence> records(Facts facts, IacModel iac) {
        List<Evidence> out = new ArrayList<>();
        iac.resources(EdgeResources.DNS_RECORDS).forEach(b -> out.add(b.evidence(b.label() + ": DNS record")));
        Matches.of(facts, "dns.zone-file").stream().limit(2)
                .forEach(m -> out.add(m.evidence().withNote("DNS zone file")));
        return out;
    }
}
