package dev.prodready.collect.document;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The literal gate before an anchor regex never hides a line the regex would match. */
class AnchorLiteralTest {

    @Test
    void literalsAreThePlainWordsAfterALeadingWordBoundary() {
        assertThat(DocumentClassifier.requiredLiteral(Pattern.compile("\\bRTO\\b"))).isEqualTo("rto");
        assertThat(DocumentClassifier.requiredLiteral(Pattern.compile("\\brestor(e|ed|ation)\\w*"))).isEqualTo("restor");
        assertThat(DocumentClassifier.requiredLiteral(Pattern.compile("\\btime to recover(y)?\\b"))).isEqualTo("time to recover");
        assertThat(DocumentClassifier.requiredLiteral(Pattern.compile("\\brecovery?\\b"))).isEqualTo("recover");
        assertThat(DocumentClassifier.requiredLiteral(Pattern.compile("\\b(tested|verified) restore"))).isEmpty();
        assertThat(DocumentClassifier.requiredLiteral(Pattern.compile("RTO"))).isEmpty();
        assertThat(DocumentClassifier.requiredLiteral(Pattern.compile("\\bdr\\b"))).isEmpty();
    }

    @Test
    void everyBuiltInAnchorMatchOnFixtureDocumentsContainsItsLiteral() throws IOException {
        List<Pattern> anchors = new ArrayList<>();
        DocumentRules.builtIn().kinds.forEach(k -> k.value().ifPresent(v -> anchors.addAll(v.anchors())));
        assertThat(anchors).isNotEmpty();
        List<String> lines = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources/fixtures"), Path.of("../examples"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.filter(f -> f.toString().matches(".*\\.(md|mdx|txt|rst|adoc)$")).toList()) {
                    lines.addAll(new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.UTF_8).lines().toList());
                }
            }
        }
        int matched = 0;
        for (Pattern anchor : anchors) {
            String literal = DocumentClassifier.requiredLiteral(anchor);
            for (String line : lines) {
                if (anchor.matcher(line).find()) {
                    matched++;
                    assertThat(line.toLowerCase(Locale.ROOT)).as(anchor + " on " + line).contains(literal);
                }
            }
        }
        assertThat(matched).isGreaterThan(10);
    }
}
