package dev.prodready.check.data;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.infrastructure.DatabaseResources;
import dev.prodready.check.infrastructure.DbKind;
import dev.prodready.check.infrastructure.IacBlock;
import dev.prodready.check.infrastructure.IacModel;
import dev.prodready.fact.IacValue;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.check.infrastructure.Platforms;

import java.util.List;
import java.util.Optional;

/**
 * db.encryption-at-rest: database storage, snapshots and backups are encrypted. RDS-family storage is
 * unencrypted unless asked for; the other managed databases encrypt by default.
 */
public final class DatabaseEncryptionAtRestCheck implements Check {

    @Override
    public String itemId() {
        return "db.encryption-at-rest";
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
            if (kind == DbKind.RDS) {
                verdict.add(rds(db));
            } else {
                verdict.add(DbSetting.ok(db.evidence(db.label() + ": the provider encrypts this database at rest by default")));
            }
        }
        if (!verdict.isEmpty()) {
            return verdict.outcome("database storage is encrypted at rest", "a database stores its data unencrypted",
                    "encryption of some databases is set from variables or modules this scan cannot read");
        }
        Optional<Evidence> supabase = Platforms.supabase(facts);
        if (supabase.isPresent()) {
            return Outcome.pass("covered by the platform: Supabase encrypts stored data (AES-256) on every plan",
                    List.of(supabase.get().withNote("Supabase project: encrypted at rest by the platform")));
        }
        Optional<Evidence> firebase = Platforms.firebase(facts);
        if (firebase.isPresent()) {
            return Outcome.pass("covered by the platform: Google encrypts Firebase data at rest by default",
                    List.of(firebase.get().withNote("Firebase: encrypted at rest by Google")));
        }
        return Outcome.unknown("no database described in IaC and no managed database platform detected; attest how "
                + "the database's disks and backups are encrypted");
    }

    private static DbSetting rds(IacBlock db) {
        Optional<IacValue> flag = db.attribute("storage_encrypted", "StorageEncrypted");
        if (DatabaseFacts.on(flag)) {
            return DbSetting.ok(db.at(flag.get(), db.label() + ": storage encrypted"
                    + (db.has("kms_key_id") || db.has("Properties.KmsKeyId") ? " with a customer-managed key" : "")));
        }
        if (flag.isPresent() && flag.get() instanceof IacValue.Expression e) {
            return DbSetting.unresolved(db, db.label() + ": storage_encrypted set from " + e.expression());
        }
        if (flag.isEmpty() && db.text("engine_mode").equals("serverless")) {
            return DbSetting.ok(db.at("engine_mode", db.label() + ": Aurora Serverless v1 is always encrypted"));
        }
        return DbSetting.missing(flag.map(v -> db.at(v, db.label() + ": storage encryption turned off"))
                .orElse(db.evidence(db.label() + ": storage_encrypted not set; RDS leaves storage unencrypted by default")));
    }
}
