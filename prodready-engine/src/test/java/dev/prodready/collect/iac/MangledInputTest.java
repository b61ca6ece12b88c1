package dev.prodready.collect.iac;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Every fixture file, cut short, spliced and sprinkled with stray brackets and quotes (a fixed seed, so failures
 * repeat), goes through both parsers: nothing may throw, and the collectors must still report their coverage.
 */
class MangledInputTest {

    private static final String[] NOISE = {"{", "}", "[", "]", "\"", "'", "${", "%{", "<<EOF\n", "\n", ":", "- ", "\t",
            "#", "//", "/*", "=", "*", "&a", "*a", "<<: *a", "!Ref ", "\u0000", "\uFEFF", "\\"};

    @Test
    void mangledFilesBecomeNotesNotExceptions() throws IOException {
        Path fixtures = FixtureAccuracyTest.fixtures();
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(fixtures)) {
            walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("expected.yml"))
                    .filter(p -> p.toString().matches(".*\\.(tf|tfvars|ya?ml|json|toml)$|.*Dockerfile$"))
                    .sorted().forEach(sources::add);
        }
        assertThat(sources).hasSizeGreaterThan(40);
        Random random = new Random(20261101L);
        for (int round = 0; round < 8; round++) {
            Map<String, String> files = new LinkedHashMap<>();
            for (Path source : sources) {
                String text = Files.readString(source, StandardCharsets.UTF_8);
                String rel = fixtures.relativize(source).toString().replace('\\', '/');
                rel = rel.substring(rel.indexOf('/', rel.indexOf('/') + 1) + 1);
                files.put(rel.replace("expected", "x"), mangle(text, random));
            }
            assertThatCode(() -> {
                Parsed.Result r = Parsed.of(files);
                assertThat(r.all(dev.prodready.fact.ScanCoverage.class)).hasSize(2);
                // A parser that had to be caught by the collector's last-resort guard is a bug, not a note.
                assertThat(r.notes()).noneSatisfy(n -> assertThat(n.message()).matches(
                        ".*\\((\\w+Exception|\\w+Error)\\).*"));
            }).as("round " + round).doesNotThrowAnyException();
        }
    }

    private static String mangle(String text, Random random) {
        StringBuilder b = new StringBuilder(text);
        int edits = 1 + random.nextInt(6);
        for (int i = 0; i < edits && b.length() > 0; i++) {
            int at = random.nextInt(b.length());
            switch (random.nextInt(4)) {
                case 0 -> b.insert(at, NOISE[random.nextInt(NOISE.length)]);
                case 1 -> b.delete(at, Math.min(b.length(), at + 1 + random.nextInt(20)));
                case 2 -> b.setLength(at);
                default -> {
                    int from = random.nextInt(b.length());
                    b.insert(at, b.substring(from, Math.min(b.length(), from + 1 + random.nextInt(40))));
                }
            }
        }
        return b.toString();
    }
}
