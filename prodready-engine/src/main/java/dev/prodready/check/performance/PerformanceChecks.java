package dev.prodready.check.performance;

import dev.prodready.check.Check;

import java.util.List;

/** The checks of the performance area, one per catalogue item, in catalogue order. */
public final class PerformanceChecks {

    public static final List<Check> ALL = List.of();

    private PerformanceChecks() {
    }
}
