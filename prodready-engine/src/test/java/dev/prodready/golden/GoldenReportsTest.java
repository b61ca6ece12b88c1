package dev.prodready.golden;

import dev.prodready.render.RenderOptions;
import dev.prodready.render.Renderer;
import dev.prodready.render.Renderers;
import dev.prodready.render.SarifSchema;
import dev.prodready.report.Report;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every format of both examples compared byte for byte with files under src/test/resources/golden/.
 * After an intended change: {@code ./mvnw -pl prodready-engine test -Dtest=GoldenReportsTest -Dgolden.update=true}
 * and review the diff.
 */
class GoldenReportsTest {

    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<Arguments> cases() {
        return ExampleReports.EXAMPLES.stream().flatMap(example -> Stream.of("console", "json", "markdown", "sarif",
                "junit", "html").map(format -> Arguments.of(example, format)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void matchesGolden(String example, String format) throws IOException {
        Report report = ExampleReports.report(example);
        Renderer renderer = Renderers.forFormat(format, new RenderOptions(false, 100, false)).orElseThrow();
        StringWriter out = new StringWriter();
        renderer.render(report, out);
        String extension = switch (format) {
            case "console" -> "txt";
            case "markdown" -> "md";
            case "junit" -> "xml";
            default -> format;
        };
        Path golden = goldenDir().resolve(example + "." + extension);
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, out.toString(), StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(golden)).as("golden file " + golden + " (create with -Dgolden.update=true)").isTrue();
        assertThat(out.toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        if (format.equals("sarif")) {
            assertThat(SarifSchema.violations(out.toString())).as("SARIF 2.1.0 schema violations").isEmpty();
        }
    }

    static Path goldenDir() {
        return ExampleReports.examplesDir().getParent().resolve("prodready-engine/src/test/resources/golden");
    }
}
