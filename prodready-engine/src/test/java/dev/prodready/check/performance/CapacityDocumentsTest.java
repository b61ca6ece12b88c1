package dev.prodready.check.performance;

import dev.prodready.check.Check;
import dev.prodready.check.monitoring.Case;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PARTIAL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.monitoring.Given.repo;
import static dev.prodready.check.performance.PerformancePatterns.*;
import static dev.prodready.fact.DocKind.CAPACITY_PLAN;
import static dev.prodready.fact.DocKind.COST_PROJECTION;
import static dev.prodready.fact.DocKind.GROWTH_PROJECTION;
import static dev.prodready.fact.DocKind.LOAD_TEST_RESULTS;
import static dev.prodready.fact.DocKind.SCALING_PLAN;
import static dev.prodready.fact.DocKind.SCALING_TRIGGERS;

/** The capacity and scaling items decided by documents, some with infrastructure evidence as well. */
class CapacityDocumentsTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                row(new CapacityDocumentedCheck(), Case.of(repo("capacity written down")
                        .doc(CAPACITY_PLAN, "docs/capacity.md", 1), PASS, "docs/capacity.md:1")),
                row(new CapacityDocumentedCheck(), Case.of(repo("load-test report states capacity")
                        .doc(LOAD_TEST_RESULTS, "docs/load.md", 3), PASS, "docs/load.md:3")),
                row(new CapacityDocumentedCheck(), Case.of(repo("no capacity figures").document("README.md"),
                        FAIL, "README.md")),
                row(new GrowthProjectionCheck(), Case.of(repo("projection written")
                        .doc(GROWTH_PROJECTION, "docs/growth.md", 2), PASS, "docs/growth.md:2")),
                row(new GrowthProjectionCheck(), Case.of(repo("no documents").documentsRead(), FAIL, ".")),
                row(new DatabaseScalingPlanCheck(), Case.of(repo("database plan written")
                        .doc(SCALING_PLAN, "docs/scaling.md", 12), PASS, "docs/scaling.md:12")),
                row(new DatabaseScalingPlanCheck(), Case.of(repo("no documents").documentsRead(), FAIL, ".")),
                row(new ScalingTriggersCheck(), Case.of(repo("target tracking threshold")
                        .match(CAPACITY_SCALING_TRIGGER_CONFIG, "infra/scaling.tf", 9), PASS, "infra/scaling.tf:9")),
                row(new ScalingTriggersCheck(), Case.of(repo("triggers written down")
                        .doc(SCALING_TRIGGERS, "docs/scaling.md", 20), PASS, "docs/scaling.md:20")),
                row(new ScalingTriggersCheck(), Case.of(repo("no triggers").document("README.md"), FAIL, "README.md")),
                row(new CostProjectionCheck(), Case.of(repo("cost projected")
                        .doc(COST_PROJECTION, "docs/costs.md", 4), PASS, "docs/costs.md:4")),
                row(new CostProjectionCheck(), Case.of(repo("infracost in CI, no projection")
                                .match(CAPACITY_COST_ESTIMATE, ".github/workflows/infracost.yml", 14),
                        PARTIAL, ".github/workflows/infracost.yml:14")),
                row(new CostProjectionCheck(), Case.of(repo("no documents").documentsRead(), FAIL, ".")));
    }

    private static Arguments row(Check check, Case c) {
        return Arguments.of(check.itemId() + ": " + c, check, c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(String name, Check check, Case c) {
        c.verify(check);
    }
}
