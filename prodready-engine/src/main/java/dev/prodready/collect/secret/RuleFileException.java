package dev.prodready.collect.secret;

/** The secret rule file is malformed: names the file, the rule and the field. */
public final class RuleFileException extends RuntimeException {
    public RuleFileException(String message) {
        super(message);
    }
}
