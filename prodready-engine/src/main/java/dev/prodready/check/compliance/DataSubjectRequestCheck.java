package dev.prodready.check.compliance;

import dev.prodready.check.ContentScan;
import dev.prodready.check.TraitGate;
import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.ScanCoverage;
import dev.prodready.stack.Trait;

import java.util.List;
import java.util.Optional;

/**
 * The shape of the data-subject-rights items: a path in the code (or a documented procedure) passes; its absence
 * is a fail only when the source was scanned and the app is known to hold personal data.
 */
abstract class DataSubjectRequestCheck implements Check {

    private final String itemId;
    private final String what;

    DataSubjectRequestCheck(String itemId, String what) {
        this.itemId = itemId;
        this.what = what;
    }

    @Override
    public final String itemId() {
        return itemId;
    }

    /** The code paths or documents that fulfil the request, already cited. */
    abstract List<Evidence> found(CheckContext context);

    /** A pass, or a partial when the evidence falls short; the default is a pass. */
    Outcome judgeFound(CheckContext context, List<Evidence> found) {
        return Outcome.pass(what + " found: " + LegalEvidence.locations(found), LegalEvidence.first(found, 5));
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        List<Evidence> found = found(context);
        if (!found.isEmpty()) {
            return judgeFound(context, found);
        }
        Optional<ScanCoverage> coverage = ContentScan.coverage(context.facts());
        if (coverage.isEmpty()) {
            return Outcome.unknown("the source code was not scanned for content patterns, so no " + what
                    + " could be looked for");
        }
        if (!TraitGate.present(context, Trait.PII)) {
            return TraitGate.undecided(context, Trait.PII, "no " + what + " found in the code");
        }
        return Outcome.fail("the app holds personal data but the code shows no " + what,
                ContentScan.searched(coverage.get(), what));
    }
}
