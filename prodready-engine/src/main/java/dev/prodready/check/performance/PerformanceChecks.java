package dev.prodready.check.performance;

import dev.prodready.check.Check;

import java.util.List;

/** The checks of the performance area, one per catalogue item, in catalogue order. */
public final class PerformanceChecks {

    public static final List<Check> ALL = List.of(
            new PerformanceTestingCheck(),
            new DatabaseIndexesCheck(),
            new NPlusOneCheck(),
            new CachingCheck(),
            new ImageOptimizationCheck(),
            new BundleOptimizationCheck(),
            new BundleSizeCheck(),
            new ApiLatencyCheck(),
            new LoadTestingCheck(),
            new AutoscalingCheck(),
            new DatabaseScalingPlanCheck(),
            new RateLimitingCheck(),
            new QueueCheck(),
            new BackgroundJobsCheck(),
            new CapacityDocumentedCheck(),
            new GrowthProjectionCheck(),
            new ScalingTriggersCheck(),
            new CostProjectionCheck());

    private PerformanceChecks() {
    }
}
