package dev.prodready.check.monitoring;

import dev.prodready.check.Check;

import java.util.List;

/** The checks of the monitoring area, one per catalogue item, in catalogue order. */
public final class MonitoringChecks {

    public static final List<Check> ALL = List.of();

    private MonitoringChecks() {
    }
}
