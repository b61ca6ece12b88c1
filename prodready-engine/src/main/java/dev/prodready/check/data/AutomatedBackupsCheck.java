package dev.prodready.check.data;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.infrastructure.DatabaseResources;
import dev.prodready.check.infrastructure.DbKind;
import dev.prodready.check.infrastructure.IacBlock;
import dev.prodready.check.infrastructure.IacModel;
import dev.prodready.check.infrastructure.Matches;
import dev.prodready.check.infrastructure.Platforms;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentSignal;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * db.backups-automated: every database is backed up at least daily by a schedule nobody has to remember
 * (provider automated backups, an AWS Backup plan, or a scheduled dump job).
 */
public final class AutomatedBackupsCheck implements Check {

    static final Set<String> BACKUP_PLANS = Set.of("aws_backup_plan", "AWS::Backup::BackupPlan");

    @Override
    public String itemId() {
        return "db.backups-automated";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        IacModel iac = IacModel.of(facts);
        Optional<IacBlock> plan = iac.resources(BACKUP_PLANS).stream().findFirst();
        List<ContentMatch> jobs = BackupJobs.scheduled(facts, BackupJobs.DUMP);
        DbVerdict verdict = new DbVerdict();
        for (IacBlock db : DatabaseResources.all(iac)) {
            if (DatabaseFacts.isReplica(iac, db)) {
                continue;
            }
            DbKind kind = DatabaseResources.kind(db.type()).orElseThrow();
            verdict.add(switch (kind) {
                case RDS -> rds(iac, db, plan);
                case CLOUD_SQL -> cloudSql(iac, db);
                case AZURE -> DbSetting.ok(db.evidence(db.label() + ": Azure backs up automatically (7 days by default)"));
                case DYNAMODB -> dynamo(iac, db, plan);
                case FIRESTORE -> firestore(iac, db);
                case ATLAS -> DatabaseFacts.flag(iac, db, "tf.backup-flag")
                        .map(on -> on ? DbSetting.ok(db.evidence(db.label() + ": cloud backups on"))
                                : DbSetting.missing(db.evidence(db.label() + ": cloud backups turned off")))
                        .orElse(DbSetting.unresolved(db, db.label() + ": cloud_backup not set in this file"));
            });
        }
        if (!verdict.isEmpty()) {
            Outcome outcome = verdict.outcome("every database has automated daily backups",
                    "a database has no automated backups", "backup settings of some databases come from variables or "
                            + "modules this scan cannot read",
                    "backups run, but destroying a database would also delete its automated backups");
            return withJobs(outcome, jobs);
        }
        if (!jobs.isEmpty()) {
            return Outcome.pass("a scheduled job dumps the database", Matches.cite(jobs, 4, m -> "scheduled backup dump"));
        }
        List<ContentMatch> manual = BackupJobs.unscheduled(facts, BackupJobs.DUMP);
        if (!manual.isEmpty()) {
            return Outcome.partial("a backup script exists, but nothing runs it on a schedule",
                    Matches.cite(manual, 3, m -> "backup dump run by hand"));
        }
        Optional<Evidence> supabase = Platforms.supabase(facts);
        if (supabase.isPresent()) {
            return Outcome.unknown("Supabase takes daily backups on its paid plans (Pro and up); the free plan keeps "
                    + "none you can restore. Attest the project's plan", List.of(supabase.get()
                    .withNote("Supabase project: backups depend on the plan")));
        }
        Optional<Evidence> firebase = Platforms.firebase(facts);
        if (firebase.isPresent()) {
            return Outcome.unknown("Firestore keeps no backups until scheduled backups or point-in-time recovery are "
                    + "turned on, which happens outside this repository; attest it", List.of(firebase.get()
                    .withNote("Firebase: backups are configured in Google Cloud")));
        }
        List<DocumentSignal> policy = facts.all(DocumentSignal.class, s -> s.kind() == DocKind.BACKUP_POLICY);
        if (!policy.isEmpty()) {
            return Outcome.unknown("a backup policy is written down, but nothing in the repository shows the backups "
                    + "running; attest them", policy.stream().limit(2).map(s -> s.evidence().withNote("backup policy")).toList());
        }
        return Outcome.unknown("no database backup configuration in IaC, CI or scripts; attest how backups are taken");
    }

    private static Outcome withJobs(Outcome outcome, List<ContentMatch> jobs) {
        if (jobs.isEmpty() || outcome.status() != dev.prodready.check.Status.PASS) {
            return outcome;
        }
        List<Evidence> evidence = new ArrayList<>(outcome.evidence());
        evidence.addAll(Matches.cite(jobs, 2, m -> "scheduled backup dump"));
        return Outcome.pass(outcome.message(), evidence);
    }

    private static DbSetting rds(IacModel iac, IacBlock db, Optional<IacBlock> plan) {
        DatabaseFacts.Retention r = DatabaseFacts.retention(iac, db);
        if (r.days().filter(d -> d == 0).isPresent()) {
            if (plan.isPresent()) {
                return DbSetting.ok(plan.get().evidence("AWS Backup plan takes the backups automated backups would"));
            }
            return DbSetting.missing(r.where().orElseThrow().evidence()
                    .withNote(db.label() + ": retention 0 turns automated backups off"));
        }
        if (r.unresolved()) {
            return DbSetting.unresolved(db, db.label() + ": backup retention set from an expression");
        }
        Optional<ContentMatch> skip = iac.first(db, "tf.skip-final-snapshot");
        boolean protectedDb = iac.any(db, "tf.deletion-protection")
                || DatabaseResources.cfnAttribute(iac, db, "DeletionProtection").filter(v -> v.value().equals("true")).isPresent();
        if (skip.isPresent() && !protectedDb) {
            return new DbSetting(DbSetting.State.RISKY, skip.get().evidence().withNote(db.label()
                    + ": no final snapshot and no deletion protection; a destroy removes the automated backups too"));
        }
        String note = r.days().map(d -> db.label() + ": automated daily backups kept " + d + " days")
                .orElse(db.label() + ": automated daily backups on (AWS default retention: 1 day)");
        return DbSetting.ok(r.where().map(w -> w.evidence().withNote(note)).orElse(db.evidence(note)));
    }

    private static DbSetting cloudSql(IacModel iac, IacBlock db) {
        Optional<Boolean> enabled = DatabaseFacts.nestedEnabled(iac, db, "backup_configuration");
        if (enabled.orElse(false)) {
            return DbSetting.ok(DatabaseFacts.nestedLine(iac, db, "backup_configuration").orElseThrow().evidence()
                    .withNote(db.label() + ": automated backups enabled"));
        }
        return DbSetting.missing(db.evidence(db.label() + (enabled.isPresent()
                ? ": backup_configuration.enabled = false"
                : ": no backup_configuration.enabled = true; Terraform leaves Cloud SQL backups off")));
    }

    private static DbSetting dynamo(IacModel iac, IacBlock db, Optional<IacBlock> plan) {
        boolean pitr = DatabaseFacts.nestedEnabled(iac, db, "point_in_time_recovery").orElse(false)
                || DatabaseResources.cfnAttribute(iac, db, "PointInTimeRecoveryEnabled").filter(v -> v.value().equals("true")).isPresent();
        if (pitr) {
            return DbSetting.ok(db.evidence(db.label() + ": continuous backups (point-in-time recovery)"));
        }
        if (plan.isPresent()) {
            return DbSetting.ok(plan.get().evidence("AWS Backup plan covers " + db.label()));
        }
        return DbSetting.missing(db.evidence(db.label() + ": DynamoDB keeps no backups without point-in-time "
                + "recovery or a backup plan"));
    }

    private static DbSetting firestore(IacModel iac, IacBlock db) {
        Optional<IacBlock> schedule = iac.resources(Set.of("google_firestore_backup_schedule")).stream().findFirst();
        if (schedule.isPresent()) {
            return DbSetting.ok(schedule.get().evidence("Firestore backup schedule"));
        }
        if (iac.any(db, "tf.pitr-flag")) {
            return DbSetting.ok(db.evidence(db.label() + ": point-in-time recovery keeps 7 days of versions"));
        }
        return DbSetting.missing(db.evidence(db.label() + ": no backup schedule and no point-in-time recovery"));
    }
}
