package dev.prodready.check.compliance;

import dev.prodready.check.Check;

import java.util.List;

/** The checks of the compliance area, one per catalogue item, in catalogue order. */
public final class ComplianceChecks {

    public static final List<Check> ALL = List.of();

    private ComplianceChecks() {
    }
}
