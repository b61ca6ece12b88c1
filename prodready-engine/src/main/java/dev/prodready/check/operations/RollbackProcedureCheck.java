package dev.prodready.check.operations;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentSignal;
import dev.prodready.fact.Evidence;

import java.util.List;

/**
 * ops.rollback-procedure: a written procedure is only half of the item; no file can show that it was
 * rehearsed, so a document makes it partial and the rehearsal is for a person to attest.
 */
public final class RollbackProcedureCheck implements Check {

    @Override
    public String itemId() {
        return "ops.rollback-procedure";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        List<Evidence> docs = context.facts().all(DocumentSignal.class, s -> s.kind() == DocKind.ROLLBACK).stream()
                .map(s -> s.evidence().withNote("rollback procedure")).limit(5).toList();
        if (!docs.isEmpty()) {
            return Outcome.partial("rollback is documented (" + Locations.of(docs) + "); nothing shows it was"
                    + " rehearsed, so attest the date of the last rollback drill", docs);
        }
        return Outcome.unknown("no rollback procedure in the repository's documents; if it is kept elsewhere,"
                + " attest it together with the last time it was rehearsed");
    }
}
