package dev.prodready.check.performance;

import dev.prodready.check.monitoring.Case;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PARTIAL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.monitoring.Given.repo;
import static dev.prodready.check.performance.PerformancePatterns.*;
import static dev.prodready.fact.Capability.IMAGE_OPTIMIZATION;

class ImageOptimizationCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of(repo("next/image everywhere").match(PERF_IMAGE_OPTIMIZED, "app/page.tsx", 2),
                        PASS, "app/page.tsx:2"),
                Case.of(repo("sharp at build time").capability(IMAGE_OPTIMIZATION, "sharp", "package.json", 20),
                        PASS, "package.json:20"),
                Case.of(repo("next/image plus a stray img")
                                .match(PERF_IMAGE_OPTIMIZED, "app/page.tsx", 2)
                                .match(PERF_IMAGE_RAW_TAG, "src/Card.tsx", 14),
                        PARTIAL, "src/Card.tsx:14", "app/page.tsx:2"),
                Case.of(repo("plain img tags only").match(PERF_IMAGE_RAW_TAG, "src/Card.tsx", 14),
                        FAIL, "src/Card.tsx:14"),
                Case.of(repo("no images in the source"), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new ImageOptimizationCheck());
    }
}
