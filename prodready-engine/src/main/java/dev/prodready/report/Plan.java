package dev.prodready.report;

import java.util.List;

/** The phased order of work, phases 1 to 4. */
public record Plan(List<PlanPhase> phases) {
    public Plan {
        phases = List.copyOf(phases);
    }
}
