package dev.prodready.fact;

/**
 * Response times of sequential requests to one URL of the deployed site.
 *
 * @param target   "landing" or "health"
 * @param failures requests that failed or answered 5xx (not counted in the percentiles)
 */
public record LatencyFact(String target, String url, int samples, int failures, long p50Millis, long p95Millis,
                          long maxMillis, Evidence evidence) implements Fact {
}
