package dev.prodready.check.monitoring;

import java.util.List;

/** Ids of the content patterns in patterns/monitoring.yml that the monitoring checks read. */
public final class MonitoringPatterns {

    public static final String ERRORS_TRACKER_INIT = "errors.tracker-init";
    public static final String ERRORS_SOURCE_MAP_UPLOAD = "errors.source-map-upload";
    public static final String ERRORS_SOURCE_MAP_UPLOAD_DISABLED = "errors.source-map-upload-disabled";
    public static final String ERRORS_ALERT_RESOURCE = "errors.alert-resource";
    public static final String ALERTS_ERROR_METRIC = "alerts.error-metric";
    public static final String APM_TRACE_SAMPLING = "apm.trace-sampling";
    public static final String APM_AGENT_SETUP = "apm.agent-setup";
    public static final String APM_LATENCY_METRIC = "apm.latency-metric";
    public static final String APM_SLOW_QUERY_SETTING = "apm.slow-query-setting";
    public static final String APM_MANAGED_DATABASE = "apm.managed-database";
    public static final String PERF_BUDGET_CONFIG = "perf.budget-config";
    public static final String PERF_BUDGET_CI = "perf.budget-ci";
    public static final String UPTIME_MONITOR_RESOURCE = "uptime.monitor-resource";
    public static final String UPTIME_HEALTH_ROUTE = "uptime.health-route";
    public static final String LOGGING_JSON_FORMAT = "logging.json-format";
    public static final String LOGGING_CONSOLE_CALL = "logging.console-call";
    public static final String LOGGING_SHIPPING_CONFIG = "logging.shipping-config";
    public static final String LOGGING_LOG_GROUP = "logging.log-group";
    public static final String LOGGING_RETENTION_SETTING = "logging.retention-setting";
    public static final String LOGGING_AUTH_FAILURE = "logging.auth-failure";
    public static final String LOGGING_AUTH_EVENT_HOOK = "logging.auth-event-hook";
    public static final String LOGGING_ACCESS_CHANGE = "logging.access-change";
    public static final String LOGGING_AUDIT_TRAIL = "logging.audit-trail";
    public static final String ALERTS_RULE = "alerts.rule";
    public static final String ALERTS_NOTIFICATION_ROUTE = "alerts.notification-route";
    public static final String ALERTS_PERFORMANCE_METRIC = "alerts.performance-metric";
    public static final String ALERTS_SECURITY_RULE = "alerts.security-rule";
    public static final String ALERTS_THREAT_DETECTION = "alerts.threat-detection";
    public static final String ALERTS_ESCALATION_POLICY = "alerts.escalation-policy";
    public static final String DASHBOARDS_CLOUD = "dashboards.cloud";
    public static final String DASHBOARDS_TOOL = "dashboards.tool";
    public static final String DASHBOARDS_INFRA_METRIC = "dashboards.infra-metric";

    /** Every id above; a test proves it equals the ids in resources/patterns/monitoring.yml. */
    public static final List<String> ALL = List.of(
            ERRORS_TRACKER_INIT,
            ERRORS_SOURCE_MAP_UPLOAD,
            ERRORS_SOURCE_MAP_UPLOAD_DISABLED,
            ERRORS_ALERT_RESOURCE,
            ALERTS_ERROR_METRIC,
            APM_TRACE_SAMPLING,
            APM_AGENT_SETUP,
            APM_LATENCY_METRIC,
            APM_SLOW_QUERY_SETTING,
            APM_MANAGED_DATABASE,
            PERF_BUDGET_CONFIG,
            PERF_BUDGET_CI,
            UPTIME_MONITOR_RESOURCE,
            UPTIME_HEALTH_ROUTE,
            LOGGING_JSON_FORMAT,
            LOGGING_CONSOLE_CALL,
            LOGGING_SHIPPING_CONFIG,
            LOGGING_LOG_GROUP,
            LOGGING_RETENTION_SETTING,
            LOGGING_AUTH_FAILURE,
            LOGGING_AUTH_EVENT_HOOK,
            LOGGING_ACCESS_CHANGE,
            LOGGING_AUDIT_TRAIL,
            ALERTS_RULE,
            ALERTS_NOTIFICATION_ROUTE,
            ALERTS_PERFORMANCE_METRIC,
            ALERTS_SECURITY_RULE,
            ALERTS_THREAT_DETECTION,
            ALERTS_ESCALATION_POLICY,
            DASHBOARDS_CLOUD,
            DASHBOARDS_TOOL,
            DASHBOARDS_INFRA_METRIC);

    private MonitoringPatterns() {
    }
}
