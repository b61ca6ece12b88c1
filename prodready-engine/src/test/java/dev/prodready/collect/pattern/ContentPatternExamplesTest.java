package dev.prodready.collect.pattern;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every content pattern of every built-in pattern file proves itself with its own examples, as the
 * collector would judge them (keyword gate, then the regex). Loading fails on duplicate ids and bad regexes.
 */
class ContentPatternExamplesTest {

    @Test
    void allPatternFilesLoad() {
        assertThat(ContentPatterns.FILES).contains("patterns/security.yml", "patterns/infrastructure.yml",
                "patterns/data.yml", "patterns/monitoring.yml", "patterns/performance.yml", "patterns/compliance.yml",
                "patterns/operations.yml", "patterns/documentation.yml");
        List<ContentPattern> patterns = ContentPatterns.load(ContentPatterns.FILES);
        assertThat(patterns).extracting(ContentPattern::id).doesNotHaveDuplicates();
    }

    @TestFactory
    List<DynamicTest> everyPatternHasExamplesAndTheyHold() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ContentPattern p : ContentPatterns.load(ContentPatterns.FILES)) {
            tests.add(DynamicTest.dynamicTest(p.id() + " (" + p.source() + ")", () -> checkExamples(p)));
        }
        return tests;
    }

    static void checkExamples(ContentPattern p) {
        assertThat(p.matchExamples()).as(p.id() + ": examples.match").isNotEmpty();
        assertThat(p.noMatchExamples()).as(p.id() + ": examples.noMatch").isNotEmpty();
        for (String example : p.matchExamples()) {
            assertThat(p.matchesLine(example))
                    .as(p.id() + " should match (keyword gate %s, then regex): %s", p.keywords(), example).isTrue();
        }
        for (String example : p.noMatchExamples()) {
            assertThat(p.matchesLine(example)).as(p.id() + " should not match: " + example).isFalse();
        }
    }

    @Test
    void theFixturePatternsPassTheSameExamination() {
        ContentPatterns.load(List.of("fixtures/patterns/test-patterns.yml")).forEach(ContentPatternExamplesTest::checkExamples);
    }

    @Test
    void aPatternWithoutExamplesFailsTheExamination() {
        ContentPattern p = parse("""
                patterns:
                  - id: demo.no-examples
                    files: ["**/*.ts"]
                    keywords: [foo]
                    regex: 'foo'
                """).get(0);
        assertThatThrownBy(() -> checkExamples(p)).isInstanceOf(AssertionError.class).hasMessageContaining("examples.match");
    }

    @Test
    void anExampleThatTheKeywordGateWouldDropFails() {
        ContentPattern p = parse("""
                patterns:
                  - id: demo.gate
                    files: ["**/*.ts"]
                    keywords: [helmet]
                    regex: 'app\\.use\\('
                    examples:
                      match: ["app.use(cors())"]
                      noMatch: ["x"]
                """).get(0);
        assertThatThrownBy(() -> checkExamples(p)).isInstanceOf(AssertionError.class);
    }

    @Test
    void rejectsDefectivePatternData() {
        assertThatThrownBy(() -> parse("""
                patterns:
                  - {id: demo.a, files: ["*"], keywords: [a], regex: 'a'}
                  - {id: demo.a, files: ["*"], keywords: [b], regex: 'b'}
                """)).isInstanceOf(PatternDataException.class).hasMessageContaining("duplicate pattern id 'demo.a'");
        assertThatThrownBy(() -> parse("""
                patterns:
                  - {id: demo.bad-regex, files: ["*"], keywords: [a], regex: 'a(b'}
                """)).isInstanceOf(PatternDataException.class).hasMessageContaining("demo.bad-regex").hasMessageContaining("bad regex");
        assertThatThrownBy(() -> parse("""
                patterns:
                  - {id: demo.no-keywords, files: ["*"], regex: 'a'}
                """)).isInstanceOf(PatternDataException.class).hasMessageContaining("keywords");
        assertThatThrownBy(() -> parse("""
                patterns:
                  - {id: demo.typo, files: ["*"], keyword: [a], keywords: [a], regex: 'a'}
                """)).isInstanceOf(PatternDataException.class).hasMessageContaining("unknown field 'keyword'");
        assertThatThrownBy(() -> parse("""
                patterns:
                  - {id: NoTopic, files: ["*"], keywords: [a], regex: 'a'}
                """)).isInstanceOf(PatternDataException.class).hasMessageContaining("<topic>.<kebab-name>");
        assertThatThrownBy(() -> parse("""
                patterns:
                  - {id: demo.glob, files: ["**/*.{ts"], keywords: [a], regex: 'a'}
                """)).isInstanceOf(PatternDataException.class).hasMessageContaining("bad glob");
        assertThatThrownBy(() -> parse("patterns: [ {id: demo.x, files: [")).isInstanceOf(PatternDataException.class)
                .hasMessageContaining("not valid YAML");
    }

    private static List<ContentPattern> parse(String yaml) {
        return ContentPatterns.parse("inline.yml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
