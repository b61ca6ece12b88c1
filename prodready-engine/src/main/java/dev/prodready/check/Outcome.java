package dev.prodready.check;

import dev.prodready.fact.Evidence;

import java.util.List;

/**
 * A check's verdict with its reasons. PASS, PARTIAL, FAIL and NOT_APPLICABLE must cite evidence a user can
 * open (for an absence, the places that were searched); UNKNOWN says what would settle it.
 */
public record Outcome(Status status, String message, List<Evidence> evidence) {

    public Outcome {
        evidence = List.copyOf(evidence);
        if (status != Status.UNKNOWN && status != Status.ATTESTED && evidence.isEmpty()) {
            throw new IllegalArgumentException(status.id() + " needs evidence: " + message);
        }
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("an outcome needs a message");
        }
    }

    public static Outcome pass(String message, List<Evidence> evidence) {
        return new Outcome(Status.PASS, message, evidence);
    }

    public static Outcome partial(String message, List<Evidence> evidence) {
        return new Outcome(Status.PARTIAL, message, evidence);
    }

    public static Outcome fail(String message, List<Evidence> evidence) {
        return new Outcome(Status.FAIL, message, evidence);
    }

    public static Outcome notApplicable(String message, List<Evidence> evidence) {
        return new Outcome(Status.NOT_APPLICABLE, message, evidence);
    }

    public static Outcome unknown(String message) {
        return new Outcome(Status.UNKNOWN, message, List.of());
    }

    public static Outcome unknown(String message, List<Evidence> evidence) {
        return new Outcome(Status.UNKNOWN, message, evidence);
    }
}
