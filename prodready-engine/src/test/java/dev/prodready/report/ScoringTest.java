package dev.prodready.report;

import dev.prodready.catalogue.Severity;
import dev.prodready.check.Status;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.prodready.report.TestItems.DATA;
import static dev.prodready.report.TestItems.SECURITY;
import static dev.prodready.report.TestItems.item;
import static dev.prodready.report.TestItems.result;
import static org.assertj.core.api.Assertions.assertThat;

class ScoringTest {

    @Test
    void weightsBySeverityAndGivesHalfCreditForPartial() {
        List<ItemResult> results = List.of(
                result(item("a", SECURITY, Severity.CRITICAL, 1, 1, 2), Status.PASS),     // weight 4, earns 4
                result(item("b", SECURITY, Severity.HIGH, 1, 1, 2), Status.PARTIAL),      // weight 3, earns 1.5
                result(item("c", SECURITY, Severity.LOW, 1, 1, 2), Status.FAIL),          // weight 1, earns 0
                result(item("d", SECURITY, Severity.MEDIUM, 1, 1, 2), Status.NOT_APPLICABLE));
        Summary summary = Scoring.summarise(List.of(SECURITY), results);
        // 5.5 of 8
        assertThat(summary.score()).isEqualTo(69);
        assertThat(summary.areas().get(0).count(Status.NOT_APPLICABLE)).isEqualTo(1);
        assertThat(summary.verifiedShare()).isEqualTo(1.0);
    }

    @Test
    void unknownNeverCountsAsPassAndShowsInTheShares() {
        List<ItemResult> results = List.of(
                result(item("a", SECURITY, Severity.HIGH, 1, 1, 2), Status.PASS),
                result(item("b", SECURITY, Severity.HIGH, 1, 1, 2), Status.UNKNOWN),
                result(item("c", DATA, Severity.HIGH, 2, 1, 2), Status.ATTESTED),
                result(item("d", DATA, Severity.HIGH, 2, 1, 2), Status.UNKNOWN));
        Summary summary = Scoring.summarise(List.of(SECURITY, DATA), results);
        assertThat(summary.score()).isEqualTo(50);
        assertThat(summary.verifiedShare()).isEqualTo(0.25);
        assertThat(summary.attestedShare()).isEqualTo(0.25);
        assertThat(summary.unknownShare()).isEqualTo(0.5);
        assertThat(summary.areas()).extracting(AreaSummary::score).containsExactly(50, 50);
    }

    @Test
    void anAreaWithNothingApplicableScoresZeroRatherThanFull() {
        Summary summary = Scoring.summarise(List.of(DATA),
                List.of(result(item("a", DATA, Severity.HIGH, 2, 1, 2), Status.NOT_APPLICABLE)));
        assertThat(summary.areas().get(0).score()).isZero();
        assertThat(summary.areas().get(0).verifiedShare()).isZero();
    }
}
