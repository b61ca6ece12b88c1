package dev.prodready.fact;

/**
 * A table created by the SQL migrations, after all migrations were applied in order: whether row-level security
 * is on and how many policies remain on it. Evidence: the CREATE TABLE line.
 */
public record RlsTableFact(String schema, String table, boolean rlsEnabled, int policies, boolean safe,
                           String ruleId, String itemId, Evidence evidence) implements CodeObservation {
}
