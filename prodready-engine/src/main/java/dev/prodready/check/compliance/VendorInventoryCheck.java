package dev.prodready.check.compliance;

import dev.prodready.check.DocumentLanguage;
import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.Capability;
import dev.prodready.fact.CapabilityFact;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * vendors.inventory: a vendor or sub-processor list passes. When it is missing, the third-party services seen
 * in the dependencies are cited, as they are the rows the list needs.
 */
public final class VendorInventoryCheck implements Check {

    /** Capabilities that usually mean a hosted third party receives data. */
    private static final Set<Capability> HOSTED = Set.of(Capability.AUTH_PROVIDER, Capability.PAYMENTS,
            Capability.EMAIL, Capability.SMS, Capability.ANALYTICS, Capability.ERROR_TRACKING, Capability.APM,
            Capability.LOG_SHIPPING, Capability.LLM, Capability.FEATURE_FLAGS, Capability.SEARCH,
            Capability.UPTIME_MONITORING, Capability.COOKIE_CONSENT);

    @Override
    public String itemId() {
        return "vendors.inventory";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<Evidence> lists = LegalEvidence.documents(facts, DocKind.VENDOR_LIST, "vendor or sub-processor list");
        if (!lists.isEmpty()) {
            return Outcome.pass("vendors are listed: " + LegalEvidence.locations(lists), LegalEvidence.first(lists, 5));
        }
        Optional<Outcome> foreign = DocumentLanguage.cannotTellAbsence(facts, "a vendor or sub-processor list");
        if (foreign.isPresent()) {
            return foreign.get();
        }
        List<CapabilityFact> services = facts.all(CapabilityFact.class, c -> HOSTED.contains(c.capability()));
        List<Evidence> evidence = new ArrayList<>();
        List<String> names = services.stream().map(CapabilityFact::source).distinct().sorted().toList();
        services.stream().filter(distinctSource()).limit(5)
                .forEach(c -> evidence.add(c.evidence().withNote(c.source() + " sends data to a third party ("
                        + c.capability().id() + ") and belongs on the vendor list")));
        evidence.addAll(Searched.documents(facts, "vendor or sub-processor list"));
        String seen = names.isEmpty() ? "" : "; the dependencies show " + names.size() + " hosted service(s) to list: "
                + String.join(", ", names.stream().limit(6).toList()) + (names.size() > 6 ? ", ..." : "");
        return Outcome.fail("no vendor inventory in the repository" + seen, evidence);
    }

    private static Predicate<CapabilityFact> distinctSource() {
        Set<String> seen = new HashSet<>();
        return c -> seen.add(c.source());
    }
}
