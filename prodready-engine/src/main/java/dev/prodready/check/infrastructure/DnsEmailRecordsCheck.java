package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Capability;
import dev.prodready.fact.CapabilityFact;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.IacValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * dns.email-records: DNS carries the records that prove who may send mail for the domain (SPF, DKIM, DMARC)
 * beside the app's A/CNAME records. Records are read from parsed DNS resources (Route 53, Cloudflare, Cloud DNS,
 * Azure DNS, DigitalOcean, CloudFormation); zone files and DNSControl files by line.
 */
public final class DnsEmailRecordsCheck implements Check {

    private static final Set<String> SES_DKIM = Set.of("aws_ses_domain_dkim", "aws_sesv2_email_identity",
            "AWS::SES::EmailIdentity");

    /** A record's name, type and values, with the line to cite. */
    private record Record(String name, String type, List<IacValue> values, IacBlock block) {
    }

    @Override
    public String itemId() {
        return "dns.email-records";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        IacModel iac = IacModel.of(facts);
        List<Record> records = records(iac);
        Evidence spf = null;
        Evidence dmarc = null;
        Evidence dkim = null;
        for (Record r : records) {
            String name = r.name().toLowerCase(Locale.ROOT);
            for (IacValue v : r.values()) {
                String text = v.text().toLowerCase(Locale.ROOT);
                if (spf == null && text.contains("v=spf1")) {
                    spf = r.block().at(v, "SPF record");
                }
                if (dmarc == null && (text.contains("v=dmarc1") || name.startsWith("_dmarc"))) {
                    dmarc = r.block().at(v, "DMARC policy");
                }
                if (dkim == null && (name.contains("_domainkey") || text.contains("v=dkim1"))) {
                    dkim = r.block().at(v, "DKIM record");
                }
            }
            if (dkim == null && name.contains("_domainkey")) {
                dkim = r.block().evidence("DKIM record");
            }
        }
        if (dkim == null) {
            dkim = iac.resources(SES_DKIM).stream().findFirst().map(b -> b.evidence(b.label()
                    + ": SES signs mail with DKIM keys published for the domain")).orElse(null);
        }
        List<ContentMatch> lines = Matches.of(facts, "dns.email-auth").stream()
                .filter(m -> !m.evidence().path().endsWith(".tf") && !m.evidence().path().endsWith(".tofu")
                        && iac.files().stream().noneMatch(f -> f.path().equals(m.evidence().path())))
                .toList();
        spf = spf != null ? spf : line(lines, "spf1", "SPF record");
        dmarc = dmarc != null ? dmarc : line(lines, "dmarc", "DMARC policy");
        dkim = dkim != null ? dkim : line(lines, "domainkey", "DKIM record");

        List<Evidence> dns = ProductionDomainCheck.records(facts, iac);
        if (dns.isEmpty() && lines.isEmpty()) {
            return Outcome.unknown("DNS records are not managed in the repository; check SPF, DKIM and DMARC on the "
                    + "live domain or attest them");
        }
        List<Evidence> evidence = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        cite(spf, "SPF", evidence, missing);
        cite(dkim, "DKIM", evidence, missing);
        cite(dmarc, "DMARC", evidence, missing);
        if (missing.isEmpty()) {
            return Outcome.pass("DNS records as code include SPF, DKIM and DMARC", evidence);
        }
        boolean sendsMail = facts.any(CapabilityFact.class, c -> c.capability() == Capability.EMAIL);
        evidence.addAll(dns.stream().limit(3).map(e -> e.withNote("DNS managed here; no "
                + String.join("/", missing) + " record beside it")).toList());
        return Outcome.partial("DNS is managed as code but lacks " + String.join(", ", missing)
                + (sendsMail ? ", so the app's email may land in spam or be spoofed" : ", so others can spoof the domain"),
                evidence.stream().limit(5).toList());
    }

    private static List<Record> records(IacModel iac) {
        List<Record> out = new ArrayList<>();
        for (IacBlock b : iac.resources(EdgeResources.DNS_RECORDS)) {
            switch (b.type()) {
                case "aws_route53_record" -> out.add(new Record(b.text("name"), b.text("type"), IacValue.items(b.value("records")), b));
                case "cloudflare_record", "cloudflare_dns_record", "digitalocean_record" -> out.add(new Record(b.text("name"),
                        b.text("type"), values(b, "value", "content", "data"), b));
                case "google_dns_record_set" -> out.add(new Record(b.text("name"), b.text("type"), IacValue.items(b.value("rrdatas")), b));
                case "azurerm_dns_txt_record" -> out.add(new Record(b.text("name"), "TXT", b.blocks("record").stream()
                        .flatMap(r -> r.value("value").stream()).toList(), b));
                case "azurerm_dns_cname_record" -> out.add(new Record(b.text("name"), "CNAME", values(b, "record"), b));
                case "AWS::Route53::RecordSet" -> out.add(new Record(b.text("Properties.Name"), b.text("Properties.Type"),
                        IacValue.items(b.value("Properties.ResourceRecords")), b));
                case "AWS::Route53::RecordSetGroup" -> b.value("Properties.RecordSets").ifPresent(sets ->
                        IacValue.Mapping.mappingsOf(sets).forEach(s -> out.add(new Record(s.text("Name"), s.text("Type"),
                                IacValue.items(s.get("ResourceRecords")), b))));
                default -> {
                }
            }
        }
        return out;
    }

    private static List<IacValue> values(IacBlock b, String... keys) {
        List<IacValue> out = new ArrayList<>();
        for (String k : keys) {
            Optional<IacValue> v = b.value(k);
            v.ifPresent(out::add);
        }
        return out;
    }

    private static Evidence line(List<ContentMatch> lines, String marker, String note) {
        return lines.stream().filter(m -> m.text().toLowerCase(Locale.ROOT).contains(marker)).findFirst()
                .map(m -> m.evidence().withNote(note)).orElse(null);
    }

    private static void cite(Evidence e, String name, List<Evidence> evidence, List<String> missing) {
        if (e != null) {
            evidence.add(e);
        } else {
            missing.add(name);
        }
    }
}
