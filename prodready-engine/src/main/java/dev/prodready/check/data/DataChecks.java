package dev.prodready.check.data;

import dev.prodready.check.Check;

import java.util.List;

/** The checks of the data area, one per catalogue item, in catalogue order. */
public final class DataChecks {

    public static final List<Check> ALL = List.of(
            new ConnectionPoolingCheck(),
            new AutomatedBackupsCheck(),
            new RestoreTestedCheck(),
            new PointInTimeRecoveryCheck(),
            new DatabaseEncryptionAtRestCheck(),
            new ReadReplicasCheck(),
            new VersionedMigrationsCheck(),
            new DataRetentionCheck(),
            new DataDeletionCheck(),
            new PiiInventoryCheck(),
            new VendorDpaCheck(),
            new DataClassificationCheck(),
            new RtoDefinedCheck(),
            new RpoDefinedCheck(),
            new DisasterRecoveryPlanCheck(),
            new CrossRegionBackupCheck(),
            new DeletionProtectionCheck());

    private DataChecks() {
    }
}
