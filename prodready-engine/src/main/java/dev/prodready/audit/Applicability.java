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
}
