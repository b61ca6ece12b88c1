package dev.prodready.check.infrastructure;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern CFN_ATTR = Pattern.compile(
            "(PubliclyAccessible|BackupRetentionPeriod|StorageEncrypted|DeletionProtection|SourceDBInstanceIdentifier"
                    + "|DBSubnetGroupName|PointInTimeRecoveryEnabled)\"?\\s*:\\s*\"?([\\w.!-]+)");

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
        return model.resources(DatabaseResources::isDatabase);
    }

    public static boolean isCloudFormation(IacBlock block) {
        return block.type().startsWith("AWS::");
    }

    /** The value of a CloudFormation property (from cfn.db-attribute) inside a CloudFormation resource. */
    public static Optional<Cited> cfnAttribute(IacModel iac, IacBlock block, String property) {
        if (!isCloudFormation(block)) {
            return Optional.empty();
        }
        for (var m : iac.in(block, "cfn.db-attribute")) {
            Matcher x = CFN_ATTR.matcher(m.text());
            if (x.find() && x.group(1).equals(property)) {
                return Optional.of(new Cited(x.group(2), m));
            }
        }
        return Optional.empty();
    }

    /** A value read from IaC with the line it came from. */
    public record Cited(String value, dev.prodready.fact.ContentMatch match) {
    }
}
