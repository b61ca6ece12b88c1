package dev.prodready.check.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** Reads one content-pattern file from the engine's resources and proves every pattern against its own examples. */
public record PatternFile(String resource, List<Entry> entries) {

    public record Entry(String id, List<String> files, List<String> keywords, String regex, List<String> match,
                        List<String> noMatch) {
    }

    public static PatternFile load(String resource) {
        try (InputStream in = PatternFile.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            List<Entry> entries = new ArrayList<>();
            for (JsonNode p : root.path("patterns")) {
                entries.add(new Entry(p.path("id").asText(), strings(p.path("files")), strings(p.path("keywords")),
                        p.path("regex").asText(), strings(p.path("examples").path("match")),
                        strings(p.path("examples").path("noMatch"))));
            }
            return new PatternFile(resource, entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> ids() {
        return entries.stream().map(Entry::id).toList();
    }

    /** Every rule a pattern must keep: a sound id, globs, keywords, a compiling regex, and examples that behave. */
    public void verify(Entry e) {
        assertThat(e.id()).as("id").matches("[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+(-[a-z0-9]+)*");
        assertThat(e.files()).as(e.id() + " files").isNotEmpty();
        assertThat(e.keywords()).as(e.id() + " keywords").isNotEmpty();
        assertThat(e.match()).as(e.id() + " examples.match").isNotEmpty();
        assertThat(e.noMatch()).as(e.id() + " examples.noMatch").isNotEmpty();
        Pattern regex;
        try {
            regex = Pattern.compile(e.regex());
        } catch (RuntimeException ex) {
            fail(e.id() + ": regex does not compile: " + ex.getMessage());
            return;
        }
        for (String line : e.match()) {
            assertThat(regex.matcher(line).find()).as(e.id() + " should match: " + line).isTrue();
            // the collector only tests files holding a keyword, so a true example must hold one
            assertThat(e.keywords().stream().anyMatch(line::contains)).as(e.id() + " keyword in: " + line).isTrue();
        }
        for (String line : e.noMatch()) {
            assertThat(regex.matcher(line).find()).as(e.id() + " should not match: " + line).isFalse();
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
