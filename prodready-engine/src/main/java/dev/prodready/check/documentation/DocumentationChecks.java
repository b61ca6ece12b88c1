package dev.prodready.check.documentation;

import dev.prodready.check.Check;

import java.util.List;

/** The checks of the documentation area, one per catalogue item, in catalogue order. */
public final class DocumentationChecks {

    public static final List<Check> ALL = List.of(
            new ArchitectureDiagramCheck(),
            new ApiDocsCheck(),
            new DbSchemaDocsCheck(),
            new EnvVarsDocumentedCheck(),
            new SecurityArchitectureCheck(),
            new ThreatModelCheck(),
            new SecurityControlsCheck(),
            new DisasterRecoveryPlanCheck(),
            new SecurityWhitepaperCheck(),
            new ComplianceDocsCheck(),
            new SlaCheck(),
            new SupportDocsCheck(),
            new ProjectOverviewCheck());

    private DocumentationChecks() {
    }
}
