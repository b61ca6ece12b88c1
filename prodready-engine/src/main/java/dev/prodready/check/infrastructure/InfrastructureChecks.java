package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;

import java.util.List;

/** The checks of the infrastructure area, one per catalogue item, in catalogue order. */
public final class InfrastructureChecks {

    public static final List<Check> ALL = List.of();

    private InfrastructureChecks() {
    }
}
