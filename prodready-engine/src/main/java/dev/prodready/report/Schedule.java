package dev.prodready.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Dates for the phased plan: phases run one after another (the seed's order of work), each lasting its
 * summed effort spread over the people available, at {@link #FOCUS_HOURS_PER_DAY} focused hours a working day.
 */
public record Schedule(LocalDate start, int people, List<Slot> slots) {

    /** Hours of plan work one person gets done on a working day, meetings and reviews aside. */
    public static final int FOCUS_HOURS_PER_DAY = 6;

    /** One phase's dates: at best (minimum effort) and at worst (maximum effort). */
    public record Slot(int phase, LocalDate start, LocalDate endBest, LocalDate endWorst, int workingDaysWorst) {
    }

    public Schedule {
        slots = List.copyOf(slots);
    }

    public static Schedule of(Plan plan, LocalDate start, int people) {
        if (people < 1) {
            throw new IllegalArgumentException("people must be at least 1");
        }
        List<Slot> slots = new ArrayList<>();
        LocalDate cursor = nextWorkingDay(start);
        for (PlanPhase p : plan.phases()) {
            int bestDays = days(p.effortHours().min(), people);
            int worstDays = days(p.effortHours().max(), people);
            LocalDate endBest = addWorkingDays(cursor, bestDays);
            LocalDate endWorst = addWorkingDays(cursor, worstDays);
            slots.add(new Slot(p.phase(), cursor, endBest, endWorst, worstDays));
            cursor = worstDays == 0 ? cursor : nextWorkingDay(endWorst.plusDays(1));
        }
        return new Schedule(start, people, slots);
    }

    private static int days(int hours, int people) {
        return (int) Math.ceil(hours / (double) (FOCUS_HOURS_PER_DAY * people));
    }

    /** The date on which {@code days} working days starting at {@code from} are done (from itself when days is 0). */
    static LocalDate addWorkingDays(LocalDate from, int days) {
        LocalDate d = from;
        for (int left = days - 1; left > 0; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    private static LocalDate nextWorkingDay(LocalDate d) {
        LocalDate x = d;
        while (!isWorkingDay(x)) {
            x = x.plusDays(1);
        }
        return x;
    }

    private static boolean isWorkingDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
