package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;

import java.util.List;

/** The checks of the infrastructure area, one per catalogue item, in catalogue order. */
public final class InfrastructureChecks {

    public static final List<Check> ALL = List.of(
            new IacDefinedCheck(),
            new EnvironmentsSeparatedCheck(),
            new ReproducibleDeploymentCheck(),
            new IacVersionControlledCheck(),
            new DeployPipelineCheck(),
            new TestsInCiCheck(),
            new RollbackCheck(),
            new ZeroDowntimeDeployCheck(),
            new DeploymentChecklistCheck(),
            new FeatureFlagsCheck(),
            new SeparateProductionAccountCheck(),
            new PrivateDatabaseCheck(),
            new LeastPrivilegeNetworkRulesCheck(),
            new WafCheck(),
            new CdnCheck(),
            new DdosProtectionCheck(),
            new ProductionDomainCheck(),
            new TlsAutoRenewCheck(),
            new DnsEmailRecordsCheck(),
            new ContainerHardenedCheck(),
            new MultiAzCheck());

    private InfrastructureChecks() {
    }
}
