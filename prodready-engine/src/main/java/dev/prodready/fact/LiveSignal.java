package dev.prodready.fact;

/** A yes/no observation of the live probe, with what it rests on in {@code detail}. */
public record LiveSignal(LiveSignalKind kind, String detail, Evidence evidence) implements Fact {
}
