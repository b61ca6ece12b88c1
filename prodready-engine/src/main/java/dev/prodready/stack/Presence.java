package dev.prodready.stack;

/** Whether a trait holds: seen, ruled out by evidence, or not decidable from the repository. */
public enum Presence {
    PRESENT, ABSENT, UNKNOWN
}
