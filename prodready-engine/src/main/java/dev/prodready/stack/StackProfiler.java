package dev.prodready.stack;

import dev.prodready.fact.Facts;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Derives the stack profile from facts. */
public final class StackProfiler {

    private StackProfiler() {
    }

    public static StackProfile profile(Facts facts) {
        Map<Trait, TraitState> traits = new EnumMap<>(Trait.class);
        return new StackProfile(List.of(), List.of(), List.of(), traits, "generic");
    }
}
