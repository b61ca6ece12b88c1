package dev.prodready.report;

import dev.prodready.catalogue.RedFlag;
import dev.prodready.catalogue.Severity;
import dev.prodready.check.Status;
import dev.prodready.fact.Evidence;
import dev.prodready.stack.StackProfile;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static dev.prodready.report.TestItems.SECURITY;
import static dev.prodready.report.TestItems.item;
import static dev.prodready.report.TestItems.result;
import static org.assertj.core.api.Assertions.assertThat;

class GateTest {

    private Report report(List<ItemResult> items, boolean flagRaised) {
        RedFlagResult flag = new RedFlagResult(new RedFlag("1.rf1", "No auth", "why", List.of("x")), flagRaised, false,
                List.of("x"), flagRaised ? List.of(Evidence.file("a", "n")) : List.of());
        return new Report("0", new Target(".", Optional.empty(), Optional.empty()), Instant.EPOCH, StackProfile.empty(),
                Scoring.summarise(List.of(SECURITY), items), items, List.of(flag), List.of(), Planner.plan(items, Set.of()),
                List.of());
    }

    @Test
    void failsOnRaisedRedFlagWithAReason() {
        Report r = report(List.of(result(item("x", SECURITY, Severity.LOW, 2, 1, 1), Status.FAIL)), true);
        assertThat(new Gate(List.of(Gate.Condition.RED_FLAG), OptionalInt.empty()).verdict(r))
                .hasValueSatisfying(v -> assertThat(v).contains("1.rf1"));
        assertThat(Gate.none().verdict(r)).isEmpty();
    }

    @Test
    void severityAndPhaseConditions() {
        Report r = report(List.of(result(item("x", SECURITY, Severity.HIGH, 2, 1, 1), Status.FAIL),
                result(item("y", SECURITY, Severity.LOW, 1, 1, 1), Status.PASS)), false);
        assertThat(new Gate(List.of(Gate.Condition.CRITICAL), OptionalInt.empty()).verdict(r)).isEmpty();
        assertThat(new Gate(List.of(Gate.Condition.HIGH), OptionalInt.empty()).verdict(r)).isPresent();
        assertThat(new Gate(List.of(Gate.Condition.PHASE1), OptionalInt.empty()).verdict(r)).isEmpty();
    }

    @Test
    void minimumScore() {
        Report r = report(List.of(result(item("x", SECURITY, Severity.HIGH, 2, 1, 1), Status.FAIL),
                result(item("y", SECURITY, Severity.HIGH, 1, 1, 1), Status.PASS)), false);
        assertThat(new Gate(List.of(), OptionalInt.of(50)).verdict(r)).isEmpty();
        assertThat(new Gate(List.of(), OptionalInt.of(51)).verdict(r))
                .hasValueSatisfying(v -> assertThat(v).contains("below the minimum 51"));
    }
}
