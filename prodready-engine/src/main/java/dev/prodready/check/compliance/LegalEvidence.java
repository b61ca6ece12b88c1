package dev.prodready.check.compliance;

import dev.prodready.check.ContentScan;
import dev.prodready.fact.Capability;
import dev.prodready.fact.CapabilityFact;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentSignal;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.SignalKind;

import java.util.ArrayList;
import java.util.List;

/** Evidence the compliance checks share: legal pages and documents, data-subject request paths, trackers. */
final class LegalEvidence {

    static final String PLACEHOLDER = "legal.template-placeholder";
    static final String ACCOUNT_DELETION = "privacy.account-deletion";
    static final String DATA_EXPORT = "privacy.data-export";
    static final String EXPORT_FORMAT = "privacy.export-format";
    static final String DO_NOT_SELL = "privacy.do-not-sell";
    static final String GDPR_MENTION = "privacy.gdpr-mention";
    static final String CALIFORNIA_MENTION = "privacy.california-rights";
    static final String CONSENT_SCRIPT = "cookie-consent.cmp-script";
    static final String CONSENT_BANNER = "cookie-consent.banner-component";
    static final String TRACKER_SCRIPT = "tracking.third-party-script";

    private LegalEvidence() {
    }

    /** App pages of the given kind and documents of the given kind, each cited where it was seen. */
    static List<Evidence> pagesAndDocuments(Facts facts, SignalKind page, DocKind doc) {
        List<Evidence> out = new ArrayList<>();
        facts.all(FileSignal.class, s -> s.kind() == page).forEach(s -> out.add(s.evidence()));
        facts.all(DocumentSignal.class, s -> s.kind() == doc).forEach(s -> out.add(s.evidence()));
        return out;
    }

    static List<Evidence> privacyPolicy(Facts facts) {
        return pagesAndDocuments(facts, SignalKind.LEGAL_PRIVACY_PAGE, DocKind.PRIVACY_POLICY);
    }

    static List<Evidence> documents(Facts facts, DocKind kind, String note) {
        return facts.all(DocumentSignal.class, s -> s.kind() == kind).stream()
                .map(s -> s.evidence().withNote(note)).toList();
    }

    static List<Evidence> matches(Facts facts, String patternId, String note) {
        return ContentScan.matches(facts, patternId).stream().map(m -> ContentScan.cite(m, note)).toList();
    }

    /** Analytics and advertising SDKs or tags: what makes a consent banner necessary. */
    static List<Evidence> trackers(Facts facts) {
        List<Evidence> out = new ArrayList<>();
        facts.all(CapabilityFact.class, c -> c.capability() == Capability.ANALYTICS)
                .forEach(c -> out.add(c.evidence().withNote(c.source() + " (analytics)")));
        for (ContentMatch m : ContentScan.matches(facts, TRACKER_SCRIPT)) {
            out.add(ContentScan.cite(m, "third-party tracking tag"));
        }
        return out;
    }

    static List<Evidence> first(List<Evidence> evidence, int max) {
        return evidence.stream().limit(max).toList();
    }

    static String locations(List<Evidence> evidence) {
        return String.join(", ", evidence.stream().map(Evidence::location).distinct().limit(3).toList());
    }
}
