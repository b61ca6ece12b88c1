package dev.prodready.workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The folder walk: each folder's .gitignore applies to its own subtree only, however the folders are spread. */
class FileIndexTest {

    @Test
    void eachGitignoreRulesItsOwnSubtreeAndTheNearestRuleWins(@TempDir Path root) throws IOException {
        write(root, ".gitignore", "*.log\n");
        write(root, "a/.gitignore", "secret.txt\n!keep.log\n");
        write(root, "a/deep/.gitignore", "!secret.txt\n");
        for (String path : List.of("top.txt", "top.log", "a/secret.txt", "a/keep.log", "a/other.log",
                "a/sub/secret.txt", "a/deep/secret.txt", "b/secret.txt", "b/x.log", "node_modules/m/index.js")) {
            write(root, path, "x\n");
        }

        List<String> paths = FileIndex.build(root, WorkspaceOptions.defaults(), new NoteLog()).stream()
                .map(SourceFile::path).toList();

        assertThat(paths).containsExactly(".gitignore", "a/.gitignore", "a/deep/.gitignore", "a/deep/secret.txt",
                "a/keep.log", "b/secret.txt", "top.txt");
    }

    @Test
    void aWideAndDeepTreeIsIndexedCompletelyAndInPathOrder(@TempDir Path root) throws IOException {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            for (int j = 0; j < 5; j++) {
                String path = "f" + i + "/g" + j + "/h/file" + j + ".ts";
                write(root, path, "export {};\n");
                expected.add(path);
            }
        }
        expected.sort(String::compareTo);

        List<String> paths = FileIndex.build(root, WorkspaceOptions.defaults(), new NoteLog()).stream()
                .map(SourceFile::path).toList();

        assertThat(paths).isEqualTo(expected);
    }

    private static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
