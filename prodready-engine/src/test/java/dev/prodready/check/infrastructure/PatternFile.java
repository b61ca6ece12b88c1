package dev.prodready.check.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The content patterns of this area's pattern files, read as the collector reads them (format: patterns/README.md). */
public record PatternFile(String resource, List<Entry> patterns) {

    public static final List<String> OWN = List.of("patterns/infrastructure.yml", "patterns/data.yml");

    public record Entry(String id, List<String> files, List<String> keywords, String regex, Pattern compiled,
                        List<String> match, List<String> noMatch) {

        public boolean appliesTo(String path, String content) {
            return files.stream().anyMatch(g -> Glob.matches(g, path)) && keywords.stream().anyMatch(content::contains);
        }
    }

    public static List<PatternFile> own() {
        return OWN.stream().map(PatternFile::load).toList();
    }

    public static List<Entry> allOwnPatterns() {
        return own().stream().flatMap(f -> f.patterns().stream()).toList();
    }

    public static PatternFile load(String resource) {
        try (InputStream in = PatternFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            List<Entry> out = new ArrayList<>();
            for (JsonNode p : root.path("patterns")) {
                String regex = p.path("regex").asText();
                out.add(new Entry(p.path("id").asText(), strings(p.path("files")), strings(p.path("keywords")), regex,
                        Pattern.compile(regex), strings(p.path("examples").path("match")),
                        strings(p.path("examples").path("noMatch"))));
            }
            return new PatternFile(resource, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
