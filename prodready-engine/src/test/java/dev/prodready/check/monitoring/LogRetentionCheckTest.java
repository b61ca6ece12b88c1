package dev.prodready.check.monitoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PARTIAL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.monitoring.Given.repo;
import static dev.prodready.check.monitoring.MonitoringPatterns.*;
import static dev.prodready.fact.DocKind.LOG_RETENTION;

class LogRetentionCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of(repo("log group with retention")
                                .match(LOGGING_LOG_GROUP, "infra/logs.tf", 1)
                                .match(LOGGING_RETENTION_SETTING, "infra/logs.tf", 3),
                        PASS, "infra/logs.tf:3"),
                Case.of(repo("two log groups, one retention")
                                .match(LOGGING_LOG_GROUP, "infra/logs.tf", 1)
                                .match(LOGGING_RETENTION_SETTING, "infra/logs.tf", 3)
                                .match(LOGGING_LOG_GROUP, "infra/logs.tf", 7),
                        PARTIAL, "infra/logs.tf:1", "infra/logs.tf:7", "infra/logs.tf:3"),
                Case.of(repo("log group kept forever").match(LOGGING_LOG_GROUP, "infra/logs.tf", 1),
                        FAIL, "infra/logs.tf:1"),
                Case.of(repo("retention stated in a document").doc(LOG_RETENTION, "docs/logging.md", 5),
                        PASS, "docs/logging.md:5"),
                Case.of(repo("neither setting nor document").document("README.md"), FAIL, "README.md"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new LogRetentionCheck());
    }
}
