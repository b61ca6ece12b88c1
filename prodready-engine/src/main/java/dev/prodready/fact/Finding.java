package dev.prodready.fact;

import dev.prodready.catalogue.Severity;

/**
 * A single located problem from an engine (a secret, an unguarded route, an injectable query),
 * feeding catalogue item {@code itemId}. {@code redacted} never holds a whole secret.
 */
public record Finding(String ruleId, String itemId, Severity severity, String message, String redacted,
                      String fingerprint, Evidence evidence) implements Fact {
}
