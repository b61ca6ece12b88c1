package dev.prodready.check.data;

import dev.prodready.check.infrastructure.DatabaseResources;
import dev.prodready.check.infrastructure.IacBlock;
import dev.prodready.check.infrastructure.IacModel;
import dev.prodready.check.infrastructure.Matches;
import dev.prodready.fact.ContentMatch;

import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the data-protection attributes of one database resource from its lines. */
final class DatabaseFacts {

    private static final Pattern RETENTION = Pattern.compile("(backup_retention_period|backup_retention_days)\\s*=\\s*([^\\s#]+)");
    private static final Pattern ENABLED = Pattern.compile("enabled\\s*=\\s*(true|false)");
    private static final Pattern BOOL = Pattern.compile("=\\s*(true|false)");

    /** A retention setting: absent (provider default), a number of days, or set through an expression. */
    record Retention(Optional<Integer> days, boolean absent, Optional<ContentMatch> where) {
        boolean unresolved() {
            return !absent && days.isEmpty();
        }
    }

    private DatabaseFacts() {
    }

    static Retention retention(IacModel iac, IacBlock db) {
        Optional<ContentMatch> tf = iac.first(db, "tf.backup-retention");
        if (tf.isPresent()) {
            return new Retention(Matches.group(tf.get(), RETENTION, 2).flatMap(Matches::parseInt), false, tf);
        }
        var cfn = DatabaseResources.cfnAttribute(iac, db, "BackupRetentionPeriod");
        if (cfn.isPresent()) {
            return new Retention(Matches.parseInt(cfn.get().value()), false, Optional.of(cfn.get().match()));
        }
        return new Retention(Optional.empty(), true, Optional.empty());
    }

    /** Read replicas copy another database and carry none of their own backup settings. */
    static boolean isReplica(IacModel iac, IacBlock db) {
        return iac.any(db, "tf.replica-source")
                || DatabaseResources.cfnAttribute(iac, db, "SourceDBInstanceIdentifier").isPresent();
    }

    /** The value of "enabled = ..." inside nested block {@code name} of {@code db}; empty if absent. */
    static Optional<Boolean> nestedEnabled(IacModel iac, IacBlock db, String name) {
        for (IacBlock nested : iac.nested(db, name)) {
            for (ContentMatch m : iac.in(nested, "tf.enabled")) {
                Optional<String> v = Matches.group(m, ENABLED, 1);
                if (v.isPresent()) {
                    return Optional.of(Boolean.parseBoolean(v.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** The first line of {@code patternId} in {@code db} and its true/false value. */
    static Optional<Boolean> flag(IacModel iac, IacBlock db, String patternId) {
        return iac.first(db, patternId).flatMap(m -> Matches.group(m, BOOL, 1)).map(Boolean::parseBoolean);
    }

    static Optional<ContentMatch> nestedLine(IacModel iac, IacBlock db, String name) {
        return iac.nested(db, name).stream().findFirst().map(IacBlock::header);
    }
}
