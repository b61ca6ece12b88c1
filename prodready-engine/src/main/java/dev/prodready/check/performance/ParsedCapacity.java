package dev.prodready.check.performance;

import dev.prodready.check.infrastructure.IacBlock;
import dev.prodready.check.infrastructure.IacModel;
import dev.prodready.check.monitoring.Clues;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.IacValue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Capacity read from parsed infrastructure code: what scales automatically (and on which thresholds), what runs
 * a fixed number of instances with nothing scaling it, caches and queues.
 */
final class ParsedCapacity {

    static final Set<String> AUTOSCALERS = Set.of("HorizontalPodAutoscaler", "ScaledObject", "VerticalPodAutoscaler",
            "aws_appautoscaling_target", "aws_appautoscaling_policy", "aws_autoscaling_policy",
            "google_compute_autoscaler", "google_compute_region_autoscaler", "azurerm_monitor_autoscale_setting",
            "kubernetes_horizontal_pod_autoscaler", "kubernetes_horizontal_pod_autoscaler_v2",
            "AWS::ApplicationAutoScaling::ScalableTarget", "AWS::ApplicationAutoScaling::ScalingPolicy",
            "AWS::AutoScaling::ScalingPolicy");
    /** Services the provider scales per request or per load without any setting. */
    static final Set<String> ELASTIC = Set.of("aws_lambda_function", "AWS::Lambda::Function", "AWS::Serverless::Function",
            "google_cloud_run_service", "google_cloud_run_v2_service", "google_cloudfunctions_function",
            "google_cloudfunctions2_function", "aws_apprunner_service", "azurerm_container_app");
    static final Set<String> CACHES = Set.of("aws_elasticache_cluster", "aws_elasticache_replication_group",
            "aws_elasticache_serverless_cache", "aws_memorydb_cluster", "google_redis_instance", "azurerm_redis_cache",
            "upstash_redis_database", "AWS::ElastiCache::CacheCluster", "AWS::ElastiCache::ReplicationGroup",
            "aws_cloudfront_distribution", "AWS::CloudFront::Distribution", "google_compute_backend_bucket",
            "fastly_service_vcl");
    static final Set<String> QUEUES = Set.of("aws_sqs_queue", "AWS::SQS::Queue", "google_pubsub_topic",
            "google_cloud_tasks_queue", "azurerm_servicebus_queue", "azurerm_storage_queue", "aws_mq_broker",
            "aws_msk_cluster", "aws_kinesis_stream", "cloudflare_queue", "upstash_qstash_topic");
    private static final Pattern CACHE_IMAGE = Pattern.compile("(^|/)(redis|valkey|memcached|keydb|dragonfly)[\\w-]*(:|$)");
    private static final Pattern QUEUE_IMAGE = Pattern.compile("(^|/)(rabbitmq|kafka|nats|activemq)[\\w-]*(:|$)|bitnami/kafka");
    private static final Pattern TRIGGER_KEY = Pattern.compile(
            "(?i)^(target_?value|averageUtilization|averageValue|targetCPUUtilizationPercentage|targetCPUPercent|"
                    + "targetMemoryPercent|target|threshold|TargetValue|cpu_utilization|queueLength|lagThreshold)$");

    private ParsedCapacity() {
    }

    static Clues autoscaling(Facts facts) {
        IacModel iac = IacModel.of(facts);
        List<Evidence> out = new ArrayList<>();
        iac.resources(AUTOSCALERS).forEach(b -> out.add(b.evidence(b.label() + ": autoscaling")));
        for (IacBlock asg : iac.resources(Set.of("aws_autoscaling_group", "AWS::AutoScaling::AutoScalingGroup"))) {
            Optional<Long> min = asg.number("min_size").or(() -> asg.number("Properties.MinSize"));
            Optional<Long> max = asg.number("max_size").or(() -> asg.number("Properties.MaxSize"));
            if (min.isPresent() && max.isPresent() && max.get() > min.get()) {
                out.add(asg.evidence(asg.label() + ": scales between " + min.get() + " and " + max.get() + " instances"));
            }
        }
        for (IacBlock values : iac.blocks("helm", "values")) {
            if (values.bool("autoscaling.enabled").orElse(false)) {
                out.add(values.at("autoscaling.enabled", "Helm values switch the autoscaler on"));
            }
        }
        for (IacBlock svc : iac.blocks("render", "service")) {
            svc.value("scaling").ifPresent(v -> out.add(svc.at(v, "Render service " + svc.name() + " scales by load")));
        }
        for (IacBlock fly : iac.blocks("fly", "config")) {
            for (String key : List.of("http_service.auto_start_machines", "services.auto_start_machines")) {
                fly.value(key).filter(v -> v instanceof IacValue.Scalar s && s.bool().orElse(false))
                        .ifPresent(v -> out.add(fly.at(v, "Fly starts stopped machines on demand (up to those created)")));
            }
        }
        return new Clues(out);
    }

    static Clues elastic(Facts facts) {
        return new Clues(IacModel.of(facts).resources(ELASTIC).stream()
                .map(b -> b.evidence(b.label() + ": the provider adds instances with load")).toList());
    }

    /** Workloads pinned to a fixed count that no autoscaler targets. */
    static Clues fixed(Facts facts) {
        IacModel iac = IacModel.of(facts);
        Set<String> targeted = new HashSet<>();
        for (IacBlock hpa : iac.resources(AUTOSCALERS)) {
            String name = hpa.text("spec.scaleTargetRef.name");
            if (!name.isEmpty()) {
                targeted.add(name);
            }
            hpa.find(v -> v instanceof IacValue.Expression e && e.expression().contains("aws_ecs_service."))
                    .ifPresent(v -> targeted.add("ecs:" + ((IacValue.Expression) v).expression()));
            String resourceId = hpa.text("resource_id");
            if (!resourceId.isEmpty()) {
                targeted.add(resourceId);
            }
        }
        boolean anyEcsTarget = !iac.resources(Set.of("aws_appautoscaling_target")).isEmpty();
        List<Evidence> out = new ArrayList<>();
        for (IacBlock d : iac.resources(Set.of("Deployment", "StatefulSet"))) {
            if (d.format().equals("kubernetes") && d.number("spec.replicas").isPresent() && !targeted.contains(d.name())) {
                out.add(d.at("spec.replicas", d.label() + ": " + d.number("spec.replicas").get()
                        + " replicas and no autoscaler targets it"));
            }
        }
        for (IacBlock ecs : iac.resources(Set.of("aws_ecs_service"))) {
            if (ecs.number("desired_count").isPresent() && !anyEcsTarget) {
                out.add(ecs.at("desired_count", ecs.label() + ": fixed desired_count and no application autoscaling"));
            }
        }
        boolean anyCfnTarget = !iac.resources(Set.of("AWS::ApplicationAutoScaling::ScalableTarget")).isEmpty();
        for (IacBlock ecs : iac.resources(Set.of("AWS::ECS::Service"))) {
            if (ecs.number("Properties.DesiredCount").isPresent() && !anyCfnTarget) {
                out.add(ecs.at("Properties.DesiredCount", ecs.label() + ": fixed DesiredCount and no application "
                        + "autoscaling"));
            }
        }
        for (IacBlock asg : iac.resources(Set.of("AWS::AutoScaling::AutoScalingGroup"))) {
            if (asg.number("Properties.MinSize").isPresent() && asg.number("Properties.MinSize")
                    .equals(asg.number("Properties.MaxSize"))) {
                out.add(asg.at("Properties.MaxSize", asg.label() + ": MinSize equals MaxSize, so it never grows"));
            }
        }
        for (IacBlock asg : iac.resources(Set.of("aws_autoscaling_group"))) {
            if (asg.number("min_size").isPresent() && asg.number("min_size").equals(asg.number("max_size"))) {
                out.add(asg.at("max_size", asg.label() + ": min_size equals max_size, so it never grows"));
            }
        }
        for (IacBlock svc : iac.blocks("render", "service")) {
            if (svc.value("scaling").isEmpty() && svc.number("numInstances").isPresent()) {
                out.add(svc.at("numInstances", "Render service " + svc.name() + ": fixed numInstances"));
            }
        }
        for (IacBlock svc : iac.blocks("compose", "service")) {
            svc.value("deploy.replicas").ifPresent(v -> out.add(svc.at(v, "compose service " + svc.name()
                    + ": fixed replicas")));
        }
        return new Clues(out);
    }

    /** Numeric thresholds inside autoscaling configuration (target utilisation, target value). */
    static Clues triggers(Facts facts) {
        IacModel iac = IacModel.of(facts);
        List<IacBlock> scalers = new ArrayList<>(iac.resources(AUTOSCALERS));
        scalers.addAll(iac.blocks("helm", "values"));
        scalers.addAll(iac.blocks("render", "service"));
        List<Evidence> out = new ArrayList<>();
        for (IacBlock b : scalers) {
            threshold(b, b.body(), 0).ifPresent(e -> out.add(e));
        }
        return new Clues(out);
    }

    private static Optional<Evidence> threshold(IacBlock b, IacValue v, int depth) {
        if (depth > 8) {
            return Optional.empty();
        }
        if (v instanceof IacValue.Mapping m) {
            for (Map.Entry<String, IacValue> e : m.entries().entrySet()) {
                if (TRIGGER_KEY.matcher(e.getKey()).matches() && e.getValue() instanceof IacValue.Scalar s
                        && s.number().isPresent() && !(b.format().equals("helm") && !isUnderAutoscaling(b, s))) {
                    return Optional.of(b.at(s, b.label() + ": scales at " + e.getKey() + " " + s.text()));
                }
                Optional<Evidence> inner = threshold(b, e.getValue(), depth + 1);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        } else if (v instanceof IacValue.Sequence s) {
            for (IacValue item : s.items()) {
                Optional<Evidence> inner = threshold(b, item, depth + 1);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isUnderAutoscaling(IacBlock values, IacValue.Scalar s) {
        return values.value("autoscaling").filter(a -> a instanceof IacValue.Mapping m
                && m.entries().values().stream().anyMatch(x -> x == s)).isPresent();
    }

    static Clues caches(Facts facts) {
        IacModel iac = IacModel.of(facts);
        List<Evidence> out = new ArrayList<>(iac.resources(CACHES).stream()
                .map(b -> b.evidence(b.label() + ": cache or CDN in infrastructure")).toList());
        for (IacBlock svc : iac.blocks("compose", "service")) {
            if (CACHE_IMAGE.matcher(svc.text("image").toLowerCase(Locale.ROOT)).find()) {
                out.add(svc.evidence("compose service " + svc.name() + " runs a cache"));
            }
        }
        iac.blocks("render", "service").stream().filter(s -> s.type().equals("redis") || s.type().equals("keyvalue"))
                .forEach(s -> out.add(s.evidence("Render key-value store " + s.name())));
        return new Clues(out);
    }

    static Clues queues(Facts facts) {
        IacModel iac = IacModel.of(facts);
        List<Evidence> out = new ArrayList<>(iac.resources(QUEUES).stream()
                .map(b -> b.evidence(b.label() + ": queue in infrastructure")).toList());
        for (IacBlock svc : iac.blocks("compose", "service")) {
            if (QUEUE_IMAGE.matcher(svc.text("image").toLowerCase(Locale.ROOT)).find()) {
                out.add(svc.evidence("compose service " + svc.name() + " runs a message broker"));
            }
        }
        iac.blocks("render", "service").stream().filter(s -> s.type().equals("worker"))
                .forEach(s -> out.add(s.evidence("Render background worker " + s.name())));
        return new Clues(out);
    }
}
