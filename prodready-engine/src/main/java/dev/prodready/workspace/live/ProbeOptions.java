package dev.prodready.workspace.live;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How the live probe behaves. Every number here is bounded; {@link #validated()} clamps nothing silently but
 * rejects values outside the allowed range.
 *
 * @param caCert         an extra certificate authority (PEM or DER) to trust besides the JDK's default ones
 * @param active         whether the opt-in rate-limit burst runs
 * @param burstPath      the path the burst goes to (default: the landing path)
 * @param burstSize      requests in the burst, at most {@link #MAX_BURST}
 * @param latencySamples sequential requests per latency target, at most {@link #MAX_SAMPLES}
 * @param healthPaths    candidate health endpoints (from the repository when known), tried in order
 * @param connectTimeout timeout to open a connection
 * @param requestTimeout timeout for one whole request
 * @param userAgent      the User-Agent every request carries
 */
public record ProbeOptions(Optional<Path> caCert, boolean active, Optional<String> burstPath, int burstSize,
                           int latencySamples, List<String> healthPaths, Duration connectTimeout,
                           Duration requestTimeout, String userAgent) {

    public static final int MAX_BURST = 50;
    public static final int MAX_SAMPLES = 50;
    public static final int DEFAULT_SAMPLES = 20;
    public static final List<String> DEFAULT_HEALTH_PATHS = List.of("/health", "/healthz", "/api/health", "/status");

    public ProbeOptions {
        healthPaths = List.copyOf(healthPaths);
        if (burstSize < 1 || burstSize > MAX_BURST) {
            throw new IllegalArgumentException("the burst size must be 1 to " + MAX_BURST + ", not " + burstSize);
        }
        if (latencySamples < 1 || latencySamples > MAX_SAMPLES) {
            throw new IllegalArgumentException("latency samples must be 1 to " + MAX_SAMPLES + ", not " + latencySamples);
        }
        if (healthPaths.size() > 4) {
            throw new IllegalArgumentException("at most 4 health paths are tried");
        }
        for (String p : healthPaths) {
            if (!p.startsWith("/")) {
                throw new IllegalArgumentException("a health path starts with '/': " + p);
            }
        }
        burstPath.ifPresent(p -> {
            if (!p.startsWith("/")) {
                throw new IllegalArgumentException("the burst path starts with '/': " + p);
            }
        });
    }

    public static ProbeOptions defaults(String version) {
        return new ProbeOptions(Optional.empty(), false, Optional.empty(), MAX_BURST, DEFAULT_SAMPLES,
                DEFAULT_HEALTH_PATHS, Duration.ofSeconds(5), Duration.ofSeconds(10),
                "prodready/" + version + " (+readiness probe)");
    }

    public ProbeOptions withCaCert(Optional<Path> file) {
        return new ProbeOptions(file, active, burstPath, burstSize, latencySamples, healthPaths, connectTimeout,
                requestTimeout, userAgent);
    }

    public ProbeOptions withActive(boolean on, Optional<String> path, int size) {
        return new ProbeOptions(caCert, on, path, size, latencySamples, healthPaths, connectTimeout, requestTimeout,
                userAgent);
    }

    public ProbeOptions withLatencySamples(int samples) {
        return new ProbeOptions(caCert, active, burstPath, burstSize, samples, healthPaths, connectTimeout,
                requestTimeout, userAgent);
    }

    public ProbeOptions withHealthPaths(List<String> paths) {
        return new ProbeOptions(caCert, active, burstPath, burstSize, latencySamples, paths, connectTimeout,
                requestTimeout, userAgent);
    }

    public ProbeOptions withTimeouts(Duration connect, Duration request) {
        return new ProbeOptions(caCert, active, burstPath, burstSize, latencySamples, healthPaths, connect, request,
                userAgent);
    }

    /**
     * The most HTTP requests one probe may send: two landing sessions of up to {@value LiveProbe#MAX_HOPS}
     * hops each (twice when a certificate fails and the chain is read again unverified), 2 CORS, {@value LiveProbe#EXPOSED_COUNT} exposed-file paths plus a control, 2 security.txt,
     * {@value LiveProbe#MAX_SCRIPTS} scripts, {@value LiveProbe#MAX_MAPS} source maps, the health paths, the
     * latency samples for two targets and, with {@code --active}, the burst.
     */
    public int requestBudget() {
        int fixed = 4 * LiveProbe.MAX_HOPS + 2 + LiveProbe.EXPOSED_COUNT + 1 + 2 + LiveProbe.MAX_SCRIPTS
                + LiveProbe.MAX_MAPS + healthPaths.size();
        return fixed + 2 * latencySamples + (active ? burstSize : 0);
    }
}
