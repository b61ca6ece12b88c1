package dev.prodready.check.infrastructure;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Database resource types in Terraform and CloudFormation, by family. */
public final class DatabaseResources {

    private static final Map<String, DbKind> KINDS = Map.ofEntries(
            Map.entry("aws_db_instance", DbKind.RDS), Map.entry("aws_rds_cluster", DbKind.RDS),
            Map.entry("aws_docdb_cluster", DbKind.RDS), Map.entry("aws_neptune_cluster", DbKind.RDS),
            Map.entry("AWS::RDS::DBInstance", DbKind.RDS), Map.entry("AWS::RDS::DBCluster", DbKind.RDS),
            Map.entry("google_sql_database_instance", DbKind.CLOUD_SQL),
            Map.entry("azurerm_postgresql_flexible_server", DbKind.AZURE),
            Map.entry("azurerm_mysql_flexible_server", DbKind.AZURE),
            Map.entry("azurerm_postgresql_server", DbKind.AZURE), Map.entry("azurerm_mysql_server", DbKind.AZURE),
            Map.entry("aws_dynamodb_table", DbKind.DYNAMODB), Map.entry("AWS::DynamoDB::Table", DbKind.DYNAMODB),
            Map.entry("google_firestore_database", DbKind.FIRESTORE),
            Map.entry("mongodbatlas_cluster", DbKind.ATLAS), Map.entry("mongodbatlas_advanced_cluster", DbKind.ATLAS));

    private DatabaseResources() {
    }

    public static Optional<DbKind> kind(String type) {
        return Optional.ofNullable(KINDS.get(type));
    }

    public static boolean isDatabase(String type) {
        return KINDS.containsKey(type);
    }

    /** Every database resource in the IaC (Aurora cluster members excluded: the cluster carries the settings). */
    public static List<IacBlock> all(IacModel model) {
        return model.resources(DatabaseResources::isDatabase).stream().filter(b -> !isClusterMember(b)).toList();
    }

    /** A CloudFormation DBInstance that belongs to an Aurora cluster (the cluster carries the data settings). */
    public static boolean isClusterMember(IacBlock db) {
        return db.type().equals("AWS::RDS::DBInstance") && db.has("Properties.DBClusterIdentifier");
    }

    /** A read replica: it copies another database and carries none of its own backup settings. */
    public static boolean isReplica(IacBlock db) {
        return db.has("replicate_source_db") || db.has("replica_source_db") || db.has("master_instance_name")
                || db.has("source_server_id") || db.has("replication_source_identifier")
                || db.text("create_mode").equalsIgnoreCase("Replica")
                || db.has("Properties.SourceDBInstanceIdentifier") || db.has("Properties.SourceDBClusterIdentifier");
    }
}
