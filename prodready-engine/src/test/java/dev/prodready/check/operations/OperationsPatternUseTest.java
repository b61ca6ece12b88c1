package dev.prodready.check.operations;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Set;

import static dev.prodready.check.compliance.PatternUseTest.ids;
import static org.assertj.core.api.Assertions.assertThat;

/** Every pattern id the operations checks read is defined in patterns/operations.yml, and every one defined is read. */
class OperationsPatternUseTest {

    @Test
    void operationsPatternsAreDefinedAndUsed() throws IOException {
        Set<String> used = Set.of(RunbooksCheck.RUNBOOK_LINK, OnCallRotationCheck.SCHEDULE, OnCallRotationCheck.ROUTING,
                PrivilegedAccessLoggedCheck.AUDIT_TRAIL);
        assertThat(ids("patterns/operations.yml")).containsExactlyInAnyOrderElementsOf(used);
    }
}
