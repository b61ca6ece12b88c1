package dev.prodready.fact;

/** The application has {@code capability}, because of {@code source} (a package name or a file). */
public record CapabilityFact(Capability capability, String source, Evidence evidence) implements Fact {
}
