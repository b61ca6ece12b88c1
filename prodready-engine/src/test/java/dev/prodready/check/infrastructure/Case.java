package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.Fact;

import java.util.List;

/** One row of a check's table: facts in, expected status and evidence locations out. */
public record Case(String name, List<Fact> facts, Status status, List<String> locations) {

    public static Case of(String name, List<Fact> facts, Status status, String... locations) {
        return new Case(name, facts, status, List.of(locations));
    }

    public Outcome verify(Check check) {
        return verify(check, java.time.Clock.systemUTC());
    }

    /** Verifies with the scan's clock fixed (for date-dependent checks). */
    public Outcome verify(Check check, java.time.Clock clock) {
        Outcome outcome = FactKit.run(check, facts, clock);
        FactKit.expect(outcome, status, locations.toArray(String[]::new));
        return outcome;
    }

    @Override
    public String toString() {
        return name;
    }
}
