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
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * backup.cross-region: backups are copied out of the database's region, so a regional outage or an incident
 * in that region does not take the data and its backups together.
 */
public final class CrossRegionBackupCheck implements Check {

    private static final Pattern REGION = Pattern.compile("[a-z]+-[a-z]+\\d+");

    @Override
    public String itemId() {
        return "backup.cross-region";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        IacModel iac = IacModel.of(facts);
        Optional<IacBlock> rdsReplication = iac.resources(Set.of("aws_db_instance_automated_backups_replication",
                "aws_rds_global_cluster")).stream().findFirst();
        Optional<Evidence> copy = copyActions(iac).stream().findFirst();
        DbVerdict verdict = new DbVerdict();
        for (IacBlock db : DatabaseResources.all(iac)) {
            if (DatabaseResources.isReplica(db)) {
                continue;
            }
            DbKind kind = DatabaseResources.kind(db.type()).orElseThrow();
            verdict.add(switch (kind) {
                case RDS -> rds(db, rdsReplication, copy);
                case DYNAMODB -> !db.blocks("replica").isEmpty()
                        ? DbSetting.ok(db.at("replica", db.label() + ": global table replicated to another region"))
                        : copy.map(c -> DbSetting.ok(c))
                        .orElse(DbSetting.missing(db.evidence(db.label() + ": backups stay in the table's region")));
                case CLOUD_SQL -> cloudSql(db);
                case AZURE -> DatabaseFacts.trueAt(db, "geo_redundant_backup_enabled")
                        .map(v -> DbSetting.ok(db.at(v, db.label() + ": geo-redundant backups")))
                        .orElse(DbSetting.missing(db.at("geo_redundant_backup_enabled", db.label()
                                + ": geo-redundant backup off (the default)")));
                case FIRESTORE, ATLAS -> DbSetting.unresolved(db, db.label()
                        + ": backup location not readable from this file");
            });
        }
        if (!verdict.isEmpty()) {
            return verdict.outcome("backups are stored outside the database's region",
                    "backups live in the same region as the database",
                    "where some databases keep their backups is not readable from the files");
        }
        Optional<Evidence> supabase = Platforms.supabase(facts);
        if (supabase.isPresent()) {
            return Outcome.unknown("where Supabase keeps a project's backups is not configurable in the repository; "
                    + "export copies to storage in another region and attest it", List.of(supabase.get()
                    .withNote("Supabase project: backup location not visible")));
        }
        List<Evidence> dumps = new java.util.ArrayList<>(BackupJobs.scheduled(facts, BackupJobs.DUMP));
        dumps.addAll(BackupJobs.unscheduled(facts, BackupJobs.DUMP));
        if (!dumps.isEmpty()) {
            return Outcome.unknown("backups are dumped by a job, but where the dumps are stored is not visible; attest "
                    + "that they land in another region", dumps.stream().limit(2)
                    .map(e -> e.withNote("backup dump; destination not judged")).toList());
        }
        return Outcome.unknown("no backup storage described in IaC; attest where backups are kept");
    }

    private static DbSetting rds(IacBlock db, Optional<IacBlock> replication, Optional<Evidence> copy) {
        DatabaseFacts.Retention r = DatabaseFacts.retention(db);
        if (r.days().filter(d -> d == 0).isPresent()) {
            return DbSetting.missing(db.at(r.where().orElseThrow(), db.label()
                    + ": automated backups are off, so no copy exists in any region"));
        }
        if (replication.isPresent()) {
            return DbSetting.ok(replication.get().evidence(replication.get().label()
                    + ": backups replicated to another region"));
        }
        return copy.map(DbSetting::ok).orElse(DbSetting.missing(db.evidence(db.label()
                + ": automated backups stay in the database's own region")));
    }

    /** AWS Backup rules that copy recovery points to another vault (Terraform or CloudFormation). */
    private static List<Evidence> copyActions(IacModel iac) {
        List<Evidence> out = new java.util.ArrayList<>();
        for (IacBlock plan : iac.resources(AutomatedBackupsCheck.BACKUP_PLANS)) {
            for (IacBlock rule : plan.blocks("rule")) {
                for (IacBlock copy : rule.blocks("copy_action")) {
                    out.add(copy.evidence(plan.label() + ": AWS Backup copies recovery points to another vault"));
                }
            }
            plan.value("Properties.BackupPlan.BackupPlanRule").ifPresent(rules -> IacValue.Mapping.mappingsOf(rules)
                    .forEach(rule -> rule.get("CopyActions").ifPresent(c -> out.add(plan.at(c,
                            plan.label() + ": AWS Backup copies recovery points to another vault")))));
        }
        return out;
    }

    private static DbSetting cloudSql(IacBlock db) {
        if (!DatabaseFacts.on(DatabaseFacts.nestedEnabled(db, "backup_configuration"))) {
            return DbSetting.missing(db.evidence(db.label() + ": no backups enabled, so none exist in any region"));
        }
        IacBlock config = DatabaseFacts.nested(db, "backup_configuration").get(0);
        Optional<IacValue> location = config.value("location");
        String value = location.map(IacValue::text).orElse("");
        if (REGION.matcher(value).matches()) {
            return DbSetting.missing(db.at(location.get(), db.label() + ": backups pinned to region " + value));
        }
        return DbSetting.ok(location.map(v -> db.at(v, db.label() + ": backups stored in multi-region location " + value))
                .orElse(config.evidence(db.label() + ": Cloud SQL keeps backups in a multi-region location by default")));
    }
}
