package dev.prodready.check.compliance;

import dev.prodready.check.TraitGate;
import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.DocumentLanguage;
import dev.prodready.check.Searched;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.live.LiveVerdicts;
import dev.prodready.stack.Trait;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A legal page the app must publish: passes when a document or an app page of the kind exists, judging a page by
 * its text when it was read; partial when the only page has text that never reads as the policy; fails when the
 * one found still holds generator placeholders, when the only page or document is a stub ("Coming soon", a
 * heading and a TODO), or when an app with a web frontend has none. Without a web frontend the page may well
 * live on another site, so its absence here is unknown, as it is when most documentation is in another language.
 * What counts as the policy is {@link LegalEvidence#policy}, the rule every item that leans on a policy shares.
 */
abstract class LegalPageCheck implements Check {

    private final String itemId;
    private final LegalEvidence.LegalKind kind;

    /** What the wording of each policy is recognised by (documents/kinds.yml), for the message of a partial. */
    private static final Map<DocKind, String> WORDING = Map.of(
            DocKind.PRIVACY_POLICY, "personal data, what is collected, cookies, third parties, your rights, retention",
            DocKind.TERMS_OF_SERVICE, "these terms, agreement, prohibited use, liability, termination, governing law",
            DocKind.COOKIE_POLICY, "cookies, essential and analytics cookies, consent, expiry, third parties");

    LegalPageCheck(String itemId, LegalEvidence.LegalKind kind) {
        this.itemId = itemId;
        this.kind = kind;
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
        String what = kind.what();
        LegalEvidence.Policy policy = LegalEvidence.policy(facts, kind);
        if (!policy.placeholders().isEmpty()) {
            return Outcome.fail(policy.whyUnwritten(), policy.unwritten());
        }
        if (!policy.published().isEmpty()) {
            return Outcome.pass(what + " published: " + LegalEvidence.locations(policy.published())
                    + "; whether it matches what the app really does needs a person's review",
                    LegalEvidence.first(policy.published(), 5));
        }
        if (!policy.withoutWording().isEmpty()) {
            return Outcome.partial("the " + what + " page at " + LegalEvidence.locations(policy.withoutWording())
                    + " has text, but none of it reads as a " + what + " (" + WORDING.get(kind.doc()) + ")",
                    LegalEvidence.first(policy.withoutWording(), 5));
        }
        if (!policy.stubs().isEmpty()) {
            return Outcome.fail(policy.whyUnwritten(), policy.unwritten());
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
}
