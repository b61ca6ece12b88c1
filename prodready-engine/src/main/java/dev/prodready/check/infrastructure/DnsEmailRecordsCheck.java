package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Capability;
import dev.prodready.fact.CapabilityFact;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * dns.email-records: DNS carries the records that prove who may send mail for the domain (SPF, DKIM, DMARC)
 * beside the app's A/CNAME records.
 */
public final class DnsEmailRecordsCheck implements Check {

    @Override
    public String itemId() {
        return "dns.email-records";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        IacModel iac = IacModel.of(facts);
        List<ContentMatch> email = Matches.of(facts, "dns.email-auth");
        ContentMatch spf = find(email, "spf1");
        ContentMatch dmarc = find(email, "dmarc");
        ContentMatch dkim = find(email, "domainkey");
        if (dkim == null) {
            dkim = find(email, "dkim");
        }
        if (dkim == null) {
            dkim = find(email, "sesv2_email_identity");
        }
        List<Evidence> records = ProductionDomainCheck.records(facts, iac);
        if (records.isEmpty() && email.isEmpty()) {
            return Outcome.unknown("DNS records are not managed in the repository; check SPF, DKIM and DMARC on the "
                    + "live domain or attest them");
        }
        List<Evidence> evidence = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        cite(spf, "SPF record", "SPF", evidence, missing);
        cite(dkim, "DKIM record", "DKIM", evidence, missing);
        cite(dmarc, "DMARC policy", "DMARC", evidence, missing);
        if (missing.isEmpty()) {
            return Outcome.pass("DNS records as code include SPF, DKIM and DMARC", evidence);
        }
        boolean sendsMail = facts.any(CapabilityFact.class, c -> c.capability() == Capability.EMAIL);
        evidence.addAll(records.stream().limit(3).map(e -> e.withNote("DNS managed here; no "
                + String.join("/", missing) + " record beside it")).toList());
        return Outcome.partial("DNS is managed as code but lacks " + String.join(", ", missing)
                + (sendsMail ? ", so the app's email may land in spam or be spoofed" : ", so others can spoof the domain"),
                evidence.stream().limit(5).toList());
    }

    private static ContentMatch find(List<ContentMatch> email, String marker) {
        return email.stream().filter(m -> m.text().toLowerCase(Locale.ROOT).contains(marker)).findFirst().orElse(null);
    }

    private static void cite(ContentMatch m, String what, String name, List<Evidence> evidence, List<String> missing) {
        if (m != null) {
            evidence.add(m.evidence().withNote(what));
        } else {
            missing.add(name);
        }
    }
}
