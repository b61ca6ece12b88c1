package dev.prodready.check.compliance;

import dev.prodready.check.ContentScan;
import dev.prodready.fact.Capability;
import dev.prodready.fact.CapabilityFact;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentFact;
import dev.prodready.fact.DocumentSignal;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.SignalKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Evidence the compliance checks share: legal pages and documents, data-subject request paths, trackers. A legal
 * page or document counts as a published policy by one rule, {@link #policy}: a stub ("Coming soon", a heading and
 * a TODO, lorem ipsum, a handful of words) or a template with unfilled placeholders is no policy, whichever item
 * asks.
 */
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

    /** A legal page, or a document named for the policy, with fewer words than a real one (the kind asks for 60). */
    static final int STUB_WORDS = 60;

    /**
     * A policy the app publishes as an app page or a document.
     *
     * @param pathWords    words in the path of a file whose template placeholders belong to this policy
     * @param documentName how a document of this policy is named, to tell its stub from any short document
     */
    record LegalKind(SignalKind page, DocKind doc, String what, List<String> pathWords, Pattern documentName) {
    }

    static final LegalKind PRIVACY = new LegalKind(SignalKind.LEGAL_PRIVACY_PAGE, DocKind.PRIVACY_POLICY,
            "privacy policy", List.of("privacy"),
            Pattern.compile("(^|/)(privacy([-_]?(policy|notice|statement))?|datenschutz([-_]?erklaerung)?|confidentialite)"
                    + "(/page|/index)?\\.[a-z]+$"));
    static final LegalKind TERMS = new LegalKind(SignalKind.LEGAL_TERMS_PAGE, DocKind.TERMS_OF_SERVICE,
            "terms of service", List.of("terms"),
            Pattern.compile("(^|/)(terms([-_](of[-_])?(service|use))?|tos|terms[-_]and[-_]conditions|eula|agb"
                    + "|nutzungsbedingungen|cgu|cgv)(/page|/index)?\\.[a-z]+$"));
    static final LegalKind COOKIES = new LegalKind(SignalKind.LEGAL_COOKIE_PAGE, DocKind.COOKIE_POLICY,
            "cookie policy", List.of("cookie"),
            Pattern.compile("(^|/)(cookies?([-_]?(policy|notice|richtlinie))?|cookie[-_]?hinweise?)(/page|/index)?\\.[a-z]+$"));

    /**
     * What the app's pages and documents of one policy amount to.
     *
     * @param placeholders   unfilled template placeholders ("[Company Name]") in them, cited
     * @param published      documents and pages that read as the policy; pages whose text was not read (a route in a
     *                       router, text rendered from elsewhere) or is in another language
     * @param withoutWording pages with text of their own that never reads as the policy
     * @param stubs          stub pages and stub documents named for the policy, cited at their placeholder line
     */
    record Policy(LegalKind kind, List<Evidence> placeholders, List<Evidence> published, List<Evidence> withoutWording,
                  List<Evidence> stubs) {

        /** The pages and documents that stand as the policy: those with real text, none while placeholders remain. */
        List<Evidence> written() {
            return placeholders.isEmpty()
                    ? Stream.concat(published.stream(), withoutWording.stream()).toList() : List.of();
        }

        /** What was found but is no policy (placeholders, else stubs) when nothing written stands; cited. */
        List<Evidence> unwritten() {
            if (!placeholders.isEmpty()) {
                return first(placeholders, 5);
            }
            return written().isEmpty() ? first(stubs, 5) : List.of();
        }

        /** Why {@link #unwritten()} is no policy, for a message; "" when nothing unwritten was found. */
        String whyUnwritten() {
            if (!placeholders.isEmpty()) {
                return "the " + kind.what() + " at " + locations(placeholders)
                        + " still holds template placeholders, so it was never completed";
            }
            List<Evidence> unwritten = unwritten();
            return unwritten.isEmpty() ? "" : "the " + kind.what() + " at " + locations(unwritten)
                    + " is a stub that was never written";
        }
    }

    private LegalEvidence() {
    }

    /**
     * Sorts the pages and documents of a policy by what they say. A document recognised as the policy publishes
     * it; so does a page whose text was not read or is in another language. A page whose own text was read and is
     * a stub (placeholders, fewer than {@value #STUB_WORDS} words) does not, nor does one with text that never reads
     * as the policy, nor anything that still holds template placeholders.
     */
    static Policy policy(Facts facts, LegalKind kind) {
        List<Evidence> found = pagesAndDocuments(facts, kind.page(), kind.doc());
        Set<String> foundPaths = found.stream().map(Evidence::path).filter(Objects::nonNull).collect(Collectors.toSet());
        List<Evidence> placeholders = ContentScan.matches(facts, PLACEHOLDER).stream()
                .filter(m -> foundPaths.contains(m.evidence().path()) || namesTopic(kind, m.evidence().path()))
                .map(m -> ContentScan.cite(m, "unfilled template placeholder in the " + kind.what()))
                .toList();
        Map<String, DocumentFact> read = new HashMap<>();
        facts.all(DocumentFact.class, DocumentFact::page).forEach(d -> read.put(d.path(), d));
        List<Evidence> published = new ArrayList<>();
        List<Evidence> withoutWording = new ArrayList<>();
        List<Evidence> stubs = new ArrayList<>();
        Set<String> recognised = new HashSet<>();
        for (DocumentSignal s : facts.all(DocumentSignal.class, s -> s.kind() == kind.doc())) {
            published.add(s.evidence());
            recognised.add(s.evidence().path());
        }
        List<FileSignal> signals = facts.all(FileSignal.class, s -> s.kind() == kind.page());
        boolean pageRead = signals.stream().anyMatch(s -> read.containsKey(s.evidence().path()));
        for (FileSignal s : signals) {
            DocumentFact text = read.get(s.evidence().path());
            if (recognised.contains(s.evidence().path())) {
                continue;
            }
            if (text == null) {
                if (!pageRead) {
                    published.add(s.evidence()); // a route declared in a router, or text rendered from elsewhere
                }
            } else if (stub(text)) {
                stubs.add(stubEvidence(text));
            } else if (!text.english() && !text.language().isEmpty()) {
                published.add(s.evidence().withNote(s.evidence().note() + " (in " + text.language()
                        + "; its wording was not checked)"));
            } else {
                withoutWording.add(text.evidence().withNote(text.words() + " words, none of them " + kind.what()
                        + " wording"));
            }
        }
        facts.all(DocumentFact.class, d -> !d.page() && stub(d) && !recognised.contains(d.path())
                        && kind.documentName().matcher(d.path().toLowerCase(Locale.ROOT)).find()).stream().limit(3)
                .forEach(d -> stubs.add(stubEvidence(d)));
        return new Policy(kind, placeholders, published, withoutWording, stubs);
    }

    /** A read page with a placeholder line or too few words, or a document with too few words, is a stub. */
    private static boolean stub(DocumentFact d) {
        return d.words() < STUB_WORDS || (d.page() && d.placeholder().isPresent());
    }

    /**
     * Matches of a pattern outside stub legal pages and stub legal documents: "CCPA" or "GDPR" in a privacy page
     * that says "Coming soon" is a promise, not a policy.
     */
    static List<Evidence> writtenMatches(Facts facts, String patternId, String note) {
        Set<String> stubPaths = new HashSet<>();
        for (DocumentFact d : facts.all(DocumentFact.class, LegalEvidence::stub)) {
            String lower = d.path().toLowerCase(Locale.ROOT);
            if (d.page() || Stream.of(PRIVACY, TERMS, COOKIES).anyMatch(k -> k.documentName().matcher(lower).find())) {
                stubPaths.add(d.path());
            }
        }
        return ContentScan.matches(facts, patternId).stream()
                .filter(m -> !stubPaths.contains(m.evidence().path()))
                .map(m -> ContentScan.cite(m, note)).toList();
    }

    private static Evidence stubEvidence(DocumentFact d) {
        if (d.placeholder().isPresent()) {
            return d.placeholder().get().withNote(d.placeholder().get().note() + " (" + d.words() + " words in all)");
        }
        return d.evidence().withNote(d.words() == 0 ? "only a heading or placeholders (TODO, TBD)"
                : "only " + d.words() + " words");
    }

    private static boolean namesTopic(LegalKind kind, String path) {
        String lower = path == null ? "" : path.toLowerCase(Locale.ROOT);
        return kind.pathWords().stream().anyMatch(lower::contains);
    }

    /** App pages of the given kind and documents of the given kind, each cited where it was seen, stubs included. */
    private static List<Evidence> pagesAndDocuments(Facts facts, SignalKind page, DocKind doc) {
        List<Evidence> out = new ArrayList<>();
        facts.all(FileSignal.class, s -> s.kind() == page).forEach(s -> out.add(s.evidence()));
        facts.all(DocumentSignal.class, s -> s.kind() == doc).forEach(s -> out.add(s.evidence()));
        return out;
    }

    static Policy privacyPolicy(Facts facts) {
        return policy(facts, PRIVACY);
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
