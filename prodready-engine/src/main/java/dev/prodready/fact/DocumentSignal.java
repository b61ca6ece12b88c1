package dev.prodready.fact;

/**
 * A document, or a section of one, covers {@code kind}. {@code value} carries a concrete figure where the
 * kind has one (an RTO of "4 hours", a restore-test date "2026-09-14"), otherwise "".
 */
public record DocumentSignal(DocKind kind, String value, Evidence evidence) implements Fact {
}
