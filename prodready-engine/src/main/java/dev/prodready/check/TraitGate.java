package dev.prodready.check;

import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.stack.Presence;
import dev.prodready.stack.Trait;
import dev.prodready.stack.TraitState;

/**
 * For items that apply only with a trait: the audit already skips them when the trait is ruled out, but
 * when the trait is merely undecided a missing artefact is not a gap we can claim, so the answer is unknown.
 */
public final class TraitGate {

    private TraitGate() {
    }

    public static boolean present(CheckContext context, Trait trait) {
        return context.stack().trait(trait).presence() == Presence.PRESENT;
    }

    /** Unknown, explaining that the gap only matters if the trait holds, which the scan could not tell. */
    public static Outcome undecided(CheckContext context, Trait trait, String missing) {
        TraitState state = context.stack().trait(trait);
        String why = state.reason() == null || state.reason().isBlank() ? "" : " (" + state.reason() + ")";
        return Outcome.unknown(missing + "; this matters only if the application has the trait '" + trait.id()
                + "', which the scan could not decide" + why);
    }
}
