package dev.prodready.report;

import dev.prodready.catalogue.Severity;
import dev.prodready.check.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.prodready.report.TestItems.SECURITY;
import static dev.prodready.report.TestItems.item;
import static dev.prodready.report.TestItems.result;
import static org.assertj.core.api.Assertions.assertThat;

class PlannerTest {

    @Test
    void ordersRedFlagsFirstThenSeverityAndSumsEffortOfGapsOnly() {
        List<ItemResult> results = List.of(
                result(item("low.fail", SECURITY, Severity.LOW, 1, 1, 2), Status.FAIL),
                result(item("crit.partial", SECURITY, Severity.CRITICAL, 1, 4, 8), Status.PARTIAL),
                result(item("med.flagged", SECURITY, Severity.MEDIUM, 1, 2, 3), Status.FAIL),
                result(item("high.pass", SECURITY, Severity.HIGH, 1, 10, 20), Status.PASS),
                result(item("high.unknown", SECURITY, Severity.HIGH, 1, 10, 20), Status.UNKNOWN),
                result(item("p2.fail", SECURITY, Severity.HIGH, 2, 5, 5), Status.FAIL));
        Plan plan = Planner.plan(results, Set.of("med.flagged"));
        PlanPhase first = plan.phases().get(0);
        assertThat(first.itemIds()).containsExactly("med.flagged", "crit.partial", "low.fail");
        assertThat(first.effortHours().min()).isEqualTo(7);
        assertThat(first.effortHours().max()).isEqualTo(13);
        assertThat(first.toVerify()).containsExactly("high.unknown");
        assertThat(plan.phases()).hasSize(4);
        assertThat(plan.phases().get(1).itemIds()).containsExactly("p2.fail");
        assertThat(plan.phases().get(3).itemIds()).isEmpty();
    }

    @Test
    void prerequisitesComeFirstWithinAPhase() {
        var backups = item("db.backups-automated", SECURITY, Severity.MEDIUM, 2, 1, 2);
        var restore = new dev.prodready.catalogue.Item("backup.restore-tested", SECURITY, List.of("3.1.3"), "Restore",
                "why", 2, Severity.CRITICAL, new dev.prodready.catalogue.Effort(1, 2), backups.detection(), "", List.of(),
                java.util.Map.of("generic", "Test it."), List.of(), "", List.of("db.backups-automated"));
        Plan plan = Planner.plan(List.of(result(restore, Status.FAIL), result(backups, Status.FAIL)), Set.of());
        // severity alone would put the critical restore test first; its prerequisite moves ahead of it
        assertThat(plan.phases().get(1).itemIds()).containsExactly("db.backups-automated", "backup.restore-tested");
    }

    @Test
    void isDeterministic() {
        List<ItemResult> results = List.of(
                result(item("b", SECURITY, Severity.HIGH, 1, 1, 2), Status.FAIL),
                result(item("a", SECURITY, Severity.HIGH, 1, 1, 2), Status.FAIL));
        assertThat(Planner.plan(results, Set.of())).isEqualTo(Planner.plan(List.of(results.get(1), results.get(0)), Set.of()));
        assertThat(Planner.plan(results, Set.of()).phases().get(0).itemIds()).containsExactly("a", "b");
    }
}
