package dev.prodready.report;

import dev.prodready.catalogue.Item;
import dev.prodready.check.Outcome;
import dev.prodready.check.Status;

/** One catalogue item and its verdict. */
public record ItemResult(Item item, Outcome outcome) {
    public Status status() {
        return outcome.status();
    }

    public boolean applicable() {
        return outcome.status() != Status.NOT_APPLICABLE;
    }
}
