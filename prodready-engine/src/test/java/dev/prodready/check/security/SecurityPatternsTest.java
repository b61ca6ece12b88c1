package dev.prodready.check.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.FileSystems;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every pattern of patterns/security.yml compiles, passes its own examples, and is one the checks know by id. */
class SecurityPatternsTest {

    private static final String FILE = "patterns/security.yml";

    private static JsonNode patterns() throws IOException {
        try (InputStream in = SecurityPatternsTest.class.getClassLoader().getResourceAsStream(FILE)) {
            assertThat(in).as(FILE).isNotNull();
            return new ObjectMapper(new YAMLFactory()).readTree(in).path("patterns");
        }
    }

    @TestFactory
    List<DynamicTest> everyPatternPassesItsExamples() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode p : patterns()) {
            String id = p.path("id").asText();
            tests.add(DynamicTest.dynamicTest(id, () -> checkPattern(id, p)));
        }
        assertThat(tests).hasSizeGreaterThan(50);
        return tests;
    }

    @Test
    void idsInTheFileAreExactlyTheConstantsTheChecksUse() throws Exception {
        Set<String> inFile = new LinkedHashSet<>();
        for (JsonNode p : patterns()) {
            assertThat(inFile.add(p.path("id").asText())).as("duplicate id " + p.path("id").asText()).isTrue();
        }
        Set<String> constants = new LinkedHashSet<>();
        for (Field f : SecurityPatterns.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                constants.add((String) f.get(null));
            }
        }
        assertThat(constants).containsExactlyInAnyOrderElementsOf(inFile);
    }

    private static void checkPattern(String id, JsonNode p) {
        assertThat(id).matches("[a-z0-9-]+\\.[a-z0-9-]+");
        Pattern regex = Pattern.compile(p.path("regex").asText());
        List<String> keywords = strings(p.path("keywords"));
        assertThat(keywords).as(id + " keywords").isNotEmpty().allSatisfy(k -> assertThat(k).isNotBlank());
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
                    .as(id + " keyword gate would skip: " + line).isTrue();
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
