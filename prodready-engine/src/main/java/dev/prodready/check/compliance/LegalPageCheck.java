package dev.prodready.check.compliance;

import dev.prodready.check.ContentScan;
import dev.prodready.check.TraitGate;
import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.DocumentLanguage;
import dev.prodready.check.Searched;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentFact;
import dev.prodready.fact.DocumentSignal;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.SignalKind;
import dev.prodready.live.LiveVerdicts;
import dev.prodready.stack.Trait;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A legal page the app must publish: passes when a document or an app page of the kind exists, judging a page by
 * its text when it was read; partial when the only page has text that never reads as the policy; fails when the
 * one found still holds generator placeholders, when the only page or document is a stub ("Coming soon", a
 * heading and a TODO), or when an app with a web frontend has none. Without a web frontend the page may well
 * live on another site, so its absence here is unknown, as it is when most documentation is in another language.
 */
abstract class LegalPageCheck implements Check {

    private final String itemId;
    private final SignalKind page;
    private final DocKind doc;
    private final String what;
    private final List<String> pathWords;
    private final Pattern documentName;

    /** A document or page named for the policy with fewer words than a real one (the kind asks for 60) is a stub. */
    static final int STUB_WORDS = 60;
    /** What the wording of each policy is recognised by (documents/kinds.yml), for the message of a partial. */
    private static final Map<DocKind, String> WORDING = Map.of(
            DocKind.PRIVACY_POLICY, "personal data, what is collected, cookies, third parties, your rights, retention",
            DocKind.TERMS_OF_SERVICE, "these terms, agreement, prohibited use, liability, termination, governing law",
            DocKind.COOKIE_POLICY, "cookies, essential and analytics cookies, consent, expiry, third parties");

    LegalPageCheck(String itemId, SignalKind page, DocKind doc, String what, List<String> pathWords,
                   Pattern documentName) {
        this.itemId = itemId;
        this.page = page;
        this.doc = doc;
        this.what = what;
        this.pathWords = List.copyOf(pathWords);
        this.documentName = documentName;
    }

    @Override
    public final String itemId() {
        return itemId;
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        return LiveVerdicts.combine(repository(context), LiveVerdicts.judge(itemId(), context.facts()),
                LiveVerdicts.Combination.EITHER_SHOWS);
    }

    /** The verdict from the repository alone; the live probe's, when a URL was given, is combined with it. */
    private Outcome repository(CheckContext context) {
        Facts facts = context.facts();
        List<Evidence> found = LegalEvidence.pagesAndDocuments(facts, page, doc);
        Set<String> foundPaths = found.stream().map(Evidence::path).filter(Objects::nonNull).collect(Collectors.toSet());
        List<ContentMatch> placeholders = ContentScan.matches(facts, LegalEvidence.PLACEHOLDER).stream()
                .filter(m -> foundPaths.contains(m.evidence().path()) || namesTopic(m.evidence().path()))
                .toList();
        if (!placeholders.isEmpty()) {
            List<Evidence> evidence = placeholders.stream().limit(5)
                    .map(m -> ContentScan.cite(m, "unfilled template placeholder in the " + what)).toList();
            return Outcome.fail("the " + what + " at " + LegalEvidence.locations(evidence)
                    + " still holds template placeholders, so it was never completed", evidence);
        }
        Pages pages = pages(facts);
        if (!pages.published().isEmpty()) {
            return Outcome.pass(what + " published: " + LegalEvidence.locations(pages.published())
                    + "; whether it matches what the app really does needs a person's review",
                    LegalEvidence.first(pages.published(), 5));
        }
        if (!pages.withoutWording().isEmpty()) {
            return Outcome.partial("the " + what + " page at " + LegalEvidence.locations(pages.withoutWording())
                    + " has text, but none of it reads as a " + what + " (" + WORDING.get(doc) + ")",
                    LegalEvidence.first(pages.withoutWording(), 5));
        }
        List<Evidence> stubs = new ArrayList<>(pages.stubs());
        facts.all(DocumentFact.class, d -> !d.page() && d.words() < STUB_WORDS
                        && documentName.matcher(d.path().toLowerCase(Locale.ROOT)).find()).stream().limit(3)
                .forEach(d -> stubs.add(stubEvidence(d)));
        if (!stubs.isEmpty()) {
            return Outcome.fail("the " + what + " at " + LegalEvidence.locations(stubs)
                    + " is a stub that was never written", LegalEvidence.first(stubs, 5));
        }
        Optional<Outcome> foreign = DocumentLanguage.cannotTellAbsence(facts, "a " + what);
        if (foreign.isPresent()) {
            return foreign.get();
        }
        if (TraitGate.present(context, Trait.WEB_FRONTEND)) {
            List<Evidence> searched = new ArrayList<>(Searched.repository("app route, static page or document for the " + what));
            searched.addAll(context.stack().trait(Trait.WEB_FRONTEND).evidence().stream().limit(2)
                    .map(e -> e.withNote("the app has a web frontend, but no " + what + " page")).toList());
            return Outcome.fail("the app has a web frontend but no " + what + " page or document", searched);
        }
        return Outcome.unknown("no " + what + " page or document in this repository; it may be published on another"
                + " site, so scan that URL or attest where it lives");
    }

    /** Pages and documents that publish the policy, pages whose text is something else, and stub pages. */
    private record Pages(List<Evidence> published, List<Evidence> withoutWording, List<Evidence> stubs) {
    }

    /**
     * Sorts the evidence by what the page says. A document or page recognised as the policy publishes it; so does
     * a page whose text was not read (a route declared in a router, text rendered from elsewhere) or is written
     * in another language. A page whose own text was read and is a stub (placeholders, a handful of words) does
     * not, nor does one with text that never reads as the policy.
     */
    private Pages pages(Facts facts) {
        Map<String, DocumentFact> read = new HashMap<>();
        facts.all(DocumentFact.class, DocumentFact::page).forEach(d -> read.put(d.path(), d));
        List<Evidence> published = new ArrayList<>();
        List<Evidence> withoutWording = new ArrayList<>();
        List<Evidence> stubs = new ArrayList<>();
        Set<String> recognised = new HashSet<>();
        for (DocumentSignal s : facts.all(DocumentSignal.class, s -> s.kind() == doc)) {
            published.add(s.evidence());
            recognised.add(s.evidence().path());
        }
        List<FileSignal> signals = facts.all(FileSignal.class, s -> s.kind() == page);
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
            } else if (text.words() < STUB_WORDS || text.placeholder().isPresent()) {
                stubs.add(stubEvidence(text));
            } else if (!text.english() && !text.language().isEmpty()) {
                published.add(s.evidence().withNote(s.evidence().note() + " (in " + text.language()
                        + "; its wording was not checked)"));
            } else {
                withoutWording.add(text.evidence().withNote(text.words() + " words, none of them " + what + " wording"));
            }
        }
        return new Pages(published, withoutWording, stubs);
    }

    private static Evidence stubEvidence(DocumentFact d) {
        if (d.placeholder().isPresent()) {
            return d.placeholder().get().withNote(d.placeholder().get().note() + " (" + d.words() + " words in all)");
        }
        return d.evidence().withNote(d.words() == 0 ? "only a heading or placeholders (TODO, TBD)"
                : "only " + d.words() + " words");
    }

    private boolean namesTopic(String path) {
        String lower = path == null ? "" : path.toLowerCase(Locale.ROOT);
        return pathWords.stream().anyMatch(lower::contains);
    }
}
