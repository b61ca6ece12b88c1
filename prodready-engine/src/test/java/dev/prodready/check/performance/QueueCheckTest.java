package dev.prodready.check.performance;

import dev.prodready.check.monitoring.Case;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.monitoring.Given.repo;
import static dev.prodready.check.performance.PerformancePatterns.*;
import static dev.prodready.fact.Capability.QUEUE;
import static dev.prodready.stack.Trait.BACKGROUND_WORK;

class QueueCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of(repo("BullMQ").capability(QUEUE, "bullmq", "package.json", 12), PASS, "package.json:12"),
                Case.of(repo("SQS queue in Terraform").match(SCALE_QUEUE_INFRA, "infra/sqs.tf", 1), PASS, "infra/sqs.tf:1"),
                Case.of(repo("sends email in requests, no queue").manifest("package.json")
                                .trait(BACKGROUND_WORK, "sends email with Resend", "src/email.ts", 3),
                        FAIL, "src/email.ts:3", "package.json", "."),
                Case.of(repo("no sign of background work").manifest("package.json"), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new QueueCheck());
    }
}
