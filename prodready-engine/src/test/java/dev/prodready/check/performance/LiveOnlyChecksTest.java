package dev.prodready.check.performance;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.check.monitoring.Case;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.prodready.check.monitoring.Given.repo;
import static dev.prodready.fact.Capability.BUNDLE_ANALYSIS;
import static dev.prodready.fact.DocKind.LOAD_TEST_RESULTS;
import static org.assertj.core.api.Assertions.assertThat;

/** Bundle size and p95 latency exist only on the running app: without a live measurement they stay unknown. */
class LiveOnlyChecksTest {

    @Test
    void bundleSizeStaysUnknownWhateverTheSourceShowsAndNamesTheUrlOption() {
        Outcome outcome = new Case(repo("analysed bundle")
                .dependency("next", "package.json", 5)
                .capability(BUNDLE_ANALYSIS, "@next/bundle-analyzer", "package.json", 30),
                Status.UNKNOWN, List.of()).verify(new BundleSizeCheck());
        assertThat(outcome.message()).contains("scan --url");
    }

    @Test
    void apiLatencyStaysUnknownAndNamesTheUrlOption() {
        Outcome outcome = new Case(repo("nothing"), Status.UNKNOWN, List.of()).verify(new ApiLatencyCheck());
        assertThat(outcome.message()).contains("scan --url");
    }

    @Test
    void apiLatencyPointsAtALoadTestReportWithoutReadingItsFigures() {
        Outcome outcome = new Case(repo("report").doc(LOAD_TEST_RESULTS, "docs/load.md", 3),
                Status.UNKNOWN, List.of("docs/load.md:3")).verify(new ApiLatencyCheck());
        assertThat(outcome.message()).contains("load-test report");
    }
}
