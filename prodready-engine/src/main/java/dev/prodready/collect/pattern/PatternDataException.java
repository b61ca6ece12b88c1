package dev.prodready.collect.pattern;

/** The pattern data is malformed: names the file and, where known, the pattern. */
public final class PatternDataException extends RuntimeException {
    public PatternDataException(String message) {
        super(message);
    }

    public PatternDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
