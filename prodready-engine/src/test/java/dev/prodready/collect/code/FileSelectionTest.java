package dev.prodready.collect.code;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Test and generated paths told apart by folder and name agree with the whole-path regexes they replaced. */
class FileSelectionTest {

    private static final Pattern TEST = Pattern.compile(
            "(^|/)(__tests__|__mocks__|tests?|spec|specs|e2e|cypress|playwright|fixtures|testdata|test-utils)/"
                    + "|\\.(test|spec|e2e|stories)\\.[a-z]+$|(^|/)test_[^/]+\\.py$|_test\\.(py|go)$|(^|/)conftest\\.py$"
                    + "|(^|/)src/test/|Tests?\\.java$|_spec\\.rb$");
    private static final Pattern GENERATED_PATH = Pattern.compile(
            "(^|/)(generated|__generated__|gen|\\.next|\\.nuxt|\\.svelte-kit|\\.output|dist|build|out|coverage|vendor"
                    + "|node_modules|bower_components|public/build|static/build|migrations/versions)/"
                    + "|\\.d\\.ts$|\\.min\\.[a-z]+$|[.-]bundle\\.js$|\\.generated\\.|_pb2(_grpc)?\\.py$|\\.pb\\.go$"
                    + "|_gen\\.go$|(^|/)database\\.types\\.ts$");

    @Test
    void folderAndNameAgreeWithTheWholePathRegexes() {
        String[] folders = {"src", "Tests", "tests", "test", "__tests__", "spec", "e2e", "dist", "build", "public",
                "static", "migrations", "versions", "x.generated.y", "gen", "lib", "app", "cypress", "fixtures", "main"};
        String[] names = {"a.ts", "a.test.ts", "a.SPEC.tsx", "test_x.py", "x_test.go", "conftest.py", "UserTests.java",
                "user_spec.rb", "x.d.ts", "a.min.js", "app-bundle.js", "a.generated.ts", "x_pb2.py", "x.pb.go",
                "database.types.ts", "index.js", "Main.java", "api_gen.go", "page.tsx"};
        Random random = new Random(9);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            StringBuilder p = new StringBuilder();
            for (int d = random.nextInt(4); d > 0; d--) {
                p.append(folders[random.nextInt(folders.length)]).append('/');
            }
            paths.add(p.append(names[random.nextInt(names.length)]).toString());
        }
        int tests = 0;
        int generated = 0;
        for (int round = 0; round < 2; round++) {
            for (String path : paths) {
                String expected = TEST.matcher(path).find() || TEST.matcher(path.toLowerCase(Locale.ROOT)).find() ? "test"
                        : GENERATED_PATH.matcher(path).find() ? "generated" : null;
                assertThat(FileSelection.pathReason(path)).as(path).isEqualTo(expected);
                tests += "test".equals(expected) ? 1 : 0;
                generated += "generated".equals(expected) ? 1 : 0;
            }
        }
        assertThat(tests).isGreaterThan(1000);
        assertThat(generated).isGreaterThan(500);
    }
}
