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
import static dev.prodready.fact.Capability.BUNDLE_ANALYSIS;

class BundleOptimizationCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of(repo("Next.js with the bundle analyser")
                                .dependency("next", "package.json", 5)
                                .capability(BUNDLE_ANALYSIS, "@next/bundle-analyzer", "package.json", 30),
                        PASS, "package.json:5", "package.json:30"),
                Case.of(repo("split and analysed, but moment imported whole")
                                .dependency("next", "package.json", 5)
                                .capability(BUNDLE_ANALYSIS, "@next/bundle-analyzer", "package.json", 30)
                                .match(PERF_HEAVY_IMPORT, "src/date.ts", 1),
                        PARTIAL, "src/date.ts:1", "package.json:5", "package.json:30"),
                Case.of(repo("React.lazy, no analysis").match(PERF_CODE_SPLITTING, "src/App.tsx", 4),
                        PARTIAL, "src/App.tsx:4"),
                Case.of(repo("visualizer, no splitting").match(PERF_BUNDLE_ANALYZER_CONFIG, "vite.config.ts", 9),
                        PARTIAL, "vite.config.ts:9"),
                Case.of(repo("whole lodash, nothing else").match(PERF_HEAVY_IMPORT, "src/date.ts", 1),
                        FAIL, "src/date.ts:1"),
                Case.of(repo("no optimisation").manifest("package.json"), FAIL, "package.json", "."),
                Case.of(repo("nothing to read"), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new BundleOptimizationCheck());
    }
}
