package dev.prodready.report;

import dev.prodready.catalogue.Effort;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleTest {

    private static Plan plan(int... minMax) {
        return new Plan(List.of(
                new PlanPhase(1, "a", List.of("x"), new Effort(minMax[0], minMax[1]), List.of()),
                new PlanPhase(2, "b", List.of("y"), new Effort(minMax[2], minMax[3]), List.of()),
                new PlanPhase(3, "c", List.of(), Effort.NONE, List.of()),
                new PlanPhase(4, "d", List.of("z"), new Effort(6, 6), List.of())));
    }

    @Test
    void phasesRunInSequenceOverWorkingDays() {
        // Monday 2026-11-30; 60 h for one person at 6 h/day = 10 working days -> ends Friday 2026-12-11
        Schedule s = Schedule.of(plan(30, 60, 6, 12, 0, 0), LocalDate.of(2026, 11, 30), 1);
        assertThat(s.slots().get(0).start()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(s.slots().get(0).endWorst()).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(s.slots().get(0).endBest()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(s.slots().get(1).start()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(s.slots().get(1).endWorst()).isEqualTo(LocalDate.of(2026, 12, 15));
        // an empty phase takes no time
        assertThat(s.slots().get(2).workingDaysWorst()).isZero();
        assertThat(s.slots().get(3).start()).isEqualTo(LocalDate.of(2026, 12, 16));
    }

    @Test
    void morePeopleShortenAndWeekendStartsMoveToMonday() {
        Schedule s = Schedule.of(plan(30, 60, 6, 12, 0, 0), LocalDate.of(2026, 11, 28), 2);
        assertThat(s.slots().get(0).start()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(s.slots().get(0).workingDaysWorst()).isEqualTo(5);
        assertThat(s.slots().get(0).endWorst()).isEqualTo(LocalDate.of(2026, 12, 4));
    }
}
