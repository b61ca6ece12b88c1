package dev.prodready.check.monitoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PARTIAL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.monitoring.Given.repo;
import static dev.prodready.check.monitoring.MonitoringPatterns.*;
import static dev.prodready.fact.Capability.ERROR_TRACKING;
import static dev.prodready.fact.Capability.SOURCE_MAP_UPLOAD;

class SourceMapUploadCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of(repo("withSentryConfig wraps next.config").match(ERRORS_SOURCE_MAP_UPLOAD, "next.config.mjs", 20),
                        PASS, "next.config.mjs:20"),
                Case.of(repo("dedicated upload plugin declared")
                                .capability(SOURCE_MAP_UPLOAD, "@sentry/vite-plugin", "package.json", 20),
                        PASS, "package.json:20"),
                Case.of(repo("upload configured but disabled")
                                .match(ERRORS_SOURCE_MAP_UPLOAD, "next.config.mjs", 20)
                                .match(ERRORS_SOURCE_MAP_UPLOAD_DISABLED, "next.config.mjs", 22),
                        PARTIAL, "next.config.mjs:20", "next.config.mjs:22"),
                Case.of(repo("framework SDK without its build wrapper")
                                .capability(SOURCE_MAP_UPLOAD, "@sentry/nextjs", "package.json", 12),
                        PARTIAL, "package.json:12"),
                Case.of(repo("tracker without any upload")
                                .capability(ERROR_TRACKING, "@sentry/react", "package.json", 12),
                        FAIL, "package.json:12", "."),
                Case.of(repo("no tracker at all").manifest("package.json"), FAIL, "package.json", "."),
                Case.of(repo("nothing to read"), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new SourceMapUploadCheck());
    }
}
