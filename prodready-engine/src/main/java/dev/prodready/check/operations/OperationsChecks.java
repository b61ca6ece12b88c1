package dev.prodready.check.operations;

import dev.prodready.check.Check;

import java.util.List;

/** The checks of the operations area, one per catalogue item, in catalogue order. */
public final class OperationsChecks {

    public static final List<Check> ALL = List.of(
            new IncidentPlanCheck(),
            new SeverityLevelsCheck(),
            new EscalationCheck(),
            new OnCallRotationCheck(),
            new RunbooksCheck(),
            new PostmortemCheck(),
            new DeploymentRunbookCheck(),
            new DeployKnowledgeSharedCheck(),
            new RollbackProcedureCheck(),
            new TroubleshootingCheck(),
            new BreakGlassAccessCheck(),
            new MaintenanceWindowsCheck(),
            new AccessProvisioningCheck(),
            new AccessDeprovisioningCheck(),
            new PrivilegedAccessLoggedCheck(),
            new CodeOwnersCheck());

    private OperationsChecks() {
    }
}
