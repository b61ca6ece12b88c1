package dev.prodready.workspace;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The bundled example applications are scanned whole: every file in them is indexed and readable as text,
 * so tests built on them see exactly what a reader of the folder sees.
 */
class ExampleAppsWorkspaceTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    @ParameterizedTest
    @ValueSource(strings = {"lovable-supabase-app", "well-run-saas"})
    void everyFileOfTheExampleIsIndexedAndReadsWithoutANote(String example) throws Exception {
        Path root = EXAMPLES.resolve(example);
        assumeThat(root).as("examples folder next to the engine module").isDirectory();

        Workspace ws = Workspace.open(root);
        for (SourceFile f : ws.files()) {
            assertThat(f.text()).as(f.path()).isPresent();
        }

        assertThat(ws.files()).extracting(SourceFile::path).containsExactlyElementsOf(onDisk(root));
        assertThat(ws.notes()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {".env", ".env.example", "supabase/config.toml", "deploy.sh",
            "supabase/migrations/20240301120000_initial_schema.sql", "supabase/functions/search-projects/index.ts"})
    void theLovableAppsTellTaleFilesAreThere(String path) throws Exception {
        Path root = EXAMPLES.resolve("lovable-supabase-app");
        assumeThat(root).isDirectory();

        assertThat(Workspace.open(root).file(path)).isPresent();
    }

    private static List<String> onDisk(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
