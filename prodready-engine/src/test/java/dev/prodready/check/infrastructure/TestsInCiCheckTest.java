package dev.prodready.check.infrastructure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.infrastructure.FactKit.facts;
import static dev.prodready.check.infrastructure.FactKit.signal;
import static dev.prodready.fact.SignalKind.CI_GITHUB_ACTIONS;
import static dev.prodready.fact.SignalKind.TEST_UNIT;

class TestsInCiCheckTest {

    private static final String WORKFLOW = """
            on: pull_request
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
                  - run: npm ci
                  - run: npm run build
            """;

    static Stream<Case> cases() {
        return Stream.of(
                Case.of("a test command in CI passes", facts(signal(CI_GITHUB_ACTIONS, ".github/workflows/ci.yml"),
                                Scan.file(".github/workflows/ci.yml", WORKFLOW + "      - run: npm test\n")),
                        PASS, ".github/workflows/ci.yml:9"),
                Case.of("maven verify counts", facts(Scan.file(".github/workflows/ci.yml",
                        "on: push\njobs:\n  b:\n    steps:\n      - run: ./mvnw -B verify\n")), PASS, ".github/workflows/ci.yml:5"),
                Case.of("a test command outside CI does not count", facts(signal(CI_GITHUB_ACTIONS, ".github/workflows/ci.yml"),
                                Scan.file(".github/workflows/ci.yml", WORKFLOW), signal(TEST_UNIT, "src/app.test.ts")),
                        FAIL, ".github/workflows/ci.yml"),
                Case.of("no CI fails", List.of(), FAIL, "."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new TestsInCiCheck());
    }
}
