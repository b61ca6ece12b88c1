package dev.prodready.check;

import dev.prodready.catalogue.Item;
import dev.prodready.fact.Facts;
import dev.prodready.stack.StackProfile;

import java.time.Clock;
import java.time.LocalDate;

/**
 * What a check may look at: the facts, the stack profile, its own catalogue item, and the scan's clock
 * (fixed in golden tests, so date-dependent verdicts such as "restore test older than a quarter" are stable).
 */
public record CheckContext(Facts facts, StackProfile stack, Item item, Clock clock) {

    public CheckContext(Facts facts, StackProfile stack, Item item) {
        this(facts, stack, item, Clock.systemUTC());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
