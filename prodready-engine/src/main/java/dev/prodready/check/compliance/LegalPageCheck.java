package dev.prodready.check.compliance;

import dev.prodready.check.ContentScan;
import dev.prodready.check.TraitGate;
import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentFact;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.SignalKind;
import dev.prodready.live.LiveVerdicts;
import dev.prodready.stack.Trait;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A legal page the app must publish: passes when an app page or a document of the kind exists, fails when the
 * one found still holds generator placeholders, when the only document named for it is a stub (a heading and
 * a TODO), or when an app with a web frontend has none. Without a web
 * frontend the page may well live on another site, so its absence here is unknown.
 */
abstract class LegalPageCheck implements Check {

    private final String itemId;
    private final SignalKind page;
    private final DocKind doc;
    private final String what;
    private final List<String> pathWords;
    private final Pattern documentName;

    /** A document named for the page with fewer words than a real one (the kind asks for at least 60) is a stub. */
    static final int STUB_WORDS = 60;

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
        if (!found.isEmpty()) {
            return Outcome.pass(what + " published: " + LegalEvidence.locations(found)
                    + "; whether it matches what the app really does needs a person's review",
                    LegalEvidence.first(found, 5));
        }
        List<Evidence> stubs = facts.all(DocumentFact.class, d -> d.words() < STUB_WORDS
                        && documentName.matcher(d.path().toLowerCase(Locale.ROOT)).find()).stream().limit(3)
                .map(d -> d.evidence().withNote(d.words() == 0 ? "only a heading or placeholders (TODO, TBD)"
                        : "only " + d.words() + " words")).toList();
        if (!stubs.isEmpty()) {
            return Outcome.fail("the " + what + " document at " + LegalEvidence.locations(stubs)
                    + " is a stub that was never written", stubs);
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

    private boolean namesTopic(String path) {
        String lower = path == null ? "" : path.toLowerCase(Locale.ROOT);
        return pathWords.stream().anyMatch(lower::contains);
    }
}
