package dev.prodready.check.monitoring;

import dev.prodready.check.Check;
import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.Evidence;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One row of a check's table: facts in, expected status and cited locations ("path:line", or "path" for a
 * whole file, "." for the repository root) out. The locations must match exactly, in any order.
 */
public record Case(Given given, Status status, List<String> locations) {

    public static Case of(Given given, Status status, String... locations) {
        return new Case(given, status, List.of(locations));
    }

    public Outcome verify(Check check) {
        Outcome outcome = given.evaluate(check);
        assertThat(outcome.status()).as(given + ": status; message was: " + outcome.message()).isEqualTo(status);
        assertThat(outcome.evidence().stream().map(Evidence::location).toList())
                .as(given + ": evidence cited; message was: " + outcome.message())
                .containsExactlyInAnyOrderElementsOf(locations);
        assertThat(outcome.evidence()).as(given + ": every piece of evidence says what it shows")
                .allSatisfy(e -> assertThat(e.note()).isNotBlank());
        return outcome;
    }

    @Override
    public String toString() {
        return given + " -> " + status.id();
    }
}
