package dev.prodready.fact;

/** A foreign key column (Prisma relation or SQL REFERENCES) and whether an index leads with it. */
public record ForeignKeyFact(String table, String column, String source, boolean safe, String ruleId, String itemId,
                             Evidence evidence) implements CodeObservation {
}
