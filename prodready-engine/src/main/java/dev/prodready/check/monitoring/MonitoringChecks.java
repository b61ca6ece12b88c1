package dev.prodready.check.monitoring;

import dev.prodready.check.Check;

import java.util.List;

/** The checks of the monitoring area, one per catalogue item, in catalogue order. */
public final class MonitoringChecks {

    public static final List<Check> ALL = List.of(
            new ErrorTrackingCheck(),
            new ErrorAlertsCheck(),
            new ErrorTriageCheck(),
            new SourceMapUploadCheck(),
            new ApmSetupCheck(),
            new PerformanceBudgetCheck(),
            new SlowQueryMonitoringCheck(),
            new LatencyTrackingCheck(),
            new UptimeMonitoringCheck(),
            new HealthEndpointCheck(),
            new StructuredLoggingCheck(),
            new LogAggregationCheck(),
            new LogRetentionCheck(),
            new SecurityEventLoggingCheck(),
            new LogAnalysisCheck(),
            new CriticalAlertsCheck(),
            new PerformanceAlertsCheck(),
            new SecurityAlertsCheck(),
            new AlertEscalationCheck(),
            new AlertNoiseCheck(),
            new HealthDashboardCheck(),
            new BusinessDashboardCheck(),
            new SecurityDashboardCheck(),
            new InfrastructureDashboardCheck());

    private MonitoringChecks() {
    }
}
