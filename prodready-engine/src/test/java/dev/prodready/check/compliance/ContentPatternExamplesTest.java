package dev.prodready.check.compliance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every content pattern of the compliance, operations and documentation files compiles and passes its own examples. */
class ContentPatternExamplesTest {

    private static final List<String> FILES = List.of(
            "patterns/compliance.yml", "patterns/operations.yml", "patterns/documentation.yml");

    @TestFactory
    List<DynamicTest> everyPatternPassesItsExamples() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<DynamicTest> tests = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String file : FILES) {
            JsonNode root;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
                assertThat(in).as(file).isNotNull();
                root = yaml.readTree(in);
            }
            assertThat(root.path("patterns").size()).as(file + " has patterns").isPositive();
            for (JsonNode p : root.path("patterns")) {
                String id = p.path("id").asText();
                assertThat(ids.add(id)).as("duplicate pattern id " + id).isTrue();
                tests.add(DynamicTest.dynamicTest(file + " " + id, () -> checkPattern(id, p)));
            }
        }
        return tests;
    }

    private static void checkPattern(String id, JsonNode p) {
        assertThat(id).matches("[a-z0-9-]+\\.[a-z0-9-]+");
        Pattern regex = Pattern.compile(p.path("regex").asText());
        List<String> keywords = strings(p.path("keywords"));
        assertThat(keywords).as(id + " keywords").isNotEmpty();
        List<String> globs = strings(p.path("files"));
        assertThat(globs).as(id + " files").isNotEmpty();
        globs.forEach(g -> FileSystems.getDefault().getPathMatcher("glob:" + g));
        List<String> match = strings(p.path("examples").path("match"));
        List<String> noMatch = strings(p.path("examples").path("noMatch"));
        assertThat(match).as(id + " examples.match").isNotEmpty();
        assertThat(noMatch).as(id + " examples.noMatch").isNotEmpty();
        for (String line : match) {
            assertThat(regex.matcher(line).find()).as(id + " should match: " + line).isTrue();
            String lower = line.toLowerCase(Locale.ROOT);
            assertThat(keywords.stream().anyMatch(k -> lower.contains(k.toLowerCase(Locale.ROOT))))
                    .as(id + " keyword pre-filter (case-insensitive, as the collector runs it) would skip: " + line)
                    .isTrue();
        }
        for (String line : noMatch) {
            assertThat(regex.matcher(line).find()).as(id + " should not match: " + line).isFalse();
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
