package dev.prodready.fact;

/** A file or folder that signals {@code kind}; {@code detail} says what matched (a file name or a line). */
public record FileSignal(SignalKind kind, String detail, Evidence evidence) implements Fact {
}
