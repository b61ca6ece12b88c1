package dev.prodready.audit;

import dev.prodready.catalogue.Item;
import dev.prodready.check.Outcome;
import dev.prodready.stack.Presence;
import dev.prodready.stack.StackProfile;
import dev.prodready.stack.Trait;
import dev.prodready.stack.TraitState;

/**
 * Decides from the stack profile whether an item's {@code appliesWhen} trait rules it out. Only a trait
 * ruled out by evidence makes an item not applicable; an undecidable trait leaves the check to run.
 */
final class Applicability {

    record Verdict(Outcome notApplicable) {
    }

    private Applicability() {
    }

    static Verdict of(Item item, StackProfile stack) {
        if (item.appliesWhen().isBlank()) {
            return new Verdict(null);
        }
        Trait trait = Trait.fromId(item.appliesWhen())
                .orElseThrow(() -> new IllegalStateException(item.id() + ": unknown trait " + item.appliesWhen()));
        TraitState state = stack.trait(trait);
        if (state.presence() == Presence.ABSENT && !state.evidence().isEmpty()) {
            return new Verdict(Outcome.notApplicable("applies only with " + trait.id() + ": " + state.reason(),
                    state.evidence()));
        }
        return new Verdict(null);
    }

    /**
     * An item that applies only with a trait the scan could not decide cannot be a plain failure: the gap is
     * real only if the trait holds. Such a FAIL becomes UNKNOWN, keeping its evidence and saying why.
     */
    static Outcome undecidedTraitCannotFail(Item item, StackProfile stack, Outcome outcome) {
        if (outcome.status() != dev.prodready.check.Status.FAIL || item.appliesWhen().isBlank()) {
            return outcome;
        }
        Trait trait = Trait.fromId(item.appliesWhen()).orElse(null);
        if (trait == null || stack.trait(trait).presence() != Presence.UNKNOWN) {
            return outcome;
        }
        return Outcome.unknown(outcome.message() + "; this is a gap only if the application has the trait '"
                + trait.id() + "', which the scan could not decide (" + stack.trait(trait).reason() + ")", outcome.evidence());
    }
}
