package dev.prodready.cli.option;

import dev.prodready.audit.ToolVersion;
import dev.prodready.live.ObservatoryAlgorithm;
import dev.prodready.workspace.live.ProbeOptions;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** How the live probe behaves: shared by {@code probe URL} and {@code scan PATH --url URL}. */
public final class LiveOptions {

    @Option(names = "--ca-cert", paramLabel = "FILE",
            description = "Also trust this CA certificate (PEM or DER), e.g. for a staging site.")
    Path caCert;

    @Option(names = "--active", description = "Also send a short burst of GETs to see whether rate limiting answers 429.")
    boolean active;

    @Option(names = "--burst-path", paramLabel = "PATH", description = "Where the --active burst goes (default: the URL's path).")
    String burstPath;

    @Option(names = "--burst", paramLabel = "N", defaultValue = "50",
            description = "Requests in the --active burst, 1 to 50 (default: ${DEFAULT-VALUE}).")
    int burst;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "20",
            description = "Sequential requests per latency target, 1 to 50 (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Timeout of each request (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Option(names = "--observatory-algorithm", hidden = true, defaultValue = "6",
            description = "Grade with this Observatory algorithm version (6, or 4 to compare with the npm package).")
    int algorithm;

    /** The probe options; throws IllegalArgumentException naming a bad value. */
    public ProbeOptions probeOptions() {
        if (caCert != null && !Files.isReadable(caCert)) {
            throw new IllegalArgumentException("--ca-cert: cannot read " + caCert);
        }
        if (timeout < 1 || timeout > 60) {
            throw new IllegalArgumentException("--timeout takes 1 to 60 seconds, not " + timeout);
        }
        return ProbeOptions.defaults(ToolVersion.get())
                .withCaCert(Optional.ofNullable(caCert))
                .withActive(active, Optional.ofNullable(burstPath), burst)
                .withLatencySamples(samples)
                .withTimeouts(Duration.ofSeconds(Math.min(5, timeout)), Duration.ofSeconds(timeout));
    }

    public ObservatoryAlgorithm algorithm() {
        return ObservatoryAlgorithm.of(algorithm).orElseThrow(() -> new IllegalArgumentException(
                "--observatory-algorithm takes 4 or 6, not " + algorithm));
    }
}
