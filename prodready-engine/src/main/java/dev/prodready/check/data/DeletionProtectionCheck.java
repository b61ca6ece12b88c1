package dev.prodready.check.data;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.infrastructure.DatabaseResources;
import dev.prodready.check.infrastructure.DbKind;
import dev.prodready.check.infrastructure.Environments;
import dev.prodready.check.infrastructure.IacBlock;
import dev.prodready.check.infrastructure.IacModel;
import dev.prodready.check.infrastructure.Platforms;
import dev.prodready.check.infrastructure.Tier;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.IacValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * db.deletion-protection: no production database can be deleted, by a destroy, a deleted stack or a replacement,
 * without someone first turning a guard off (the provider's deletion protection, prevent_destroy or Pulumi's protect,
 * a retain policy, a delete lock). A delete that still leaves a snapshot is half a guard. Staging and development
 * copies are not judged.
 */
public final class DeletionProtectionCheck implements Check {

    private static final Set<String> NEON = Set.of("@neondatabase/serverless", "@neondatabase/api-client");
    private static final Set<String> PLANETSCALE = Set.of("@planetscale/database");
    private static final Set<String> LOCKS = Set.of("azurerm_management_lock");

    /** How well one database survives a delete. */
    private enum Guard { GUARDED, COPY_KEPT, BARE, UNRESOLVED }

    private record Verdict(Guard guard, Evidence evidence) {
    }

    @Override
    public String itemId() {
        return "db.deletion-protection";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        IacModel iac = IacModel.of(facts);
        List<Verdict> all = new ArrayList<>();
        List<Evidence> nonProduction = new ArrayList<>();
        for (IacBlock db : DatabaseResources.all(iac)) {
            if (DatabaseResources.isReplica(db)) {
                continue;
            }
            if (Environments.tierOfPath(db.path()).filter(t -> t == Tier.NON_PRODUCTION).isPresent()) {
                nonProduction.add(db.evidence(db.label() + ": a non-production database, not judged"));
                continue;
            }
            all.add(judge(iac, db));
        }
        if (!all.isEmpty()) {
            return fold(all);
        }
        if (!nonProduction.isEmpty()) {
            return Outcome.unknown("only non-production databases are described in IaC; attest how the production "
                    + "database is protected from deletion", nonProduction.stream().limit(3).toList());
        }
        return managed(facts);
    }

    private static Outcome fold(List<Verdict> all) {
        List<Evidence> guarded = of(all, Guard.GUARDED);
        List<Evidence> copy = of(all, Guard.COPY_KEPT);
        List<Evidence> bare = of(all, Guard.BARE);
        List<Evidence> unresolved = of(all, Guard.UNRESOLVED);
        if (!bare.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(bare);
            evidence.addAll(copy);
            evidence.addAll(guarded);
            if (guarded.isEmpty() && copy.isEmpty()) {
                return Outcome.fail("no production database is protected from deletion: one destroy removes it and its "
                        + "automated backups", evidence.stream().limit(6).toList());
            }
            return Outcome.partial("some production databases are protected from deletion, others are not",
                    evidence.stream().limit(6).toList());
        }
        if (!unresolved.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(unresolved);
            evidence.addAll(guarded);
            return Outcome.unknown("the deletion protection of some databases comes from values this scan cannot read",
                    evidence.stream().limit(6).toList());
        }
        if (!copy.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(copy);
            evidence.addAll(guarded);
            return Outcome.partial("a delete would leave a snapshot, but nothing stops a production database from "
                    + "being deleted", evidence.stream().limit(6).toList());
        }
        return Outcome.pass("every production database is protected from deletion", guarded.stream().limit(6).toList());
    }

    private static List<Evidence> of(List<Verdict> all, Guard guard) {
        return all.stream().filter(v -> v.guard() == guard).map(Verdict::evidence).toList();
    }

    /** Managed platforms keep deletion settings in their dashboards, out of the repository's sight. */
    private static Outcome managed(Facts facts) {
        List<Evidence> platforms = new ArrayList<>();
        Platforms.supabase(facts).ifPresent(e -> platforms.add(e.withNote("Supabase project: who may delete it is set "
                + "in the organisation's roles")));
        Platforms.firebase(facts).ifPresent(e -> platforms.add(e.withNote("Firebase: Firestore delete protection is "
                + "set in Google Cloud")));
        Platforms.dependency(facts, NEON).ifPresent(e -> platforms.add(e.withNote("Neon: protected branches and "
                + "project access are set in its console")));
        Platforms.dependency(facts, PLANETSCALE).ifPresent(e -> platforms.add(e.withNote("PlanetScale: deletion "
                + "protection is a database setting in its dashboard")));
        if (!platforms.isEmpty()) {
            return Outcome.unknown("the database lives on a managed platform whose deletion settings are in its "
                    + "dashboard, not in this repository; attest who can delete the production project and whether "
                    + "its deletion protection is on", platforms);
        }
        return Outcome.unknown("no database described in IaC; attest how the production database is protected from "
                + "deletion");
    }

    // ---------------------------------------------------------------- one database

    private static Verdict judge(IacModel iac, IacBlock db) {
        DbKind kind = DatabaseResources.kind(db.type()).orElseThrow();
        return switch (kind) {
            case RDS -> db.isCloudFormation() ? rdsStack(db) : rds(db);
            case CLOUD_SQL -> cloudSql(db);
            case AZURE -> azure(iac, db);
            case DYNAMODB -> dynamo(db);
            case FIRESTORE -> firestore(db);
            case ATLAS -> atlas(db);
        };
    }

    /** Terraform's lifecycle prevent_destroy, or Pulumi's protect option (read into the same place). */
    private static Optional<Verdict> preventDestroy(IacBlock db) {
        return DatabaseFacts.trueAt(db, "lifecycle.prevent_destroy").map(v -> new Verdict(Guard.GUARDED, db.at(v,
                db.label() + (db.format().equals("pulumi") ? ": protect: Pulumi refuses to delete it"
                        : ": lifecycle prevent_destroy: Terraform refuses to destroy it"))));
    }

    private static Optional<Verdict> flag(IacBlock db, String dotted, String what) {
        Optional<IacValue> v = db.value(dotted);
        if (v.isPresent() && v.get() instanceof IacValue.Expression e) {
            return Optional.of(new Verdict(Guard.UNRESOLVED, db.at(v.get(), db.label() + ": " + what + " set from "
                    + e.expression())));
        }
        return DatabaseFacts.trueAt(db, dotted).map(t -> new Verdict(Guard.GUARDED, db.at(t, db.label() + ": " + what
                + " on")));
    }

    /** A guard found, else an unreadable flag, else what {@code otherwise} decides. */
    private static Verdict first(Optional<Verdict> flag, Optional<Verdict> prevent, Supplier<Verdict> otherwise) {
        if (flag.filter(f -> f.guard() == Guard.GUARDED).isPresent()) {
            return flag.get();
        }
        if (prevent.isPresent()) {
            return prevent.get();
        }
        return flag.orElseGet(otherwise);
    }

    /** RDS, Aurora, DocumentDB and Neptune in Terraform or Pulumi. */
    private static Verdict rds(IacBlock db) {
        return first(flag(db, "deletion_protection", "deletion protection"), preventDestroy(db), () -> {
            Optional<IacValue> skip = db.value("skip_final_snapshot");
            if (skip.isPresent() && skip.get() instanceof IacValue.Expression e) {
                return new Verdict(Guard.UNRESOLVED, db.at(skip.get(), db.label() + ": skip_final_snapshot set from "
                        + e.expression()));
            }
            if (DatabaseFacts.trueAt(db, "skip_final_snapshot").isPresent()) {
                if (db.bool("delete_automated_backups").filter(b -> !b).isPresent()) {
                    return new Verdict(Guard.COPY_KEPT, db.at("delete_automated_backups", db.label()
                            + ": no deletion protection; its automated backups are kept after a delete"));
                }
                return new Verdict(Guard.BARE, db.at(skip.get(), db.label() + ": no deletion protection and "
                        + "skip_final_snapshot = true: a destroy deletes it and its automated backups, leaving nothing"));
            }
            // skip_final_snapshot defaults to false: the provider refuses to destroy without a final snapshot.
            return new Verdict(Guard.COPY_KEPT, db.at(db.has("final_snapshot_identifier") ? "final_snapshot_identifier"
                    : "deletion_protection", db.label() + ": no deletion protection; a destroy takes a final snapshot "
                    + "first"));
        });
    }

    /** RDS in CloudFormation or CDK: DeletionProtection, then the DeletionPolicy (Snapshot when absent). */
    private static Verdict rdsStack(IacBlock db) {
        return first(flag(db, "Properties.DeletionProtection", "DeletionProtection"), Optional.empty(), () -> {
            Optional<IacValue> policy = db.value("DeletionPolicy");
            if (policy.isPresent() && policy.get() instanceof IacValue.Expression e) {
                return new Verdict(Guard.UNRESOLVED, db.at(policy.get(), db.label() + ": DeletionPolicy set from "
                        + e.expression()));
            }
            String p = db.text("DeletionPolicy");
            if (p.equals("Delete")) {
                return new Verdict(Guard.BARE, db.at(policy.get(), db.label() + ": DeletionPolicy Delete and no "
                        + "DeletionProtection: deleting the stack deletes the database and its automated backups"));
            }
            Optional<Verdict> replace = replaceDeletes(db);
            if (replace.isPresent()) {
                return replace.get();
            }
            if (p.startsWith("Retain")) {
                return new Verdict(Guard.GUARDED, db.at(policy.get(), db.label() + ": DeletionPolicy " + p
                        + ": deleting the stack leaves the database in place"));
            }
            String why = p.isEmpty() ? "no DeletionProtection; CloudFormation snapshots an RDS database it deletes "
                    + "(default DeletionPolicy Snapshot)" : "no DeletionProtection; DeletionPolicy Snapshot keeps a final "
                    + "snapshot";
            return new Verdict(Guard.COPY_KEPT, policy.map(v -> db.at(v, db.label() + ": " + why))
                    .orElse(db.evidence(db.label() + ": " + why)));
        });
    }

    /** An explicit UpdateReplacePolicy Delete: a replacement drops the old resource whatever the DeletionPolicy says. */
    private static Optional<Verdict> replaceDeletes(IacBlock db) {
        if (!db.text("UpdateReplacePolicy").equals("Delete")) {
            return Optional.empty();
        }
        return Optional.of(new Verdict(Guard.BARE, db.at("UpdateReplacePolicy", db.label() + ": UpdateReplacePolicy "
                + "Delete and no deletion protection: an update that replaces it deletes the old copy")));
    }

    private static Verdict dynamo(IacBlock db) {
        Optional<Verdict> flag = flag(db, db.isCloudFormation() ? "Properties.DeletionProtectionEnabled"
                : "deletion_protection_enabled", "deletion protection");
        return first(flag, preventDestroy(db), () -> {
            if (db.isCloudFormation() && db.text("DeletionPolicy").startsWith("Retain") && replaceDeletes(db).isEmpty()) {
                return new Verdict(Guard.GUARDED, db.at("DeletionPolicy", db.label() + ": DeletionPolicy "
                        + db.text("DeletionPolicy") + ": deleting the stack leaves the table in place"));
            }
            Optional<IacValue> pitr = DatabaseFacts.on(DatabaseFacts.nestedEnabled(db, "point_in_time_recovery"))
                    ? DatabaseFacts.nestedEnabled(db, "point_in_time_recovery")
                    : DatabaseFacts.trueAt(db, "Properties.PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled");
            if (pitr.isPresent()) {
                return new Verdict(Guard.COPY_KEPT, db.at(pitr.get(), db.label() + ": no deletion protection; with "
                        + "point-in-time recovery on, AWS keeps a backup of a deleted table for 35 days"));
            }
            return new Verdict(Guard.BARE, db.evidence(db.label() + ": no deletion protection and no point-in-time "
                    + "recovery: deleting the table loses its data"));
        });
    }

    private static Verdict cloudSql(IacBlock db) {
        Optional<Verdict> api = flag(db, "settings.deletion_protection_enabled", "Cloud SQL deletion protection");
        if (api.filter(v -> v.guard() == Guard.GUARDED).isPresent()) {
            return api.get();
        }
        Optional<IacValue> tf = db.value("deletion_protection");
        if (tf.isEmpty()) {
            // The google provider (and Pulumi's gcp provider) default deletion_protection to true when it is unset.
            return preventDestroy(db).orElse(new Verdict(Guard.GUARDED, db.evidence(db.label()
                    + ": deletion_protection not set, which the provider defaults to true")));
        }
        return first(flag(db, "deletion_protection", "deletion_protection"), preventDestroy(db), () ->
                new Verdict(Guard.BARE, db.at(tf.get(), db.label() + ": deletion_protection = false: a destroy "
                        + "deletes the instance and its backups")));
    }

    private static Verdict firestore(IacBlock db) {
        if (db.text("delete_protection_state").equals("DELETE_PROTECTION_ENABLED")) {
            return new Verdict(Guard.GUARDED, db.at("delete_protection_state", db.label() + ": delete protection on"));
        }
        return preventDestroy(db).orElseGet(() -> {
            Optional<IacValue> policy = db.value("deletion_policy");
            if (policy.isPresent() && policy.get() instanceof IacValue.Expression e) {
                return new Verdict(Guard.UNRESOLVED, db.at(policy.get(), db.label() + ": deletion_policy set from "
                        + e.expression()));
            }
            if (db.text("deletion_policy").equalsIgnoreCase("DELETE")) {
                return new Verdict(Guard.BARE, db.at("deletion_policy", db.label() + ": deletion_policy DELETE and no "
                        + "delete protection: a destroy deletes the database"));
            }
            // The google provider's default deletion_policy ABANDON leaves the database when Terraform destroys it.
            return new Verdict(Guard.GUARDED, db.at("deletion_policy", db.label() + ": deletion_policy ABANDON"
                    + (db.has("deletion_policy") ? "" : " (the provider's default)") + ": a destroy leaves the database"));
        });
    }

    /** Azure database servers: a CanNotDelete or ReadOnly lock on the server or on its resource group. */
    private static Verdict azure(IacModel iac, IacBlock db) {
        Optional<Verdict> prevent = preventDestroy(db);
        if (prevent.isPresent()) {
            return prevent.get();
        }
        String server = db.type() + "." + db.name();
        Optional<IacValue> group = db.value("resource_group_name");
        String groupRef = group.filter(v -> v instanceof IacValue.Expression).map(v -> ((IacValue.Expression) v)
                .expression()).map(x -> x.replaceFirst("\\.name$", "")).orElse("");
        for (IacBlock lock : iac.resources(LOCKS)) {
            String level = lock.text("lock_level");
            if (!level.equals("CanNotDelete") && !level.equals("ReadOnly")) {
                continue;
            }
            String scope = lock.value("scope").map(v -> v instanceof IacValue.Expression e ? e.expression() : v.text())
                    .orElse("");
            boolean onServer = scope.contains(server + ".");
            boolean onGroup = groupRef.startsWith("azurerm_resource_group.") && scope.contains(groupRef + ".");
            if (onServer || onGroup) {
                return new Verdict(Guard.GUARDED, lock.at("lock_level", db.label() + ": " + level + " lock on "
                        + (onServer ? "the server" : "its resource group")));
            }
        }
        return new Verdict(Guard.BARE, db.evidence(db.label() + ": no CanNotDelete lock on the server or its resource "
                + "group: a destroy deletes it"));
    }

    private static Verdict atlas(IacBlock db) {
        return first(flag(db, "termination_protection_enabled", "termination protection"), preventDestroy(db), () -> {
            if (db.bool("retain_backups_enabled").orElse(false)) {
                return new Verdict(Guard.COPY_KEPT, db.at("retain_backups_enabled", db.label()
                        + ": no termination protection; its backups are kept after a delete"));
            }
            return new Verdict(Guard.BARE, db.evidence(db.label() + ": no termination protection: deleting the cluster "
                    + "deletes its backups too"));
        });
    }
}
