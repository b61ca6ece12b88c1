package dev.prodready.check.data;

import dev.prodready.check.infrastructure.IacBlock;
import dev.prodready.fact.IacValue;

import java.util.List;
import java.util.Optional;

/** Reads the data-protection settings of one parsed database resource. */
final class DatabaseFacts {

    /** A retention setting: absent (provider default), a number of days, or set through an expression. */
    record Retention(Optional<Long> days, boolean absent, Optional<IacValue> where) {
        boolean unresolved() {
            return !absent && days.isEmpty();
        }
    }

    private DatabaseFacts() {
    }

    static Retention retention(IacBlock db) {
        Optional<IacValue> v = db.attribute("backup_retention_period", "BackupRetentionPeriod")
                .or(() -> db.value("backup_retention_days"));
        if (v.isEmpty()) {
            return new Retention(Optional.empty(), true, Optional.empty());
        }
        Optional<Long> days = v.get() instanceof IacValue.Scalar s ? s.number() : Optional.empty();
        return new Retention(days, false, v);
    }

    /** The "enabled" flag of nested block {@code name} (looked for at the top and under Cloud SQL's settings). */
    static Optional<IacValue> nestedEnabled(IacBlock db, String name) {
        for (IacBlock b : nested(db, name)) {
            Optional<IacValue> enabled = b.value("enabled");
            if (enabled.isPresent()) {
                return enabled;
            }
        }
        return Optional.empty();
    }

    static boolean on(Optional<IacValue> flag) {
        return flag.filter(v -> v instanceof IacValue.Scalar s && s.bool().orElse(false)).isPresent();
    }

    static List<IacBlock> nested(IacBlock db, String name) {
        List<IacBlock> direct = db.blocks(name);
        if (!direct.isEmpty()) {
            return direct;
        }
        return db.blocks("settings").stream().flatMap(s -> s.blocks(name).stream()).toList();
    }

    /** A literal true at {@code dotted} (a Terraform attribute or CloudFormation property path). */
    static Optional<IacValue> trueAt(IacBlock db, String dotted) {
        return db.value(dotted).filter(v -> v instanceof IacValue.Scalar s && s.bool().orElse(false));
    }
}
