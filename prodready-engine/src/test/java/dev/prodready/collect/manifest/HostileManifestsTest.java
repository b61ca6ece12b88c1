package dev.prodready.collect.manifest;

import dev.prodready.fact.Dependency;
import dev.prodready.fact.ManifestFact;
import dev.prodready.fact.Note;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Files no real project has, each read without an exception: what cannot be read becomes a note. */
class HostileManifestsTest {

    @Test
    void emptyFiles(@TempDir Path dir) {
        TestFolder folder = new TestFolder(dir);
        for (String name : new String[] {"package.json", "package-lock.json", "pnpm-lock.yaml", "yarn.lock",
                "requirements.txt", "pyproject.toml", "Pipfile", "Pipfile.lock", "poetry.lock", "pom.xml",
                "build.gradle", "go.mod", "go.sum", "Gemfile", "Gemfile.lock", "composer.json", "composer.lock"}) {
            folder.write(name, "");
        }
        RecordingSink sink = TestFolder.collect(folder.open());

        assertThat(sink.facts(Dependency.class)).isEmpty();
        assertThat(sink.notes()).extracting(Note::path, Note::message).containsExactlyInAnyOrder(
                tuple("package.json", "not valid JSON at line 1: the file is empty; dependencies from it unknown"),
                tuple("composer.json", "not valid JSON at line 1: the file is empty; dependencies from it unknown"),
                tuple("package-lock.json", "not valid JSON at line 1: the top level is not an object; "
                        + "locked versions from it unknown"),
                tuple("Pipfile.lock", "not valid JSON at line 1: the top level is not an object; "
                        + "locked versions from it unknown"),
                tuple("composer.lock", "not valid JSON at line 1: the top level is not an object; "
                        + "locked versions from it unknown"),
                tuple("pnpm-lock.yaml", "not valid YAML at line 1: the top level is not a mapping; "
                        + "locked versions from it unknown"),
                tuple("pom.xml", sink.notes().stream().filter(n -> n.path().equals("pom.xml")).findFirst()
                        .map(Note::message).filter(m -> m.startsWith("not valid XML")
                                && m.endsWith("; dependencies from it unknown")).orElse("an XML note")));
        // Empty but well-formed files still count as read (a Searched list can cite them).
        assertThat(sink.facts(ManifestFact.class)).extracting(ManifestFact::path).contains(
                "requirements.txt", "Pipfile", "build.gradle", "go.mod", "Gemfile", "yarn.lock", "go.sum");
    }

    @Test
    void deepNestingLongLinesAndBinaryLookingText(@TempDir Path dir) {
        String deep = "{\"dependencies\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        String longLine = "django" + ">=1.0,".repeat(20000) + "\n";
        RecordingSink sink = TestFolder.collect(new TestFolder(dir)
                .write("a/package.json", deep)
                .write("b/requirements.txt", longLine)
                .write("c/build.gradle", "dependencies {\n" + "implementation(".repeat(3000) + "\n}\n")
                .write("d/Gemfile", "gem \"rails\", " + "'1', ".repeat(5000) + "\n")
                .write("e/go.mod", "require (\n" + "x ".repeat(20000) + "\n)\n")
                .write("f/pom.xml", "<project>" + "<a>".repeat(3000) + "</a>".repeat(3000) + "</project>")
                .open());

        assertThat(sink.notes()).extracting(Note::path).contains("a/package.json", "b/requirements.txt",
                "e/go.mod");
        assertThat(sink.notes()).allSatisfy(n -> assertThat(n.message()).hasSizeLessThan(400));
    }
}
