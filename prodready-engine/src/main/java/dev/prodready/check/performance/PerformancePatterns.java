package dev.prodready.check.performance;

import java.util.List;

/** Ids of the content patterns in patterns/performance.yml that the performance checks read. */
public final class PerformancePatterns {

    public static final String PERF_LOAD_TEST_RUN = "perf.load-test-run";
    public static final String PERF_BENCHMARK = "perf.benchmark";
    public static final String PERF_DB_INDEX = "perf.db-index";
    public static final String PERF_TABLE_DEFINITION = "perf.table-definition";
    public static final String PERF_LOOP_HEAD = "perf.loop-head";
    public static final String PERF_DB_CALL = "perf.db-call";
    public static final String PERF_INLINE_LOOP_QUERY = "perf.inline-loop-query";
    public static final String PERF_CACHE_HEADER = "perf.cache-header";
    public static final String PERF_CACHE_CODE = "perf.cache-code";
    public static final String PERF_CACHE_INFRA = "perf.cache-infra";
    public static final String PERF_IMAGE_OPTIMIZED = "perf.image-optimized";
    public static final String PERF_IMAGE_RAW_TAG = "perf.image-raw-tag";
    public static final String PERF_CODE_SPLITTING = "perf.code-splitting";
    public static final String PERF_BUNDLE_ANALYZER_CONFIG = "perf.bundle-analyzer-config";
    public static final String PERF_HEAVY_IMPORT = "perf.heavy-import";
    public static final String SCALE_AUTOSCALING_CONFIG = "scale.autoscaling-config";
    public static final String SCALE_FIXED_REPLICAS = "scale.fixed-replicas";
    public static final String SCALE_RATE_LIMIT_CONFIG = "scale.rate-limit-config";
    public static final String SCALE_QUEUE_INFRA = "scale.queue-infra";
    public static final String JOBS_WORKER_DEFINITION = "jobs.worker-definition";
    public static final String JOBS_PROCFILE_WORKER = "jobs.procfile-worker";
    public static final String JOBS_SCHEDULE = "jobs.schedule";
    public static final String JOBS_RETRY_CONFIG = "jobs.retry-config";
    public static final String CAPACITY_SCALING_TRIGGER_CONFIG = "capacity.scaling-trigger-config";
    public static final String CAPACITY_COST_ESTIMATE = "capacity.cost-estimate";

    /** Every id above; a test proves it equals the ids in resources/patterns/performance.yml. */
    public static final List<String> ALL = List.of(
            PERF_LOAD_TEST_RUN,
            PERF_BENCHMARK,
            PERF_DB_INDEX,
            PERF_TABLE_DEFINITION,
            PERF_LOOP_HEAD,
            PERF_DB_CALL,
            PERF_INLINE_LOOP_QUERY,
            PERF_CACHE_HEADER,
            PERF_CACHE_CODE,
            PERF_CACHE_INFRA,
            PERF_IMAGE_OPTIMIZED,
            PERF_IMAGE_RAW_TAG,
            PERF_CODE_SPLITTING,
            PERF_BUNDLE_ANALYZER_CONFIG,
            PERF_HEAVY_IMPORT,
            SCALE_AUTOSCALING_CONFIG,
            SCALE_FIXED_REPLICAS,
            SCALE_RATE_LIMIT_CONFIG,
            SCALE_QUEUE_INFRA,
            JOBS_WORKER_DEFINITION,
            JOBS_PROCFILE_WORKER,
            JOBS_SCHEDULE,
            JOBS_RETRY_CONFIG,
            CAPACITY_SCALING_TRIGGER_CONFIG,
            CAPACITY_COST_ESTIMATE);

    private PerformancePatterns() {
    }
}
