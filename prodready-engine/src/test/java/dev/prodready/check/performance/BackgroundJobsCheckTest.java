package dev.prodready.check.performance;

import dev.prodready.check.monitoring.Case;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PARTIAL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.monitoring.Given.repo;
import static dev.prodready.check.performance.PerformancePatterns.*;
import static dev.prodready.fact.Capability.BACKGROUND_JOBS;
import static dev.prodready.fact.Capability.QUEUE;
import static dev.prodready.stack.Trait.BACKGROUND_WORK;

class BackgroundJobsCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of(repo("BullMQ with attempts and backoff")
                                .capability(QUEUE, "bullmq", "package.json", 12)
                                .match(JOBS_RETRY_CONFIG, "src/queue.ts", 8),
                        PASS, "src/queue.ts:8", "package.json:12"),
                Case.of(repo("Inngest retries by default").capability(BACKGROUND_JOBS, "inngest", "package.json", 12),
                        PASS, "package.json:12"),
                Case.of(repo("BullMQ on defaults").capability(QUEUE, "bullmq", "package.json", 12),
                        PARTIAL, "package.json:12"),
                Case.of(repo("retries only in the Playwright config")
                                .capability(QUEUE, "bullmq", "package.json", 12)
                                .match(JOBS_RETRY_CONFIG, "playwright.config.ts", 10),
                        PARTIAL, "package.json:12"),
                Case.of(repo("Vercel cron, no retry policy").match(JOBS_SCHEDULE, "vercel.json", 3),
                        PARTIAL, "vercel.json:3"),
                Case.of(repo("background work without any job system").manifest("package.json")
                                .trait(BACKGROUND_WORK, "processes uploads", "src/upload.ts", 3),
                        FAIL, "src/upload.ts:3", "package.json", "."),
                Case.of(repo("nothing to read"), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new BackgroundJobsCheck());
    }
}
