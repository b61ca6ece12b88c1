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
import dev.prodready.fact.IacValue;
import dev.prodready.fact.Facts;

import java.util.List;
import java.util.Optional;

/** db.pitr: each database can be restored to any moment of the last days, not only to the nightly backup. */
public final class PointInTimeRecoveryCheck implements Check {

    @Override
    public String itemId() {
        return "db.pitr";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        IacModel iac = IacModel.of(facts);
        DbVerdict verdict = new DbVerdict();
        for (IacBlock db : DatabaseResources.all(iac)) {
            if (DatabaseResources.isReplica(db)) {
                continue;
            }
            DbKind kind = DatabaseResources.kind(db.type()).orElseThrow();
            verdict.add(switch (kind) {
                case RDS -> rds(db);
                case AZURE -> DbSetting.ok(db.evidence(db.label() + ": Azure restores to any point in the backup window"));
                case DYNAMODB -> dynamo(db);
                case CLOUD_SQL -> cloudSql(db);
                case FIRESTORE -> db.text("point_in_time_recovery_enablement").equals("POINT_IN_TIME_RECOVERY_ENABLED")
                        ? DbSetting.ok(db.at("point_in_time_recovery_enablement", db.label() + ": point-in-time recovery enabled"))
                        : DbSetting.missing(db.evidence(db.label() + ": point-in-time recovery not enabled (off by default)"));
                case ATLAS -> DatabaseFacts.trueAt(db, "pit_enabled")
                        .map(v -> DbSetting.ok(db.at(v, db.label() + ": continuous cloud backup (point in time) enabled")))
                        .orElse(DbSetting.unresolved(db, db.label() + ": point-in-time recovery not set in this file"));
            });
        }
        if (!verdict.isEmpty()) {
            return verdict.outcome("every database can be restored to a point in time",
                    "a database can only go back to its last full backup, or not at all",
                    "recovery settings of some databases come from variables or modules this scan cannot read");
        }
        List<ContentMatch> wal = Matches.of(facts, "pitr.wal-archiving");
        if (!wal.isEmpty()) {
            return Outcome.pass("WAL archiving allows restoring to a point in time",
                    Matches.cite(wal, 3, m -> "continuous WAL archiving"));
        }
        Optional<Evidence> supabase = Platforms.supabase(facts);
        if (supabase.isPresent()) {
            return Outcome.unknown("point-in-time recovery is a paid add-on on Supabase, switched on in the "
                    + "dashboard; attest it", List.of(supabase.get().withNote("Supabase project: PITR add-on not visible here")));
        }
        Optional<Evidence> firebase = Platforms.firebase(facts);
        if (firebase.isPresent()) {
            return Outcome.unknown("Firestore point-in-time recovery is off until enabled in Google Cloud; attest it",
                    List.of(firebase.get().withNote("Firebase: PITR is configured outside the repository")));
        }
        return Outcome.unknown("no database recovery settings in IaC; attest whether point-in-time recovery is on");
    }

    private static DbSetting rds(IacBlock db) {
        DatabaseFacts.Retention r = DatabaseFacts.retention(db);
        if (r.days().filter(d -> d == 0).isPresent()) {
            return DbSetting.missing(db.at(r.where().orElseThrow(), db.label()
                    + ": retention 0 turns off automated backups and with them point-in-time restore"));
        }
        if (r.unresolved()) {
            return DbSetting.unresolved(db, db.label() + ": backup retention set from an expression");
        }
        String window = r.days().map(d -> d + "-day").orElse("1-day (default)");
        String note = db.label() + ": restores to any second within the " + window + " window";
        return DbSetting.ok(r.where().map(w -> db.at(w, note)).orElse(db.evidence(note)));
    }

    private static DbSetting dynamo(IacBlock db) {
        Optional<IacValue> tf = DatabaseFacts.nestedEnabled(db, "point_in_time_recovery");
        Optional<IacValue> cfn = db.value("Properties.PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled");
        Optional<IacValue> flag = tf.or(() -> cfn);
        if (DatabaseFacts.on(flag)) {
            return DbSetting.ok(db.at(flag.get(), db.label() + ": point-in-time recovery enabled"));
        }
        if (flag.isPresent() && flag.get() instanceof IacValue.Expression) {
            return DbSetting.unresolved(db, db.label() + ": point-in-time recovery set from an expression");
        }
        return DbSetting.missing(flag.map(v -> db.at(v, db.label() + ": point-in-time recovery turned off"))
                .orElse(db.evidence(db.label() + ": point_in_time_recovery not enabled (off by default)")));
    }

    private static DbSetting cloudSql(IacBlock db) {
        for (IacBlock backup : DatabaseFacts.nested(db, "backup_configuration")) {
            for (String key : List.of("point_in_time_recovery_enabled", "binary_log_enabled")) {
                Optional<IacValue> on = DatabaseFacts.trueAt(backup, key);
                if (on.isPresent()) {
                    return DbSetting.ok(db.at(on.get(), db.label() + ": point-in-time recovery enabled"));
                }
            }
        }
        return DbSetting.missing(db.evidence(db.label() + ": point-in-time recovery not enabled (off by default)"));
    }
}
