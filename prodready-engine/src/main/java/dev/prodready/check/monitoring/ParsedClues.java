package dev.prodready.check.monitoring;

import dev.prodready.check.infrastructure.IacBlock;
import dev.prodready.check.infrastructure.IacModel;
import dev.prodready.check.infrastructure.Pipelines;
import dev.prodready.fact.ActionKind;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.IacValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Monitoring evidence read from parsed infrastructure code and pipelines: alert rules and where they are sent,
 * the conditions they watch, dashboards, uptime monitors, log groups and their retention, and pipeline steps
 * (budgets, load tests, source-map uploads). Evidence sits on the resource header, the same line the content
 * patterns cite, so combining both never counts a resource twice.
 */
public final class ParsedClues {

    static final Set<String> ALERT_RULES = Set.of("aws_cloudwatch_metric_alarm", "aws_cloudwatch_composite_alarm",
            "AWS::CloudWatch::Alarm", "AWS::CloudWatch::CompositeAlarm", "datadog_monitor", "grafana_rule_group",
            "newrelic_alert_condition", "newrelic_nrql_alert_condition", "google_monitoring_alert_policy",
            "azurerm_monitor_metric_alert", "azurerm_monitor_scheduled_query_rules_alert",
            "azurerm_monitor_scheduled_query_rules_alert_v2", "sentry_issue_alert", "sentry_metric_alert",
            "PrometheusRule", "aws_cloudwatch_log_metric_filter");
    static final Set<String> ROUTES = Set.of("aws_sns_topic_subscription", "AWS::SNS::Subscription", "pagerduty_service",
            "pagerduty_service_integration", "grafana_contact_point", "grafana_notification_policy",
            "newrelic_notification_destination", "newrelic_workflow", "newrelic_alert_channel",
            "google_monitoring_notification_channel", "azurerm_monitor_action_group", "opsgenie_team",
            "opsgenie_api_integration", "datadog_integration_slack_channel", "datadog_integration_pagerduty",
            "datadog_integration_pagerduty_service_object");
    static final Set<String> DASHBOARDS = Set.of("aws_cloudwatch_dashboard", "AWS::CloudWatch::Dashboard",
            "google_monitoring_dashboard", "azurerm_portal_dashboard", "azurerm_dashboard", "grafana_dashboard",
            "datadog_dashboard", "datadog_dashboard_json", "newrelic_one_dashboard", "newrelic_one_dashboard_json",
            "signalfx_dashboard", "honeycomb_board");
    static final Set<String> UPTIME = Set.of("aws_route53_health_check", "AWS::Route53::HealthCheck",
            "aws_synthetics_canary", "AWS::Synthetics::Canary", "google_monitoring_uptime_check_config",
            "datadog_synthetics_test", "checkly_check", "checkly_check_group", "betteruptime_monitor",
            "betteruptime_heartbeat", "uptimerobot_monitor", "azurerm_application_insights_web_test",
            "azurerm_application_insights_standard_web_test", "newrelic_synthetics_monitor",
            "newrelic_synthetics_script_monitor", "pingdom_check", "statuscake_uptime_check",
            "grafana_synthetic_monitoring_check");
    static final Set<String> THREAT_DETECTION = Set.of("aws_guardduty_detector", "AWS::GuardDuty::Detector",
            "aws_securityhub_account", "google_scc_notification_config", "azurerm_security_center_subscription_pricing");
    static final Set<String> LOG_GROUPS = Set.of("aws_cloudwatch_log_group", "AWS::Logs::LogGroup");

    static final Pattern PERFORMANCE = Pattern.compile(
            "(?i)(latenc|duration|response_?time|TargetResponseTime|p9[059]\\b|percentile|histogram_quantile|slow|apdex)");
    static final Pattern ERRORS = Pattern.compile(
            "(?i)(5xx|5\\.\\.|\\berrors?\\b|error_rate|errors_total|exception|status\\s*=~?\\s*\"5|HTTPCode_\\w*_5XX|Errors)");
    static final Pattern SECURITY = Pattern.compile(
            "(?i)(ConsoleLogin|UnauthorizedOperation|AccessDenied|login_?fail|auth_?fail|failed_?login|brute|"
                    + "unauthori[sz]ed|status\\s*=~?\\s*\"40[13]|guardduty|securityhub|BlockedRequests)");
    static final Pattern INFRA_METRIC = Pattern.compile("(CPUUtilization|MemoryUtilization|DatabaseConnections|"
            + "FreeStorageSpace|FreeableMemory|ReadLatency|WriteLatency|node_cpu|node_memory|node_filesystem|"
            + "container_cpu|container_memory|kube_pod|system\\.cpu|system\\.mem|system\\.disk|pg_stat_|cpu_usage|"
            + "memory_usage|disk_usage)");

    private ParsedClues() {
    }

    /** Alert rules: alarm and monitor resources, Prometheus alerting rules. */
    static List<IacBlock> ruleBlocks(Facts facts) {
        IacModel iac = IacModel.of(facts);
        List<IacBlock> out = new ArrayList<>(iac.resources(ALERT_RULES));
        out.addAll(iac.blocks("prometheus", "alert"));
        return out;
    }

    static Clues rules(Facts facts) {
        return new Clues(ruleBlocks(facts).stream().map(b -> b.evidence(b.label() + ": alert rule")).toList());
    }

    /** Where alerts go: notification resources, alarm actions, Alertmanager receivers, monitor @-mentions. */
    static Clues routes(Facts facts) {
        IacModel iac = IacModel.of(facts);
        List<Evidence> out = new ArrayList<>();
        iac.resources(ROUTES).forEach(b -> out.add(b.evidence(b.label() + ": alert notification route")));
        for (IacBlock alarm : ruleBlocks(facts)) {
            for (String key : List.of("alarm_actions", "Properties.AlarmActions", "notification_channels", "action",
                    "notification_settings")) {
                alarm.value(key).filter(ParsedClues::nonEmpty).ifPresent(v -> out.add(alarm.at(v,
                        alarm.label() + ": alarm sends its notifications on")));
            }
            if (alarm.type().equals("datadog_monitor") && alarm.text("message").contains("@")) {
                out.add(alarm.at("message", alarm.label() + ": monitor message notifies a handle"));
            }
        }
        for (IacBlock am : iac.blocks("alertmanager", "config")) {
            am.value("receivers").filter(r -> IacValue.Mapping.mappingsOf(r).stream()
                            .anyMatch(m -> m.entries().keySet().stream().anyMatch(k -> k.endsWith("_configs"))))
                    .ifPresent(r -> out.add(am.at(r, "Alertmanager receivers deliver alerts")));
        }
        return new Clues(out);
    }

    /**
     * Rules whose condition matches {@code condition} (latency, errors, security signals). Only what the rule
     * measures is read (metric names, expressions, queries, filters), not its descriptions or runbook links.
     */
    static Clues conditions(Facts facts, Pattern condition, String shows) {
        List<Evidence> out = new ArrayList<>();
        for (IacBlock rule : ruleBlocks(facts)) {
            List<String> measured = new ArrayList<>();
            measured(rule.body(), false, measured, 0);
            if (measured.stream().anyMatch(s -> condition.matcher(s).find())) {
                out.add(rule.evidence(rule.label() + ": " + shows));
            }
        }
        return new Clues(out);
    }

    private static final Pattern CONDITION_KEY = Pattern.compile(
            "(?i)(metric_?name|metricname|expr|query|filter|pattern|nrql|criteria|metric|condition\\w*|namespace|"
                    + "dimensions|statistic|extended_statistic|pattern|eventpattern|event_pattern)");

    private static void measured(IacValue v, boolean inCondition, List<String> out, int depth) {
        if (depth > 10) {
            return;
        }
        if (v instanceof IacValue.Mapping m) {
            m.entries().forEach((k, x) -> measured(x, inCondition || CONDITION_KEY.matcher(k).matches(), out, depth + 1));
        } else if (v instanceof IacValue.Sequence s) {
            s.items().forEach(i -> measured(i, inCondition, out, depth + 1));
        } else if (inCondition) {
            out.add(v instanceof IacValue.Expression e ? e.expression() : v.text());
        }
    }

    static Clues threatDetection(Facts facts) {
        return new Clues(IacModel.of(facts).resources(THREAT_DETECTION).stream()
                .map(b -> b.evidence(b.label() + ": cloud threat detection enabled")).toList());
    }

    static List<IacBlock> dashboardBlocks(Facts facts) {
        IacModel iac = IacModel.of(facts);
        List<IacBlock> out = new ArrayList<>(iac.resources(DASHBOARDS));
        out.addAll(iac.blocks("grafana", "dashboard"));
        iac.resources(Set.of("ConfigMap")).stream()
                .filter(c -> c.value("metadata.labels.grafana_dashboard").isPresent()).forEach(out::add);
        return out;
    }

    static Clues dashboards(Facts facts) {
        return new Clues(dashboardBlocks(facts).stream().map(b -> b.evidence(b.label() + ": dashboard as code")).toList());
    }

    static Clues infrastructureDashboards(Facts facts) {
        List<Evidence> out = new ArrayList<>();
        for (IacBlock d : dashboardBlocks(facts)) {
            d.strings().stream().filter(s -> INFRA_METRIC.matcher(s).find()).findFirst()
                    .ifPresent(s -> out.add(d.evidence(d.label() + ": charts infrastructure metrics")));
        }
        return new Clues(out);
    }

    static Clues uptime(Facts facts) {
        return new Clues(IacModel.of(facts).resources(UPTIME).stream()
                .map(b -> b.evidence(b.label() + ": uptime monitor")).toList());
    }

    /** Log groups, each with its retention setting: set, missing (kept forever), or computed. */
    record LogGroup(IacBlock block, Optional<IacValue> retention) {
        boolean forever() {
            return retention.isEmpty() || retention.get() instanceof IacValue.Scalar s && s.number().filter(n -> n == 0).isPresent();
        }

        boolean unresolved() {
            return retention.isPresent() && retention.get() instanceof IacValue.Expression;
        }
    }

    static List<LogGroup> logGroups(Facts facts) {
        return IacModel.of(facts).resources(LOG_GROUPS).stream()
                .map(b -> new LogGroup(b, b.attribute("retention_in_days", "RetentionInDays"))).toList();
    }

    /** Retention set in other parsed places: serverless provider, Log Analytics, Cloud Logging buckets. */
    static Clues otherRetention(Facts facts) {
        IacModel iac = IacModel.of(facts);
        List<Evidence> out = new ArrayList<>();
        for (IacBlock s : iac.blocks("serverless", "config")) {
            s.value("provider.logRetentionInDays").ifPresent(v -> out.add(s.at(v, "serverless functions keep logs "
                    + v.text() + " days")));
        }
        for (IacBlock b : iac.resources(Set.of("azurerm_log_analytics_workspace", "google_logging_project_bucket_config"))) {
            b.value("retention_in_days").or(() -> b.value("retention_days"))
                    .ifPresent(v -> out.add(b.at(v, b.label() + ": log retention " + v.text() + " days")));
        }
        return new Clues(out);
    }

    /** Pipeline steps of these kinds, noted with what they do and whether they run on each change. */
    public static Clues pipelineSteps(Facts facts, String shows, ActionKind... kinds) {
        Pipelines pipelines = Pipelines.of(facts);
        return new Clues(pipelines.actions(kinds).stream().map(a -> a.evidence().withNote(shows + ": " + a.tool()
                + (pipelines.onChange(a) ? " (runs on each change)" : " (runs by hand or on a schedule)"))).toList());
    }

    /** Health checks in infrastructure that call an HTTP path of the app (probes, platform checks, load balancers). */
    static Clues healthChecks(Facts facts) {
        IacModel iac = IacModel.of(facts);
        List<Evidence> out = new ArrayList<>();
        for (IacBlock w : iac.resources(Set.of("Deployment", "StatefulSet", "DaemonSet"))) {
            w.find(v -> v instanceof IacValue.Mapping m && (m.get("readinessProbe").isPresent()
                            || m.get("livenessProbe").isPresent()))
                    .map(v -> (IacValue.Mapping) v)
                    .flatMap(c -> c.get("readinessProbe").or(() -> c.get("livenessProbe")))
                    .filter(p -> p instanceof IacValue.Mapping pm && !pm.text("httpGet.path").isEmpty())
                    .ifPresent(p -> out.add(w.at(p, w.label() + " probes " + ((IacValue.Mapping) p).text("httpGet.path"))));
        }
        for (IacBlock fly : iac.blocks("fly", "config")) {
            fly.find(v -> v instanceof IacValue.Mapping m && m.get("path").isPresent() && m.get("interval").isPresent())
                    .ifPresent(v -> out.add(fly.at(((IacValue.Mapping) v).get("path").get(), "Fly checks "
                            + ((IacValue.Mapping) v).text("path"))));
        }
        for (IacBlock svc : iac.blocks("render", "service")) {
            svc.value("healthCheckPath").ifPresent(v -> out.add(svc.at(v, "Render checks " + v.text())));
        }
        for (IacBlock stage : iac.blocks("dockerfile", "stage")) {
            if (stage.text("final").equals("true") && stage.text("healthcheck").contains("http")) {
                out.add(stage.at("healthcheck", "Docker HEALTHCHECK calls the app over HTTP"));
            }
        }
        for (IacBlock svc : iac.blocks("compose", "service")) {
            svc.value("healthcheck.test").filter(t -> IacValue.texts(java.util.Optional.of(t)).stream()
                            .anyMatch(x -> x.contains("http")))
                    .ifPresent(t -> out.add(svc.at(t, "compose health check calls " + svc.name() + " over HTTP")));
        }
        for (IacBlock tg : iac.resources(Set.of("aws_lb_target_group", "aws_alb_target_group"))) {
            for (IacBlock hc : tg.blocks("health_check")) {
                hc.value("path").ifPresent(v -> out.add(tg.at(v, tg.label() + " health check calls " + v.text())));
            }
        }
        return new Clues(out);
    }

    /** Slow-query logging or query statistics switched on for a parsed database. */
    static Clues slowQuerySettings(Facts facts) {
        IacModel iac = IacModel.of(facts);
        List<Evidence> out = new ArrayList<>();
        for (IacBlock db : iac.resources(Set.of("aws_db_instance", "aws_rds_cluster", "AWS::RDS::DBInstance"))) {
            for (String key : List.of("performance_insights_enabled", "Properties.EnablePerformanceInsights")) {
                if (db.bool(key).orElse(false)) {
                    out.add(db.at(key, db.label() + ": Performance Insights records query statistics"));
                }
            }
        }
        for (IacBlock pg : iac.resources(Set.of("aws_db_parameter_group", "aws_rds_cluster_parameter_group"))) {
            for (IacBlock p : pg.blocks("parameter")) {
                String name = p.text("name");
                if (name.equals("log_min_duration_statement") || name.equals("slow_query_log")
                        || name.equals("long_query_time") || name.startsWith("auto_explain")) {
                    out.add(p.at("name", pg.label() + ": " + name + " logs slow queries"));
                }
            }
        }
        for (IacBlock sql : iac.resources(Set.of("google_sql_database_instance"))) {
            sql.find(v -> v instanceof IacValue.Mapping m && m.text("query_insights_enabled").equals("true"))
                    .ifPresent(v -> out.add(sql.at(((IacValue.Mapping) v).get("query_insights_enabled").get(),
                            sql.label() + ": Query Insights enabled")));
            sql.find(v -> v instanceof IacValue.Mapping m && m.text("name").matches("log_min_duration_statement|slow_query_log"))
                    .ifPresent(v -> out.add(sql.at(v, sql.label() + ": database flag logs slow queries")));
        }
        return new Clues(out);
    }

    private static boolean nonEmpty(IacValue v) {
        if (v instanceof IacValue.Sequence s) {
            return !s.items().isEmpty();
        }
        if (v instanceof IacValue.Mapping m) {
            return !m.entries().isEmpty();
        }
        return !(v instanceof IacValue.Scalar s && s.text().isBlank());
    }
}
