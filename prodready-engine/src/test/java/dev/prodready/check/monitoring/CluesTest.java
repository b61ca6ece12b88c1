package dev.prodready.check.monitoring;

import dev.prodready.fact.Evidence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CluesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "src/server.ts, false",
            "src/__tests__/server.test.ts, true",
            "tests/test_orders.py, true",
            "app/orders_test.go, true",
            "src/orders.spec.ts, true",
            "playwright.config.ts, true",
            "src/testimonials/page.tsx, false",
            "src/contest.ts, false",
            "e2e/login.ts, true"})
    void tellsTestFilesFromApplicationCode(String path, boolean test) {
        assertThat(Clues.isTestPath(path)).isEqualTo(test);
    }

    @Test
    void keepsOneEvidencePerLocationAndFiltersByFileOrFolder() {
        Clues clues = new Clues(List.of(Evidence.at("a.tf", 3, "first"), Evidence.at("a.tf", 3, "second"),
                Evidence.at("dash/x.json", 1, "in folder"), Evidence.at("dashboard.json", 2, "sibling")));
        assertThat(clues.count()).isEqualTo(3);
        assertThat(clues.evidence().get(0).note()).isEqualTo("first");
        assertThat(clues.inFiles(List.of("dash")).evidence()).extracting(Evidence::location).containsExactly("dash/x.json:1");
        assertThat(clues.where()).isEqualTo("a.tf:3, dash/x.json:1, dashboard.json:2");
    }
}
