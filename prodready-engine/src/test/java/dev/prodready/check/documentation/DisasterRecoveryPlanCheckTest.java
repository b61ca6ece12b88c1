package dev.prodready.check.documentation;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.DocKind;
import org.junit.jupiter.api.Test;

import static dev.prodready.check.compliance.CheckFixture.commit;
import static dev.prodready.check.compliance.CheckFixture.doc;
import static dev.prodready.check.compliance.CheckFixture.document;
import static dev.prodready.check.compliance.CheckFixture.locations;
import static dev.prodready.check.compliance.CheckFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

class DisasterRecoveryPlanCheckTest {

    private final DisasterRecoveryPlanCheck check = new DisasterRecoveryPlanCheck();
    private static final String DR = "docs/disaster-recovery.md";

    @Test
    void planWithStatedObjectivesPasses() {
        Outcome o = run(check, doc(DocKind.DR_PLAN, DR, 1), doc(DocKind.RTO, "4 hours", DR, 8),
                doc(DocKind.RPO, "1 hour", DR, 9));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(o.message()).contains("RTO 4 hours", "RPO 1 hour");
        assertThat(locations(o)).containsExactly(DR + ":1", DR + ":8", DR + ":9");
    }

    @Test
    void objectiveHeadingWithoutValueIsPartial() {
        Outcome o = run(check, doc(DocKind.DR_PLAN, DR, 1), doc(DocKind.RTO, "", DR, 8),
                doc(DocKind.RPO, "15 minutes", DR, 9));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(o.message()).contains("the RTO at " + DR + ":8 gives no value");
        assertThat(locations(o)).containsExactly(DR + ":1", DR + ":8", DR + ":9");
    }

    @Test
    void restoreTestMoreThan90DaysBeforeTheNewestCommitIsStale() {
        Outcome o = run(check, doc(DocKind.DR_PLAN, DR, 1), doc(DocKind.RTO, "4 hours", DR, 8),
                doc(DocKind.RPO, "1 hour", DR, 9), doc(DocKind.BACKUP_RESTORE_TEST, "2025-01-15", DR, 30),
                commit("aaaaaaaa11", "alice@example.com", "2025-06-01T09:00:00Z", "fly.toml"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(o.message()).contains("2025-01-15", "137 days", "stale");
        assertThat(locations(o)).containsExactly(DR + ":1", DR + ":8", DR + ":9", DR + ":30");
    }

    @Test
    void recentRestoreTestPasses() {
        Outcome o = run(check, doc(DocKind.DR_PLAN, DR, 1), doc(DocKind.RTO, "4 hours", DR, 8),
                doc(DocKind.RPO, "1 hour", DR, 9), doc(DocKind.BACKUP_RESTORE_TEST, "2025-05-20", DR, 30),
                commit("aaaaaaaa11", "alice@example.com", "2025-06-01T09:00:00Z", "fly.toml"));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).contains(DR + ":30");
    }

    @Test
    void restoreTestAgeIsNotJudgedWithoutHistory() {
        Outcome o = run(check, doc(DocKind.DR_PLAN, DR, 1), doc(DocKind.RTO, "4 hours", DR, 8),
                doc(DocKind.RPO, "1 hour", DR, 9), doc(DocKind.BACKUP_RESTORE_TEST, "2019-01-01", DR, 30));
        assertThat(o.status()).isEqualTo(Status.PASS);
    }

    @Test
    void objectivesWithoutPlanArePartial() {
        Outcome o = run(check, doc(DocKind.RTO, "4h", "README.md", 50), doc(DocKind.RPO, "24h", "README.md", 51));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(o.message()).contains("no disaster recovery plan");
        assertThat(locations(o)).containsExactly("README.md:50", "README.md:51");
    }

    @Test
    void nothingFails() {
        Outcome o = run(check, document("README.md", 500));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("README.md");
    }
}
