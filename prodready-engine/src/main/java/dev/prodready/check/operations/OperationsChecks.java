package dev.prodready.check.operations;

import dev.prodready.check.Check;

import java.util.List;

/** The checks of the operations area, one per catalogue item, in catalogue order. */
public final class OperationsChecks {

    public static final List<Check> ALL = List.of();

    private OperationsChecks() {
    }
}
