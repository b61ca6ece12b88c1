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

    private static final Pattern LOCATION = Pattern.compile("location\\s*=\\s*\"([a-z0-9-]+)\"");
    private static final Pattern REGION = Pattern.compile("[a-z]+-[a-z]+\\d+");

    @Override
    public String itemId() {
        return "backup.cross-region";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        IacModel iac = IacModel.of(facts);
        Optional<IacBlock> rdsReplication = iac.resources(Set.of("aws_db_instance_automated_backups_replication"))
                .stream().findFirst();
        Optional<IacBlock> copy = iac.resources(AutomatedBackupsCheck.BACKUP_PLANS).stream()
                .flatMap(p -> iac.nested(p, "copy_action").stream()).findFirst();
        DbVerdict verdict = new DbVerdict();
        for (IacBlock db : DatabaseResources.all(iac)) {
            if (DatabaseFacts.isReplica(iac, db)) {
                continue;
            }
            DbKind kind = DatabaseResources.kind(db.type()).orElseThrow();
            verdict.add(switch (kind) {
                case RDS -> DatabaseFacts.retention(iac, db).days().filter(d -> d == 0).isPresent()
                        ? DbSetting.missing(DatabaseFacts.retention(iac, db).where().orElseThrow().evidence()
                        .withNote(db.label() + ": automated backups are off, so no copy exists in any region"))
                        : rdsReplication.map(r -> DbSetting.ok(r.evidence("automated backups replicated to another region")))
                        .or(() -> copy.map(c -> DbSetting.ok(c.evidence("AWS Backup copies recovery points to another vault"))))
                        .orElse(DbSetting.missing(db.evidence(db.label()
                                + ": automated backups stay in the database's own region")));
                case DYNAMODB -> copy.map(c -> DbSetting.ok(c.evidence("AWS Backup copies recovery points to another vault")))
                        .orElse(DbSetting.missing(db.evidence(db.label() + ": backups stay in the table's region")));
                case CLOUD_SQL -> cloudSql(iac, db);
                case AZURE -> DatabaseFacts.flag(iac, db, "tf.geo-backup").orElse(false)
                        ? DbSetting.ok(iac.first(db, "tf.geo-backup").orElseThrow().evidence()
                        .withNote(db.label() + ": geo-redundant backups"))
                        : DbSetting.missing(db.evidence(db.label() + ": geo-redundant backup off (the default)"));
                case FIRESTORE, ATLAS -> DbSetting.unresolved(db, db.label()
                        + ": backup location not readable from this file");
            });
        }
        if (!verdict.isEmpty()) {
            return verdict.outcome("backups are stored outside the database's region",
                    "backups live in the same region as the database",
                    "where some databases keep their backups is not readable from the files",
                    "backups leave the region, with risks noted");
        }
        Optional<Evidence> supabase = Platforms.supabase(facts);
        if (supabase.isPresent()) {
            return Outcome.unknown("where Supabase keeps a project's backups is not configurable in the repository; "
                    + "export copies to storage in another region and attest it", List.of(supabase.get()
                    .withNote("Supabase project: backup location not visible")));
        }
        List<ContentMatch> dumps = Matches.of(facts, "backup.dump-command");
        if (!dumps.isEmpty()) {
            return Outcome.unknown("backups are dumped by a job, but where the dumps are stored is not visible; attest "
                    + "that they land in another region", Matches.cite(dumps, 2, m -> "backup dump; destination not judged"));
        }
        return Outcome.unknown("no backup storage described in IaC; attest where backups are kept");
    }

    private static DbSetting cloudSql(IacModel iac, IacBlock db) {
        if (!DatabaseFacts.nestedEnabled(iac, db, "backup_configuration").orElse(false)) {
            return DbSetting.missing(db.evidence(db.label() + ": no backups enabled, so none exist in any region"));
        }
        Optional<IacBlock> config = iac.nested(db, "backup_configuration").stream().findFirst();
        Optional<ContentMatch> location = config.flatMap(c -> iac.first(c, "tf.backup-location"));
        Optional<String> value = location.flatMap(m -> Matches.group(m, LOCATION, 1));
        if (value.isPresent() && REGION.matcher(value.get()).matches()) {
            return DbSetting.missing(location.get().evidence().withNote(db.label() + ": backups pinned to region "
                    + value.get()));
        }
        ContentMatch where = location.orElse(config.orElseThrow().header());
        return DbSetting.ok(where.evidence().withNote(db.label() + (value.isPresent()
                ? ": backups stored in multi-region location " + value.get()
                : ": Cloud SQL keeps backups in a multi-region location by default")));
    }
}
