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
            if (DatabaseFacts.isReplica(iac, db)) {
                continue;
            }
            DbKind kind = DatabaseResources.kind(db.type()).orElseThrow();
            verdict.add(switch (kind) {
                case RDS -> rds(iac, db);
                case AZURE -> DbSetting.ok(db.evidence(db.label() + ": Azure restores to any point in the backup window"));
                case DYNAMODB -> DatabaseFacts.nestedEnabled(iac, db, "point_in_time_recovery").orElse(false)
                        || DatabaseResources.cfnAttribute(iac, db, "PointInTimeRecoveryEnabled").filter(v -> v.value().equals("true")).isPresent()
                        ? DbSetting.ok(db.evidence(db.label() + ": point-in-time recovery enabled"))
                        : DbSetting.missing(db.evidence(db.label() + ": point_in_time_recovery not enabled (off by default)"));
                case CLOUD_SQL, FIRESTORE -> flag(iac, db, true);
                case ATLAS -> flag(iac, db, false);
            });
        }
        if (!verdict.isEmpty()) {
            return verdict.outcome("every database can be restored to a point in time",
                    "a database can only go back to its last full backup, or not at all",
                    "recovery settings of some databases come from variables or modules this scan cannot read",
                    "point-in-time recovery is on, with risks noted");
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

    private static DbSetting rds(IacModel iac, IacBlock db) {
        DatabaseFacts.Retention r = DatabaseFacts.retention(iac, db);
        if (r.days().filter(d -> d == 0).isPresent()) {
            return DbSetting.missing(r.where().orElseThrow().evidence()
                    .withNote(db.label() + ": retention 0 turns off automated backups and with them point-in-time restore"));
        }
        if (r.unresolved()) {
            return DbSetting.unresolved(db, db.label() + ": backup retention set from an expression");
        }
        String window = r.days().map(d -> d + "-day").orElse("1-day (default)");
        return DbSetting.ok(r.where().map(w -> w.evidence()).orElse(db.header().evidence())
                .withNote(db.label() + ": restores to any second within the " + window + " window"));
    }

    private static DbSetting flag(IacModel iac, IacBlock db, boolean absentMeansOff) {
        Optional<ContentMatch> on = iac.first(db, "tf.pitr-flag");
        if (on.isPresent()) {
            return DbSetting.ok(on.get().evidence().withNote(db.label() + ": point-in-time recovery enabled"));
        }
        return absentMeansOff
                ? DbSetting.missing(db.evidence(db.label() + ": point-in-time recovery not enabled (off by default)"))
                : DbSetting.unresolved(db, db.label() + ": point-in-time recovery not set in this file");
    }
}
