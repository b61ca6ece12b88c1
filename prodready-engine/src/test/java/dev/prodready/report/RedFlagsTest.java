package dev.prodready.report;

import dev.prodready.catalogue.RedFlag;
import dev.prodready.catalogue.Severity;
import dev.prodready.check.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.prodready.report.TestItems.SECURITY;
import static dev.prodready.report.TestItems.item;
import static dev.prodready.report.TestItems.result;
import static org.assertj.core.api.Assertions.assertThat;

class RedFlagsTest {

    private final RedFlag flag = new RedFlag("1.rf2", "API keys committed", "why", List.of("a", "b"));

    @Test
    void raisedWhenAnyItemBehindItFailsWithThatItemsEvidence() {
        var results = Map.of("a", result(item("a", SECURITY, Severity.HIGH, 1, 1, 1), Status.PASS),
                "b", result(item("b", SECURITY, Severity.HIGH, 1, 1, 1), Status.FAIL));
        RedFlagResult r = RedFlags.evaluate(List.of(flag), results).get(0);
        assertThat(r.raised()).isTrue();
        assertThat(r.itemIds()).containsExactly("b");
        assertThat(r.evidence()).extracting(e -> e.location()).containsExactly("a.txt:3");
    }

    @Test
    void undecidedRatherThanClearWhenAnItemIsUnknown() {
        var results = Map.of("a", result(item("a", SECURITY, Severity.HIGH, 1, 1, 1), Status.PASS),
                "b", result(item("b", SECURITY, Severity.HIGH, 1, 1, 1), Status.UNKNOWN));
        RedFlagResult r = RedFlags.evaluate(List.of(flag), results).get(0);
        assertThat(r.raised()).isFalse();
        assertThat(r.undecided()).isTrue();
    }

    @Test
    void clearWhenEveryItemPasses() {
        var results = Map.of("a", result(item("a", SECURITY, Severity.HIGH, 1, 1, 1), Status.PASS),
                "b", result(item("b", SECURITY, Severity.HIGH, 1, 1, 1), Status.NOT_APPLICABLE));
        RedFlagResult r = RedFlags.evaluate(List.of(flag), results).get(0);
        assertThat(r.raised()).isFalse();
        assertThat(r.undecided()).isFalse();
    }
}
