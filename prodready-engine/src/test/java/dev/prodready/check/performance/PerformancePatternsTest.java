package dev.prodready.check.performance;

import dev.prodready.check.monitoring.PatternFile;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PerformancePatternsTest {

    private static final PatternFile FILE = PatternFile.load("patterns/performance.yml");

    @TestFactory
    Stream<DynamicTest> everyPatternCompilesAndHonoursItsExamples() {
        return FILE.entries().stream().map(e -> DynamicTest.dynamicTest(e.id(), () -> FILE.verify(e)));
    }

    @Test
    void idsAreUniqueAndExactlyThoseTheChecksRead() {
        assertThat(FILE.ids()).doesNotHaveDuplicates();
        assertThat(FILE.ids()).containsExactlyInAnyOrderElementsOf(PerformancePatterns.ALL);
    }
}
