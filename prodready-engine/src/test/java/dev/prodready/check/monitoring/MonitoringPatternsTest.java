package dev.prodready.check.monitoring;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class MonitoringPatternsTest {

    private static final PatternFile FILE = PatternFile.load("patterns/monitoring.yml");

    @TestFactory
    Stream<DynamicTest> everyPatternCompilesAndHonoursItsExamples() {
        return FILE.entries().stream().map(e -> DynamicTest.dynamicTest(e.id(), () -> FILE.verify(e)));
    }

    @Test
    void idsAreUniqueAndExactlyThoseTheChecksRead() {
        assertThat(FILE.ids()).doesNotHaveDuplicates();
        assertThat(FILE.ids()).containsExactlyInAnyOrderElementsOf(MonitoringPatterns.ALL);
    }
}
