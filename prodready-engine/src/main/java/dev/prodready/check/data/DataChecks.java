package dev.prodready.check.data;

import dev.prodready.check.Check;

import java.util.List;

/** The checks of the data area, one per catalogue item, in catalogue order. */
public final class DataChecks {

    public static final List<Check> ALL = List.of();

    private DataChecks() {
    }
}
