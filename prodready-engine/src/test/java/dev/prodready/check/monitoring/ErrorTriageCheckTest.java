package dev.prodready.check.monitoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.monitoring.Given.repo;
import static dev.prodready.check.monitoring.MonitoringPatterns.*;
import static dev.prodready.fact.DocKind.ERROR_TRIAGE;

class ErrorTriageCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of(repo("triage routine written").doc(ERROR_TRIAGE, "docs/runbooks/errors.md", 3),
                        PASS, "docs/runbooks/errors.md:3"),
                Case.of(repo("documents that do not cover it").document("README.md"), FAIL, "README.md"),
                Case.of(repo("no documents at all").documentsRead(), FAIL, "."),
                Case.of(repo("documents not read"), dev.prodready.check.Status.UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new ErrorTriageCheck());
    }
}
