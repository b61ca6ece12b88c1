package dev.prodready.check.performance;

import dev.prodready.check.monitoring.Case;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.monitoring.Given.repo;
import static dev.prodready.check.performance.PerformancePatterns.*;
import static dev.prodready.fact.SignalKind.PLATFORM_FLY;
import static dev.prodready.fact.SignalKind.PLATFORM_VERCEL;

class AutoscalingCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of(repo("HorizontalPodAutoscaler").match(SCALE_AUTOSCALING_CONFIG, "k8s/hpa.yaml", 2),
                        PASS, "k8s/hpa.yaml:2"),
                Case.of(repo("Vercel functions").signal(PLATFORM_VERCEL, "vercel.json"), PASS, "vercel.json"),
                Case.of(repo("fixed replicas, nothing scales them").match(SCALE_FIXED_REPLICAS, "k8s/deploy.yaml", 8),
                        FAIL, "k8s/deploy.yaml:8"),
                Case.of(repo("HPA next to a Deployment's replicas")
                                .match(SCALE_FIXED_REPLICAS, "k8s/deploy.yaml", 8)
                                .match(SCALE_AUTOSCALING_CONFIG, "k8s/hpa.yaml", 2),
                        PASS, "k8s/hpa.yaml:2"),
                Case.of(repo("Fly app without auto start").signal(PLATFORM_FLY, "fly.toml"), UNKNOWN, "fly.toml"),
                Case.of(repo("nothing to read"), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new AutoscalingCheck());
    }
}
