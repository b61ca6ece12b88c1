package dev.prodready.check.operations;

import dev.prodready.check.DocumentCheck;
import dev.prodready.fact.DocKind;

/** ops.maintenance-windows: a document in the repository describes maintenance windows. */
public final class MaintenanceWindowsCheck extends DocumentCheck {
    public MaintenanceWindowsCheck() {
        super("ops.maintenance-windows", DocKind.MAINTENANCE_WINDOWS);
    }
}
