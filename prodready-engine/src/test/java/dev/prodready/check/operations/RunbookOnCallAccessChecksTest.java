package dev.prodready.check.operations;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.DocKind;
import org.junit.jupiter.api.Test;

import static dev.prodready.check.compliance.CheckFixture.doc;
import static dev.prodready.check.compliance.CheckFixture.document;
import static dev.prodready.check.compliance.CheckFixture.locations;
import static dev.prodready.check.compliance.CheckFixture.match;
import static dev.prodready.check.compliance.CheckFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

class RunbookOnCallAccessChecksTest {

    @Test
    void runbookDocumentPasses() {
        Outcome o = run(new RunbooksCheck(), doc(DocKind.RUNBOOK, "docs/runbooks/db-full.md", 1));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("docs/runbooks/db-full.md:1");
    }

    @Test
    void alertRuleLinkingARunbookPasses() {
        Outcome o = run(new RunbooksCheck(), match(RunbooksCheck.RUNBOOK_LINK, "runbook_url: https://x", "ops/alerts.yml", 14));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("ops/alerts.yml:14");
    }

    @Test
    void noRunbooksFail() {
        Outcome o = run(new RunbooksCheck(), document("README.md", 100));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("README.md");
    }

    @Test
    void pagerDutyScheduleInTerraformPasses() {
        Outcome o = run(new OnCallRotationCheck(),
                match(OnCallRotationCheck.SCHEDULE, "resource \"pagerduty_schedule\"", "infra/oncall.tf", 3));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("infra/oncall.tf:3");
    }

    @Test
    void onCallDocumentPasses() {
        Outcome o = run(new OnCallRotationCheck(), doc(DocKind.ON_CALL, "docs/on-call.md", 1));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("docs/on-call.md:1");
    }

    @Test
    void alertsRoutedToPagingToolAreUnknownButCited() {
        Outcome o = run(new OnCallRotationCheck(),
                match(OnCallRotationCheck.ROUTING, "pagerduty_configs:", "monitoring/alertmanager.yml", 9));
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(locations(o)).containsExactly("monitoring/alertmanager.yml:9");
    }

    @Test
    void noOnCallEvidenceIsUnknown() {
        Outcome o = run(new OnCallRotationCheck());
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(o.evidence()).isEmpty();
    }

    @Test
    void rollbackDocumentIsPartialUntilARehearsalIsAttested() {
        Outcome o = run(new RollbackProcedureCheck(), doc(DocKind.ROLLBACK, "docs/deployment.md", 40));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(o.message()).contains("rehearsed");
        assertThat(locations(o)).containsExactly("docs/deployment.md:40");
    }

    @Test
    void noRollbackDocumentIsUnknown() {
        assertThat(run(new RollbackProcedureCheck()).status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void privilegedAccessDocumentedAndAuditTrailPasses() {
        Outcome o = run(new PrivilegedAccessLoggedCheck(),
                doc(DocKind.PRIVILEGED_ACCESS, "docs/access.md", 20),
                match(PrivilegedAccessLoggedCheck.AUDIT_TRAIL, "resource \"aws_cloudtrail\"", "infra/audit.tf", 1));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("docs/access.md:20", "infra/audit.tf:1");
    }

    @Test
    void auditTrailAloneIsPartial() {
        Outcome o = run(new PrivilegedAccessLoggedCheck(),
                match(PrivilegedAccessLoggedCheck.AUDIT_TRAIL, "AWS::CloudTrail::Trail", "template.yaml", 30));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly("template.yaml:30");
    }

    @Test
    void privilegedAccessDocumentAloneIsPartial() {
        Outcome o = run(new PrivilegedAccessLoggedCheck(), doc(DocKind.PRIVILEGED_ACCESS, "docs/access.md", 20));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly("docs/access.md:20");
    }

    @Test
    void neitherIsUnknown() {
        assertThat(run(new PrivilegedAccessLoggedCheck()).status()).isEqualTo(Status.UNKNOWN);
    }
}
