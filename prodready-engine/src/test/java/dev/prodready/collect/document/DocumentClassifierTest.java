package dev.prodready.collect.document;

import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentSignal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.prodready.fact.DocKind.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Classification rules with the document under test written inline, expectation beside it. */
class DocumentClassifierTest {

    private static List<DocumentSignal> classify(String path, String text) {
        return new DocumentClassifier(DocumentRules.builtIn()).classify(DocumentParser.parse(path, text));
    }

    private static List<String> found(String path, String text, DocKind kind) {
        return classify(path, text).stream().filter(s -> s.kind() == kind)
                .map(s -> s.evidence().line() + (s.value().isEmpty() ? "" : "=" + s.value())).toList();
    }

    private static final String FILLER = " We keep this short and practical so that whoever reads it at three in the"
            + " morning can follow it without guessing what to do next.";

    // ---- precision: passing mentions and placeholders -------------------------------------------------

    @Test
    void aPassingMentionOfRollbackIsNotARollbackRunbook() {
        String readme = """
                # Shop

                Shop is a storefront built with Vite and Supabase. Deploys go out from main through Netlify, which
                keeps every previous deploy, so rollback is possible if needed. See the docs folder for more.
                """;
        assertThat(found("README.md", readme, ROLLBACK)).isEmpty();
        assertThat(found("README.md", readme, DEPLOYMENT_PROCESS)).isEmpty();
    }

    @Test
    void aOneLineTodoUnderTheRightHeadingIsNotAPass() {
        assertThat(found("docs/ops.md", "# Ops\n\n## Incident response\n\nTODO: incident response\n", INCIDENT_RESPONSE))
                .isEmpty();
        assertThat(found("docs/ops.md", "TODO: incident response\n", INCIDENT_RESPONSE)).isEmpty();
        assertThat(found("docs/ops.md", "# Ops\n\n## Rollback\n\n- TBD\n- coming soon\n- _TODO_\n", ROLLBACK)).isEmpty();
    }

    @Test
    void aHeadingNeedsSubstanceBeneathIt() {
        String thin = "# Ops\n\n## Rollback\n\nUse the dashboard.\n\n## Other\n\n" + FILLER + "\n";
        String real = "# Ops\n\n## Rollback\n\nPromote the previous deployment in the Vercel dashboard, then revert the "
                + "merge commit on main so the next deploy does not bring the bug back.\n";
        assertThat(found("docs/ops.md", thin, ROLLBACK)).isEmpty();
        assertThat(found("docs/ops.md", real, ROLLBACK)).containsExactly("3");
    }

    @Test
    void substanceCountsSubsectionsAndCodeButNotPlaceholders() {
        String doc = """
                # Runbook

                ## Rollback

                ### With Vercel

                ```bash
                vercel rollback
                vercel promote dpl_previous
                vercel logs --follow
                ```

                Check that the error rate drops back to normal in Sentry within five minutes.
                """;
        assertThat(found("docs/x.md", doc, ROLLBACK)).containsExactly("3");
    }

    @Test
    void generatorBoilerplateIsNotADeploymentProcess() {
        String readme = """
                # my-app

                ## Deploy on Vercel

                The easiest way to deploy your Next.js app is to use the [Vercel Platform](https://vercel.com/new) from the creators of Next.js.

                Check out our [Next.js deployment documentation](https://nextjs.org/docs/deploying) for more details.
                """;
        assertThat(found("README.md", readme, DEPLOYMENT_PROCESS)).isEmpty();
    }

    @Test
    void aSubstantiveSectionWithoutTheHeadingIsFoundByItsContent() {
        String doc = """
                # Operations

                ## When production breaks

                Every incident gets an incident lead who owns communication: post on the status page within
                fifteen minutes, escalate to the CTO if it is not mitigated within the hour, and write the
                postmortem with a timeline within five days.
                """;
        assertThat(found("docs/ops.md", doc, INCIDENT_RESPONSE)).containsExactly("3");
    }

    @Test
    void oneSignalPerKindAndDocumentEvenWithSeveralSections() {
        String doc = "# A\n\n## Rollback\n\nPromote the previous deployment; revert the merge on main afterwards." + FILLER
                + "\n\n## Rolling back the database\n\nRun the down migration for the release, then redeploy." + FILLER + "\n";
        assertThat(found("docs/a.md", doc, ROLLBACK)).containsExactly("3");
    }

    @Test
    void aDocumentNamedForAKindCountsAsAWholeWhenItHasSubstance() {
        String body = "Promote the previous deployment, then revert the merge commit so main matches production." + FILLER;
        assertThat(found("docs/runbooks/rollback.md", "# How we undo things\n\n" + body + "\n", ROLLBACK)).containsExactly("1");
        assertThat(found("docs/runbooks/rollback.md", "# Rollback\n\nTBD\n", ROLLBACK)).isEmpty();
    }

    // ---- RTO / RPO ---------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "RTO: 4 hours;                                                          4 hours",
            "- **RTO**: 1h;                                                          1h",
            "Our Recovery Time Objective (RTO) is 30 minutes for the API.;          30 minutes",
            "We restore within 2 hours (RTO) and lose at most 15 minutes of data (RPO).; 2 hours",
            "| RTO | 1-2 business days |;                                            1-2 business days",
            "RTO: four hours;                                                       four hours",
    })
    void rtoValues(String line, String expected) {
        assertThat(found("docs/dr.md", "# DR\n\n" + line + "\n", RTO)).containsExactly("3=" + expected);
    }

    @Test
    void rpoIsTheDurationNearestItsOwnAnchor() {
        String doc = "# DR\n\nWe restore within 2 hours (RTO) and lose at most 15 minutes of data (RPO).\n\nRTO: 4h, RPO: 5m\n";
        assertThat(found("docs/dr.md", doc, RPO)).containsExactly("3=15 minutes", "5=5m");
        assertThat(found("docs/dr.md", doc, RTO)).containsExactly("3=2 hours", "5=4h");
    }

    @Test
    void anRtoHeadingTakesTheFigureBelowIt() {
        String doc = "# DR\n\n## Recovery Time Objective\n\n4 hours for the booking API, measured from detection.\n";
        assertThat(found("docs/dr.md", doc, RTO)).containsExactly("5=4 hours");
    }

    @Test
    void anRtoWithoutAFigureIsNotAnRto() {
        String doc = "# DR\n\nWe have not agreed an RTO yet.\n\nRTO: TBD\n\n| Service | RTO |\n|---|---|\n| API | tbd |\n";
        assertThat(found("docs/dr.md", doc, RTO)).isEmpty();
        assertThat(found("docs/net.md", "# TCP\n\nThe retransmission timer (RTO) starts at 200 ms.\n", RTO)).isEmpty();
    }

    // ---- backup restore tests -----------------------------------------------------------------------

    @Test
    void theLatestPastRestoreTestDateIsTheValue() {
        String doc = """
                # Backups

                ## Restore drills

                | Date | Result |
                |------|--------|
                | March 3, 2025 | restored in 40 min |
                | 2025-09-30 | restored in 35 min |
                | 2026/01/20 | restored in 31 min |

                Next restore drill planned for 2026-06-01.
                """;
        assertThat(found("docs/backup.md", doc, BACKUP_RESTORE_TEST)).containsExactly("9=2026-01-20");
    }

    @Test
    void aRestoreTestLineOutsideSuchAHeadingCounts() {
        String doc = "# Ops\n\nBackups run nightly. Last restore test: 3rd February 2026, all tables present.\n";
        assertThat(found("docs/ops.md", doc, BACKUP_RESTORE_TEST)).containsExactly("3=2026-02-03");
    }

    @Test
    void aRestoreTestProcedureWithoutADateHasAnEmptyValue() {
        String doc = "# Ops\n\n## Testing restores\n\nEach quarter restore the latest backup into a scratch project "
                + "and run the smoke tests against it; record the date and the time it took here.\n";
        assertThat(found("docs/ops.md", doc, BACKUP_RESTORE_TEST)).containsExactly("3");
    }

    @Test
    void datesNotAboutRestoreTestsAreIgnored() {
        String doc = "# Ops\n\nWe moved to Supabase on 2025-10-01. Backups are taken daily.\n";
        assertThat(found("docs/ops.md", doc, BACKUP_RESTORE_TEST)).isEmpty();
    }

    // ---- severity levels ------------------------------------------------------------------------------

    @Test
    void severityLevelsDefinedInAList() {
        String doc = """
                # Incidents

                - **SEV-1**: complete outage or data loss for all customers
                - **SEV-2**: major feature broken for many users
                - SEV 3 - minor degradation with a workaround available
                """;
        assertThat(found("docs/incidents.md", doc, SEVERITY_LEVELS)).containsExactly("3=SEV1, SEV2, SEV3");
    }

    @Test
    void priorityLevelsNeedIncidentContext() {
        String incidents = "# On-call\n\n## Priorities\n\n- P1: site down for all users, page immediately\n"
                + "- P2: degraded checkout for some customers\n";
        String roadmap = "# Roadmap\n\n## Priorities\n\n- P1: SMS reminders before each appointment\n"
                + "- P2: a waiting list when a clinic is full\n";
        assertThat(found("docs/oncall.md", incidents, SEVERITY_LEVELS)).containsExactly("5=P1, P2");
        assertThat(found("docs/roadmap.md", roadmap, SEVERITY_LEVELS)).isEmpty();
    }

    @Test
    void aSingleLevelOrBareMentionsAreNotDefinitions() {
        assertThat(found("docs/a.md", "# A\n\nThis was a SEV1 and we handled it.\n\nSEV2\n", SEVERITY_LEVELS)).isEmpty();
        assertThat(found("docs/a.md", "# A\n\n- SEV1: total outage for all users\n", SEVERITY_LEVELS)).isEmpty();
    }

    @Test
    void aSeverityHeadingWithPlainWordsHasNoLevelsButCounts() {
        String doc = "# Incidents\n\n## Severity levels\n\nCritical means every customer is affected and we page at once. "
                + "Major means a key feature is broken for many. Minor covers the rest.\n";
        assertThat(found("docs/a.md", doc, SEVERITY_LEVELS)).containsExactly("3");
    }

    // ---- diagrams -----------------------------------------------------------------------------------

    @Test
    void diagramsInAndLinkedFromDocuments() {
        String doc = """
                # Architecture

                ![System architecture](docs/img/system.png)

                ![screenshot](docs/img/home.png)

                See the [C4 model](https://lucid.app/lucidchart/abc/view) and [the source](docs/arch.drawio).

                <img src="assets/topology.svg" width="600">

                ```mermaid
                gantt
                  title Launch plan
                ```

                ```mermaid
                sequenceDiagram
                  Browser->>API: POST /bookings
                ```

                ```
                [browser] --> [next.js] --> [supabase]
                                 |
                                 +--> [stripe]
                                 +--> [resend]
                ```

                [![Deploy with Vercel](https://vercel.com/button)](https://vercel.com/new/clone)
                """;
        assertThat(found("docs/architecture.md", doc, ARCHITECTURE_DIAGRAM)).containsExactly(
                "3=image: docs/img/system.png", "7=link: https://lucid.app/lucidchart/abc/view", "7=link: docs/arch.drawio",
                "9=image: assets/topology.svg", "16=mermaid", "21=ascii");
    }

    @Test
    void asciiArtOutsideADesignSectionIsNotADiagram() {
        String doc = "# Setup\n\n```\nnpm i --> done\nfoo -> bar\na <- b\n```\n";
        assertThat(found("docs/setup.md", doc, ARCHITECTURE_DIAGRAM)).isEmpty();
    }

    // ---- figures for other kinds and misc -----------------------------------------------------------

    @Test
    void slaCarriesTheUptimeFigure() {
        String doc = "# Service levels\n\n## SLA\n\nWe commit to 99.9% monthly uptime for the booking API; credits apply "
                + "below that, and support responds within one business day.\n";
        assertThat(found("docs/sla.md", doc, SLA)).containsExactly("3=99.9%");
    }

    @Test
    void retentionCarriesItsDuration() {
        String doc = "# Data\n\n## Data retention\n\nWe keep booking records for 7 years to meet medical record rules, "
                + "then delete them; backups age out after 30 days.\n";
        assertThat(found("docs/data.md", doc, DATA_RETENTION)).containsExactly("3=7 years");
        assertThat(found("docs/data.md", doc, LOG_RETENTION)).isEmpty();
    }

    @Test
    void mfaBackupCodesAreNotABackupPolicy() {
        String doc = "# Account\n\n## Backup codes\n\nEach user gets ten backup codes; store them safely, each works once, "
                + "and regenerate them from settings when they run out or you lose them.\n";
        assertThat(found("docs/account.md", doc, BACKUP_POLICY)).isEmpty();
    }

    @Test
    void supportedVersionsAreNotSupport() {
        String doc = "# Lib\n\n## Supported versions\n\nWe support Node 18 and 20 on Linux, macOS and Windows; older "
                + "versions may work but get no support, and the CI matrix only tests those two.\n";
        assertThat(found("README.md", doc, SUPPORT)).isEmpty();
        // A heading a kind rejects is not taken by that kind's content route either.
        String channels = "# Lib\n\n## Supported versions\n\nFor support email help@example.com or open a ticket; we "
                + "reply within business hours on the chat and escalate urgent issues. Include your account id and the "
                + "steps that show the problem.\n";
        assertThat(found("README.md", channels, SUPPORT)).isEmpty();
        assertThat(found("README.md", channels.replace("Supported versions", "Getting help"), SUPPORT)).containsExactly("3");
    }

    @Test
    void securityArchitectureIsNotPlainArchitecture() {
        String doc = "# Security architecture\n\nAuthentication runs through Supabase Auth; authorisation is row level "
                + "security on every table with roles for clinic staff; secrets live in Vercel; all traffic is TLS; "
                + "data at rest is encrypted by the provider; the network is closed except the API.\n";
        assertThat(found("docs/sec.md", doc, SECURITY_ARCHITECTURE)).containsExactly("1");
        assertThat(found("docs/sec.md", doc, ARCHITECTURE)).isEmpty();
    }

    @Test
    void aLabelWhoseValueIsAPlaceholderIsAPlaceholder() {
        String skeleton = "# Incident Response Plan\n\n## Severity levels\n\n- SEV1: TBD\n- SEV2: TBD\n- SEV3 - TODO\n\n"
                + "## Restore tests\n\n- Last tested: TBD\n";
        ParsedDocument doc = DocumentParser.parse("docs/incident-response.md", skeleton);
        assertThat(new DocumentClassifier(DocumentRules.builtIn()).classify(doc)).isEmpty();
        assertThat(doc.words()).as("headings over placeholders are no documentation").isZero();
        assertThat(found("docs/dr.md", "# DR\n\n- RTO: 4 hours\n- RPO: TBD\n", RTO)).containsExactly("3=4 hours");
        assertThat(found("docs/dr.md", "# DR\n\n- RTO: 4 hours\n- RPO: TBD\n", RPO)).isEmpty();
    }

    @Test
    void aCapacityHeadingCountsEvenWhenTheBodyNeverSaysCapacity() {
        String doc = "# Capacity and scaling\n\n## Current capacity\n\nPeak traffic is about 40 requests per second. The "
                + "database (2 CPU, 4 GB RAM) runs at 25% CPU at peak with 60 of 200 connections in use.\n";
        assertThat(found("docs/capacity.md", doc, CAPACITY_PLAN)).containsExactly("1");
        assertThat(found("docs/planning.md", doc.replace("Capacity and scaling", "Planning")
                .replace("Current capacity", "Sprint capacity"), CAPACITY_PLAN)).isEmpty();
    }

    @Test
    void aReviewAfterEveryIncidentIsAPostmortemProcess() {
        String review = "# When things break\n\n## Afterwards\n\nEvery P1 and P2 gets a short review within a week: what "
                + "happened, the timeline, the root cause, what helped, what did not, and follow-up actions with an owner. "
                + "Reviews are kept in handbook/reviews/ so the next person on the rota can read them.\n";
        String writeUp = "# Incidents\n\n## After the incident\n\nThe commander writes up what happened, the impact and "
                + "the follow-ups in the thread within two days, and links it from the incident channel topic.\n";
        assertThat(found("handbook/incidents.md", review, POSTMORTEM)).containsExactly("3");
        assertThat(found("docs/incident-response.md", writeUp, POSTMORTEM)).isEmpty();
    }

    @Test
    void leastPrivilegeAsAPrincipleIsNotPrivilegedAccess() {
        String controls = "# Security controls\n\n- MFA enforced for every team member on GitHub, Vercel and Supabase.\n"
                + "- Least privilege for team roles, reviewed quarterly; admin actions are kept in the audit log.\n"
                + "- Rate limiting on login and signup.\n";
        String levels = "# Access\n\n## Access levels for production\n\n| Level | Who |\n|---|---|\n| Admin | CTO only, "
                + "requested per use for two hours with a second approver |\n";
        assertThat(found("docs/controls.md", controls, PRIVILEGED_ACCESS)).isEmpty();
        assertThat(found("docs/access.md", levels, PRIVILEGED_ACCESS)).containsExactly("3");
    }

    @Test
    void aPlannedPentestInASoc2PlanIsNotASecurityReview() {
        String soc2 = "# SOC 2 readiness\n\nWe are preparing for a SOC 2 Type I audit. Auditor: two CPA firms shortlisted. "
                + "Scope: the Security and Confidentiality criteria. Policies written: access control, incident response. "
                + "Open gaps: quarterly access reviews and the annual penetration test.\n";
        assertThat(found("docs/soc2.md", soc2, SECURITY_REVIEW)).isEmpty();
        assertThat(found("docs/soc2.md", soc2, SECURITY_WHITEPAPER)).isEmpty();
        assertThat(found("docs/soc2.md", soc2, SOC2)).containsExactly("1");
    }

    @Test
    void aProviderSupportLineInAnEscalationListIsNotCustomerSupport() {
        String escalation = "# Incidents\n\n## Escalation\n\n1. Secondary on-call, by phone.\n2. The CTO, by phone for SEV1.\n"
                + "3. Supabase support (enterprise ticket, priority urgent) or Stripe support when the fault is theirs.\n";
        assertThat(found("docs/incidents.md", escalation, SUPPORT)).isEmpty();
        assertThat(found("docs/incidents.md", escalation, ESCALATION)).containsExactly("3");
    }

    @Test
    void stemsMustStartAtAWordAndShortOnesEndAtOne() {
        assertThat(DocumentClassifier.boundaries("escalation path", "escalat", 0, 7)).isTrue();
        assertThat(DocumentClassifier.boundaries("deescalate", "escalat", 2, 9)).isFalse();
        assertThat(DocumentClassifier.boundaries("our RTOs", "rto", 4, 7)).isFalse();
        assertThat(DocumentClassifier.boundaries("l10n", "l1", 0, 2)).isFalse();
        assertThat(DocumentClassifier.boundaries("costs $20", "$", 6, 7)).isTrue();
    }
}
