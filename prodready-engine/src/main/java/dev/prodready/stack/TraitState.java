package dev.prodready.stack;

import dev.prodready.fact.Evidence;

import java.util.List;

/** A trait's presence with the evidence for it (or, for ABSENT, the places that were searched). */
public record TraitState(Presence presence, String reason, List<Evidence> evidence) {
    public TraitState {
        evidence = List.copyOf(evidence);
    }

    public static TraitState unknown(String reason) {
        return new TraitState(Presence.UNKNOWN, reason, List.of());
    }
}
