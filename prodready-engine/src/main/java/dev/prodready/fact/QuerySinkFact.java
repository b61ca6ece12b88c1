package dev.prodready.fact;

/**
 * A database query call found by parsing (SQL or NoSQL) and how its query is built: "parameterised", "static",
 * "tagged template", "orm" (safe) or "interpolated", "concatenated", "formatted", "request object as filter",
 * "$where" (unsafe).
 */
public record QuerySinkFact(String language, String sink, String construction, boolean safe, String ruleId,
                            String itemId, Evidence evidence) implements CodeObservation {
}
