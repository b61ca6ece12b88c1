package dev.prodready.check.data;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.infrastructure.DatabaseResources;
import dev.prodready.check.infrastructure.DbKind;
import dev.prodready.check.infrastructure.IacBlock;
import dev.prodready.check.infrastructure.IacModel;
import dev.prodready.check.infrastructure.Platforms;
import dev.prodready.fact.IacValue;
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
        List<Evidence> jobs = BackupJobs.scheduled(facts, BackupJobs.DUMP);
        DbVerdict verdict = new DbVerdict();
        for (IacBlock db : DatabaseResources.all(iac)) {
            if (DatabaseResources.isReplica(db)) {
                continue;
            }
            DbKind kind = DatabaseResources.kind(db.type()).orElseThrow();
            verdict.add(switch (kind) {
                case RDS -> rds(db, plan);
                case CLOUD_SQL -> cloudSql(db);
                case AZURE -> DbSetting.ok(db.evidence(db.label() + ": Azure backs up automatically (7 days by default)"));
                case DYNAMODB -> dynamo(db, plan);
                case FIRESTORE -> firestore(iac, db);
                case ATLAS -> atlas(db);
            });
        }
        if (!verdict.isEmpty()) {
            // Whether a destroy would take the backups with it is db.deletion-protection's judgement, not counted here.
            Outcome outcome = verdict.outcome("every database has automated daily backups",
                    "a database has no automated backups", "backup settings of some databases come from variables or "
                            + "modules this scan cannot read");
            return withJobs(outcome, jobs);
        }
        if (!jobs.isEmpty()) {
            return Outcome.pass("a scheduled job dumps the database", jobs.stream().limit(4).toList());
        }
        List<Evidence> manual = BackupJobs.unscheduled(facts, BackupJobs.DUMP);
        if (!manual.isEmpty()) {
            return Outcome.partial("a backup script exists, but nothing runs it on a schedule", manual.stream().limit(3).toList());
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

    private static Outcome withJobs(Outcome outcome, List<Evidence> jobs) {
        if (jobs.isEmpty() || outcome.status() != dev.prodready.check.Status.PASS) {
            return outcome;
        }
        List<Evidence> evidence = new ArrayList<>(outcome.evidence());
        evidence.addAll(jobs.stream().limit(2).toList());
        return Outcome.pass(outcome.message(), evidence);
    }

    private static DbSetting rds(IacBlock db, Optional<IacBlock> plan) {
        DatabaseFacts.Retention r = DatabaseFacts.retention(db);
        if (r.days().filter(d -> d == 0).isPresent()) {
            if (plan.isPresent()) {
                return DbSetting.ok(plan.get().evidence("AWS Backup plan takes the backups automated backups would"));
            }
            return DbSetting.missing(db.at(r.where().orElseThrow(), db.label() + ": retention 0 turns automated backups off"));
        }
        if (r.unresolved()) {
            return DbSetting.unresolved(db, db.label() + ": backup retention set from " + r.where().map(v -> v instanceof
                    IacValue.Expression e ? e.expression() : v.text()).orElse("an expression"));
        }
        String kept = r.days().map(d -> "kept " + d + " days").orElse("on (AWS default retention: 1 day)");
        String note = db.label() + ": automated daily backups " + kept;
        return DbSetting.ok(r.where().map(w -> db.at(w, note)).orElse(db.evidence(note)));
    }

    private static DbSetting cloudSql(IacBlock db) {
        Optional<IacValue> enabled = DatabaseFacts.nestedEnabled(db, "backup_configuration");
        if (DatabaseFacts.on(enabled)) {
            return DbSetting.ok(db.at(enabled.get(), db.label() + ": automated backups enabled"));
        }
        if (enabled.isPresent() && enabled.get() instanceof IacValue.Expression) {
            return DbSetting.unresolved(db, db.label() + ": backup_configuration.enabled set from an expression");
        }
        return DbSetting.missing(enabled.map(v -> db.at(v, db.label() + ": backup_configuration.enabled = false"))
                .orElse(db.evidence(db.label() + ": no backup_configuration.enabled = true; Terraform leaves Cloud SQL "
                        + "backups off")));
    }

    private static DbSetting dynamo(IacBlock db, Optional<IacBlock> plan) {
        Optional<IacValue> pitr = Optional.<IacValue>empty();
        Optional<IacValue> tf = DatabaseFacts.nestedEnabled(db, "point_in_time_recovery");
        if (DatabaseFacts.on(tf)) {
            pitr = tf;
        }
        Optional<IacValue> cfn = DatabaseFacts.trueAt(db,
                "Properties.PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled");
        if (cfn.isPresent()) {
            pitr = cfn;
        }
        if (pitr.isPresent()) {
            return DbSetting.ok(db.at(pitr.get(), db.label() + ": continuous backups (point-in-time recovery)"));
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
        if (db.text("point_in_time_recovery_enablement").equals("POINT_IN_TIME_RECOVERY_ENABLED")) {
            return DbSetting.ok(db.at("point_in_time_recovery_enablement", db.label()
                    + ": point-in-time recovery keeps 7 days of versions"));
        }
        return DbSetting.missing(db.evidence(db.label() + ": no backup schedule and no point-in-time recovery"));
    }

    private static DbSetting atlas(IacBlock db) {
        Optional<IacValue> flag = db.value("cloud_backup").or(() -> db.value("backup_enabled"));
        if (flag.isEmpty() || flag.get() instanceof IacValue.Expression) {
            return DbSetting.unresolved(db, db.label() + ": cloud_backup not set in this file");
        }
        return DatabaseFacts.on(flag) ? DbSetting.ok(db.at(flag.get(), db.label() + ": cloud backups on"))
                : DbSetting.missing(db.at(flag.get(), db.label() + ": cloud backups turned off"));
    }
}
